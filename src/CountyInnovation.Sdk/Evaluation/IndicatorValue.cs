using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// One indicator's values for one county along the evaluation: as read, after imputation, after
/// outlier treatment, and normalised. <see cref="double.NaN"/> marks a value that is missing, or a
/// step that did not run for the county (a county screened out is neither imputed, treated nor normalised).
/// </summary>
public readonly struct IndicatorValue : IEquatable<IndicatorValue>
{
    private IndicatorValue(string indicator, double raw, double imputed, double treated, double normalised)
    {
        Indicator = indicator;
        Raw = raw;
        Imputed = imputed;
        Treated = treated;
        Normalised = normalised;
    }

    /// <summary>The indicator code.</summary>
    public string Indicator => field ?? string.Empty;

    /// <summary>The value as read from the data (data year), NaN when missing.</summary>
    public double Raw { get; }

    /// <summary>The value after imputation (equal to <see cref="Raw"/> when nothing was imputed).</summary>
    public double Imputed { get; }

    /// <summary>The value after outlier treatment (a log-transformed indicator holds the transformed value).</summary>
    public double Treated { get; }

    /// <summary>The normalised score that entered the aggregation.</summary>
    public double Normalised { get; }

    /// <summary>Whether imputation filled the value in.</summary>
    public bool WasImputed => double.IsNaN(Raw) && !double.IsNaN(Imputed);

    /// <summary>Whether outlier treatment changed the value.</summary>
    public bool WasTreated => !double.IsNaN(Imputed) && !Imputed.Equals(Treated);

    /// <summary>Creates a value line.</summary>
    /// <param name="indicator">The indicator code.</param>
    /// <param name="raw">The raw value or NaN.</param>
    /// <param name="imputed">The imputed value or NaN.</param>
    /// <param name="treated">The treated value or NaN.</param>
    /// <param name="normalised">The normalised value or NaN.</param>
    /// <exception cref="ArgumentException">The code is empty.</exception>
    public static IndicatorValue Of(string indicator, double raw, double imputed, double treated, double normalised)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        return new IndicatorValue(indicator, raw, imputed, treated, normalised);
    }

    /// <inheritdoc />
    public bool Equals(IndicatorValue other) =>
        string.Equals(Indicator, other.Indicator, StringComparison.Ordinal)
        && Raw.Equals(other.Raw)
        && Imputed.Equals(other.Imputed)
        && Treated.Equals(other.Treated)
        && Normalised.Equals(other.Normalised);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Raw, Imputed, Treated, Normalised);

    /// <summary>Formats as <c>X05: raw 1.5, imputed 1.5, treated 1.5, normalised 42.1</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Indicator}: raw {Raw:G6}, imputed {Imputed:G6}, treated {Treated:G6}, normalised {Normalised:G6}");

    /// <summary>Equality.</summary>
    public static bool operator ==(IndicatorValue left, IndicatorValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IndicatorValue left, IndicatorValue right) => !left.Equals(right);
}

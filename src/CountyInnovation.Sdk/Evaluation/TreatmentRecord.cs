using System.Collections.Immutable;
using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// The outlier treatment (异常值处理) of one indicator in an evaluation: what was done (for example
/// winsorised 2 points, or log-transformed), the skewness and kurtosis before and after, and every
/// value changed.
/// </summary>
public sealed class TreatmentRecord : IEquatable<TreatmentRecord>
{
    private TreatmentRecord(string indicator, string action, double skewBefore, double kurtBefore, double skewAfter, double kurtAfter, ImmutableArray<TreatedValue> values)
    {
        Indicator = indicator;
        Action = action;
        SkewnessBefore = skewBefore;
        KurtosisBefore = kurtBefore;
        SkewnessAfter = skewAfter;
        KurtosisAfter = kurtAfter;
        Values = values;
    }

    /// <summary>The indicator code.</summary>
    public string Indicator { get; }

    /// <summary>What was done, for example <c>Winsorised</c> or <c>LogTransformed</c>.</summary>
    public string Action { get; }

    /// <summary>Skewness before treatment.</summary>
    public double SkewnessBefore { get; }

    /// <summary>Kurtosis before treatment.</summary>
    public double KurtosisBefore { get; }

    /// <summary>Skewness after treatment.</summary>
    public double SkewnessAfter { get; }

    /// <summary>Kurtosis after treatment.</summary>
    public double KurtosisAfter { get; }

    /// <summary>Every value changed, in county order.</summary>
    public ImmutableArray<TreatedValue> Values { get; }

    /// <summary>Creates a record.</summary>
    /// <param name="indicator">The indicator code.</param>
    /// <param name="action">What was done.</param>
    /// <param name="skewnessBefore">Skewness before.</param>
    /// <param name="kurtosisBefore">Kurtosis before.</param>
    /// <param name="skewnessAfter">Skewness after.</param>
    /// <param name="kurtosisAfter">Kurtosis after.</param>
    /// <param name="values">The values changed.</param>
    public static TreatmentRecord Of(string indicator, string action, double skewnessBefore, double kurtosisBefore, double skewnessAfter, double kurtosisAfter, IEnumerable<TreatedValue> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(values);
        return new TreatmentRecord(indicator, action, skewnessBefore, kurtosisBefore, skewnessAfter, kurtosisAfter, values.ToImmutableArray());
    }

    /// <inheritdoc />
    public bool Equals(TreatmentRecord? other) =>
        other is not null
        && string.Equals(Indicator, other.Indicator, StringComparison.Ordinal)
        && string.Equals(Action, other.Action, StringComparison.Ordinal)
        && SkewnessBefore.Equals(other.SkewnessBefore)
        && KurtosisBefore.Equals(other.KurtosisBefore)
        && SkewnessAfter.Equals(other.SkewnessAfter)
        && KurtosisAfter.Equals(other.KurtosisAfter)
        && Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TreatmentRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Action, SkewnessBefore, KurtosisBefore, Values.Length);

    /// <summary>Formats as <c>X05: Winsorised 1 value(s), skew 2.23 → 0.41</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Indicator}: {Action} {Values.Length} value(s), skew {SkewnessBefore:G3} → {SkewnessAfter:G3}, kurtosis {KurtosisBefore:G3} → {KurtosisAfter:G3}");
}

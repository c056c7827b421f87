using System.Globalization;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// One check inside an assessment: a year of a "rises every year" target or of a recurring duty,
/// or one place at one level of a standing threshold.
/// </summary>
public readonly struct ProgressCheck : IEquatable<ProgressCheck>
{
    private ProgressCheck(string subject, int? year, CheckOutcome outcome, double? previous, double? value, double? shortfall)
    {
        Subject = subject;
        Year = year;
        Outcome = outcome;
        Previous = previous;
        Value = value;
        Shortfall = shortfall;
    }

    /// <summary>What was checked, for example <c>2021</c> or <c>county 130102</c>.</summary>
    public string Subject => field ?? string.Empty;

    /// <summary>The year checked, for yearly checks.</summary>
    public int? Year { get; }

    /// <summary>The outcome.</summary>
    public CheckOutcome Outcome { get; }

    /// <summary>The value it was compared with: the previous year's value, or the threshold.</summary>
    public double? Previous { get; }

    /// <summary>The observed value, when there is one.</summary>
    public double? Value { get; }

    /// <summary>How far a failed check fell short (≥ 0), otherwise <see langword="null"/>.</summary>
    public double? Shortfall { get; }

    /// <summary>Creates a check.</summary>
    /// <param name="subject">What was checked; not empty.</param>
    /// <param name="year">The year, for yearly checks.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="previous">The comparison value, if any.</param>
    /// <param name="value">The observed value, if any.</param>
    /// <param name="shortfall">The shortfall of a failed check.</param>
    public static ProgressCheck Of(string subject, int? year, CheckOutcome outcome, double? previous, double? value, double? shortfall)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        if (shortfall is { } s && (!(s >= 0) || double.IsInfinity(s)))
        {
            throw new ArgumentOutOfRangeException(nameof(shortfall), shortfall, "A shortfall is a finite amount ≥ 0.");
        }

        return new ProgressCheck(subject, year, outcome, previous, value, shortfall);
    }

    /// <inheritdoc />
    public bool Equals(ProgressCheck other) =>
        string.Equals(Subject, other.Subject, StringComparison.Ordinal)
        && Year == other.Year
        && Outcome == other.Outcome
        && Nullable.Equals(Previous, other.Previous)
        && Nullable.Equals(Value, other.Value)
        && Nullable.Equals(Shortfall, other.Shortfall);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProgressCheck other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Subject, Year, Outcome, Previous, Value, Shortfall);

    /// <summary>Formats as <c>subject: outcome (value vs previous)</c>.</summary>
    public override string ToString()
    {
        static string F(double? v) => v is { } x ? x.ToString("0.####", CultureInfo.InvariantCulture) : "—";
        return $"{Subject}: {Outcome} ({F(Value)} vs {F(Previous)})";
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(ProgressCheck left, ProgressCheck right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ProgressCheck left, ProgressCheck right) => !left.Equals(right);
}

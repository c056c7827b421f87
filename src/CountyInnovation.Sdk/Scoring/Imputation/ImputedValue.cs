using System.Globalization;

namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>
/// One imputed value: which unit, the value, the method, and the year(s) it came from (the earlier
/// observed year for carry-forward; both bracketing years for linear interpolation; the column's own
/// year, if known, for cross-section methods).
/// </summary>
public readonly record struct ImputedValue
{
    private ImputedValue(int unitIndex, double value, string method, int? sourceYear, int? secondSourceYear)
    {
        UnitIndex = unitIndex;
        Value = value;
        Method = method;
        SourceYear = sourceYear;
        SecondSourceYear = secondSourceYear;
    }

    /// <summary>Zero-based unit index.</summary>
    public int UnitIndex { get; }

    /// <summary>The value filled in.</summary>
    public double Value { get; }

    /// <summary>The imputation's registry name.</summary>
    public string Method => field ?? string.Empty;

    /// <summary>The year the value was taken from (or the earlier year of an interpolation).</summary>
    public int? SourceYear { get; }

    /// <summary>The later year of an interpolation; otherwise <see langword="null"/>.</summary>
    public int? SecondSourceYear { get; }

    /// <summary>Creates a record of one imputed value.</summary>
    /// <param name="unitIndex">Zero-based unit index.</param>
    /// <param name="value">The finite value filled in.</param>
    /// <param name="method">The method's name.</param>
    /// <param name="sourceYear">The source year, if any.</param>
    /// <param name="secondSourceYear">The second source year of an interpolation, if any.</param>
    public static ImputedValue Of(int unitIndex, double value, string method, int? sourceYear = null, int? secondSourceYear = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitIndex);
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("An imputed value must be finite.", nameof(value));
        }

        return new ImputedValue(unitIndex, value, method, sourceYear, secondSourceYear);
    }

    /// <summary>Formats as <c>unit 3 ← 12.5 (carry-forward from 2021)</c>.</summary>
    public override string ToString()
    {
        var source = (SourceYear, SecondSourceYear) switch
        {
            ({ } a, { } b) => $" from {a} and {b}",
            ({ } a, null) => $" from {a}",
            _ => string.Empty,
        };
        return string.Create(CultureInfo.InvariantCulture, $"unit {UnitIndex} ← {Value} ({Method}{source})");
    }
}

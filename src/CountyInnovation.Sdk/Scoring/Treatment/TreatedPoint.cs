using System.Globalization;

namespace CountyInnovation.Sdk.Scoring.Treatment;

/// <summary>One value changed by an outlier treatment: which unit, what it was, what it became.</summary>
public readonly record struct TreatedPoint
{
    private TreatedPoint(int unitIndex, double original, double treated)
    {
        UnitIndex = unitIndex;
        Original = original;
        Treated = treated;
    }

    /// <summary>Zero-based index of the unit in the column.</summary>
    public int UnitIndex { get; }

    /// <summary>The value before treatment.</summary>
    public double Original { get; }

    /// <summary>The value after treatment.</summary>
    public double Treated { get; }

    /// <summary>Creates a record of one changed value.</summary>
    /// <param name="unitIndex">Zero-based unit index.</param>
    /// <param name="original">Value before.</param>
    /// <param name="treated">Value after.</param>
    public static TreatedPoint Of(int unitIndex, double original, double treated)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitIndex);
        return new TreatedPoint(unitIndex, original, treated);
    }

    /// <summary>Formats as <c>unit 4: 100 → 4</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"unit {UnitIndex}: {Original} → {Treated}");
}

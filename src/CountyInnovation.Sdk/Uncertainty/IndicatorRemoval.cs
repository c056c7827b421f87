using System.Globalization;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// What leaving one indicator out of the framework (its siblings' weights renormalised) does to the
/// nominal ranking: the mean and largest absolute rank shift over the counties ranked both ways.
/// </summary>
public sealed class IndicatorRemoval : IEquatable<IndicatorRemoval>
{
    private IndicatorRemoval(string indicator, string name, double meanAbsoluteShift, int maxAbsoluteShift, int countiesMoved, string? failure)
    {
        Indicator = indicator;
        Name = name;
        MeanAbsoluteShift = meanAbsoluteShift;
        MaxAbsoluteShift = maxAbsoluteShift;
        CountiesMoved = countiesMoved;
        Failure = failure;
    }

    /// <summary>The indicator left out.</summary>
    public string Indicator { get; }

    /// <summary>Its Chinese name.</summary>
    public string Name { get; }

    /// <summary>Mean |rank without − nominal rank| (NaN when the evaluation failed).</summary>
    public double MeanAbsoluteShift { get; }

    /// <summary>The largest |rank shift|.</summary>
    public int MaxAbsoluteShift { get; }

    /// <summary>Counties whose rank changed.</summary>
    public int CountiesMoved { get; }

    /// <summary>Why the framework without this indicator could not be evaluated, or null.</summary>
    public string? Failure { get; }

    /// <summary>Creates a removal result.</summary>
    /// <param name="indicator">Indicator code.</param>
    /// <param name="name">Indicator name.</param>
    /// <param name="meanAbsoluteShift">Mean absolute rank shift.</param>
    /// <param name="maxAbsoluteShift">Largest absolute rank shift.</param>
    /// <param name="countiesMoved">Counties whose rank changed.</param>
    /// <param name="failure">The failure, or null.</param>
    public static IndicatorRemoval Of(string indicator, string name, double meanAbsoluteShift, int maxAbsoluteShift, int countiesMoved, string? failure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(maxAbsoluteShift);
        ArgumentOutOfRangeException.ThrowIfNegative(countiesMoved);
        return new IndicatorRemoval(indicator, name, meanAbsoluteShift, maxAbsoluteShift, countiesMoved, failure);
    }

    /// <inheritdoc />
    public bool Equals(IndicatorRemoval? other) =>
        other is not null && Indicator == other.Indicator && Name == other.Name && MeanAbsoluteShift.Equals(other.MeanAbsoluteShift)
        && MaxAbsoluteShift == other.MaxAbsoluteShift && CountiesMoved == other.CountiesMoved && Failure == other.Failure;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorRemoval);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, MeanAbsoluteShift, MaxAbsoluteShift);

    /// <summary>Formats as <c>without rd_intensity: mean shift 3.2, max 17, 120 counties moved</c>.</summary>
    public override string ToString() => Failure is not null
        ? $"without {Indicator}: failed ({Failure})"
        : string.Create(CultureInfo.InvariantCulture, $"without {Indicator}: mean shift {MeanAbsoluteShift:0.##}, max {MaxAbsoluteShift}, {CountiesMoved} counties moved");
}

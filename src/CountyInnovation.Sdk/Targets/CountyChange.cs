using System.Globalization;
using CountyInnovation.Sdk.Counties;

namespace CountyInnovation.Sdk.Targets;

/// <summary>One county's value in a year next to its value the year before.</summary>
public sealed class CountyChange : IEquatable<CountyChange>
{
    private CountyChange(County county, double previous, double value)
    {
        County = county;
        Previous = previous;
        Value = value;
    }

    /// <summary>The county.</summary>
    public County County { get; }

    /// <summary>The value the year before.</summary>
    public double Previous { get; }

    /// <summary>The value in the year.</summary>
    public double Value { get; }

    /// <summary>Value − previous (≤ 0 for a county that did not rise).</summary>
    public double Change => Value - Previous;

    /// <summary>Whether the value rose strictly.</summary>
    public bool Rose => Value > Previous;

    /// <summary>Creates a change.</summary>
    /// <param name="county">The county.</param>
    /// <param name="previous">The previous year's value; finite.</param>
    /// <param name="value">This year's value; finite.</param>
    public static CountyChange Of(County county, double previous, double value)
    {
        ArgumentNullException.ThrowIfNull(county);
        if (!double.IsFinite(previous) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Both values must be finite.");
        }

        return new CountyChange(county, previous, value);
    }

    /// <inheritdoc />
    public bool Equals(CountyChange? other) =>
        other is not null && County.Equals(other.County) && Previous.Equals(other.Previous) && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CountyChange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(County, Previous, Value);

    /// <summary>Formats as <c>130102 长安区: 2.1 → 2.05</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{County.Code} {County.NameZh}: {Previous:0.####} → {Value:0.####}");
}

using System.Collections.Immutable;
using CountyInnovation.Sdk.Counties;

namespace CountyInnovation.Sdk.Targets;

/// <summary>For one year: which counties' value rose over the year before, which did not, and which cannot be judged.</summary>
public sealed class CountyRiseYear : IEquatable<CountyRiseYear>
{
    private CountyRiseYear(int year, ImmutableArray<CountyChange> rose, ImmutableArray<CountyChange> didNotRise, ImmutableArray<County> noData)
    {
        Year = year;
        Rose = rose;
        DidNotRise = didNotRise;
        NoData = noData;
    }

    /// <summary>The year compared with the year before.</summary>
    public int Year { get; }

    /// <summary>Counties whose value rose (v_t &gt; v_{t−1}), in county order.</summary>
    public ImmutableArray<CountyChange> Rose { get; }

    /// <summary>Counties whose value did not rise (equal or lower), in county order.</summary>
    public ImmutableArray<CountyChange> DidNotRise { get; }

    /// <summary>Counties present in either year without both values (missing, or absent that year): reported, not guessed.</summary>
    public ImmutableArray<County> NoData { get; }

    /// <summary>Creates the year's result.</summary>
    /// <param name="year">The year.</param>
    /// <param name="changes">Every county with both values.</param>
    /// <param name="noData">Counties without both values.</param>
    public static CountyRiseYear Of(int year, IEnumerable<CountyChange> changes, IEnumerable<County> noData)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(noData);
        var all = changes.OrderBy(c => c.County).ToList();
        return new CountyRiseYear(year, [.. all.Where(c => c.Rose)], [.. all.Where(c => !c.Rose)], [.. noData.Order()]);
    }

    /// <inheritdoc />
    public bool Equals(CountyRiseYear? other) =>
        other is not null
        && Year == other.Year
        && Rose.SequenceEqual(other.Rose)
        && DidNotRise.SequenceEqual(other.DidNotRise)
        && NoData.SequenceEqual(other.NoData);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CountyRiseYear);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Rose.Length, DidNotRise.Length, NoData.Length);

    /// <summary>Formats as <c>2021: 150 rose, 15 did not, 2 no data</c>.</summary>
    public override string ToString() => $"{Year}: {Rose.Length} rose, {DidNotRise.Length} did not, {NoData.Length} no data";
}

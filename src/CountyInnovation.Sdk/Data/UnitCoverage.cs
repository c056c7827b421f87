using System.Collections.Immutable;
using CountyInnovation.Sdk.Counties;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// How a panel's units compare with the list they were read against (Hebei's 167, or a units
/// file) in one data year: units in the data that the list lacks (accepted only when the caller
/// allowed unlisted units), and listed units with no data that year. Both are reported in the
/// bulletin's data-quality notes, so that no county drops out silently.
/// </summary>
public sealed class UnitCoverage : IEquatable<UnitCoverage>
{
    private UnitCoverage(int dataYear, int listed, ImmutableArray<County> unlisted, ImmutableArray<County> absent)
    {
        DataYear = dataYear;
        ListedCount = listed;
        Unlisted = unlisted;
        Absent = absent;
    }

    /// <summary>The data year compared.</summary>
    public int DataYear { get; }

    /// <summary>The number of units in the list.</summary>
    public int ListedCount { get; }

    /// <summary>Units with data in <see cref="DataYear"/> that the list does not have, by code.</summary>
    public ImmutableArray<County> Unlisted { get; }

    /// <summary>Listed units without data in <see cref="DataYear"/>, by code.</summary>
    public ImmutableArray<County> Absent { get; }

    /// <summary>Whether the data and the list agree.</summary>
    public bool IsComplete => Unlisted.IsEmpty && Absent.IsEmpty;

    /// <summary>Compares a panel's units present in <paramref name="dataYear"/> with a list.</summary>
    /// <param name="panel">The data.</param>
    /// <param name="list">The units list the data were read against.</param>
    /// <param name="dataYear">The data year (evaluation year − 1 for the Hebei framework).</param>
    /// <exception cref="ArgumentException">The panel has no such year.</exception>
    public static UnitCoverage Of(Panel panel, CountyDirectory list, int dataYear)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(list);
        var y = panel.IndexOfYear(dataYear);
        if (y < 0)
        {
            throw new ArgumentException($"The data have no year {dataYear}.", nameof(dataYear));
        }

        var presence = panel.Presence(y);
        var present = new HashSet<CountyCode>();
        var unlisted = ImmutableArray.CreateBuilder<County>();
        for (var c = 0; c < panel.Counties.Length; c++)
        {
            if (!presence[c])
            {
                continue;
            }

            var county = panel.Counties[c];
            present.Add(county.Code);
            if (!list.Contains(county.Code))
            {
                unlisted.Add(county);
            }
        }

        var absent = list.Counties.Where(c => !present.Contains(c.Code)).ToImmutableArray();
        return new UnitCoverage(dataYear, list.Counties.Length, unlisted.ToImmutable(), absent);
    }

    /// <summary>The coverage as short sentences for data-quality notes; empty when complete.</summary>
    public ImmutableArray<string> Notes()
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        if (!Unlisted.IsEmpty)
        {
            notes.Add($"{Unlisted.Length} unit(s) evaluated that the list of {ListedCount} does not have (allowed explicitly): {string.Join(", ", Unlisted.Select(c => $"{c.Code} {c.NameZh} ({c.EvaluationGroup.NameZh})"))}.");
        }

        if (!Absent.IsEmpty)
        {
            notes.Add($"{Absent.Length} listed unit(s) without data for {DataYear}, not evaluated: {string.Join(", ", Absent.Select(c => $"{c.Code} {c.NameZh}"))}.");
        }

        return notes.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(UnitCoverage? other) =>
        other is not null && DataYear == other.DataYear && ListedCount == other.ListedCount && Unlisted.SequenceEqual(other.Unlisted) && Absent.SequenceEqual(other.Absent);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnitCoverage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DataYear, ListedCount, Unlisted.Length, Absent.Length);

    /// <summary>Formats as <c>2020: 2 unlisted, 1 absent of 167 listed</c>.</summary>
    public override string ToString() => $"{DataYear}: {Unlisted.Length} unlisted, {Absent.Length} absent of {ListedCount} listed";
}

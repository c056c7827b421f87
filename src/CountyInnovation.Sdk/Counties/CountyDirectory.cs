using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace CountyInnovation.Sdk.Counties;

/// <summary>
/// An immutable list of known counties, looked up by code: the counties a data reader accepts.
/// <see cref="HebeiCounties.Directory"/> holds Hebei's 167.
/// </summary>
public sealed class CountyDirectory : IEquatable<CountyDirectory>
{
    private readonly FrozenDictionary<CountyCode, County> byCode;

    private CountyDirectory(ImmutableArray<County> counties)
    {
        Counties = counties;
        byCode = counties.ToFrozenDictionary(c => c.Code);
        EvaluationGroups = [.. counties.Select(c => c.EvaluationGroup).Distinct().Order()];
    }

    /// <summary>The counties, ordered by code.</summary>
    public ImmutableArray<County> Counties { get; }

    /// <summary>The evaluation groupings the counties belong to, ordered (cities by code, other groupings last).</summary>
    public ImmutableArray<PrefectureCity> EvaluationGroups { get; }

    /// <summary>Creates a directory.</summary>
    /// <param name="counties">The counties; codes must be unique.</param>
    /// <exception cref="ArgumentException">Two counties share a code.</exception>
    public static CountyDirectory Create(IEnumerable<County> counties)
    {
        ArgumentNullException.ThrowIfNull(counties);
        var list = counties.Order().ToImmutableArray();
        var duplicate = list.GroupBy(c => c.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The county code {duplicate.Key} appears more than once.", nameof(counties));
        }

        return new CountyDirectory(list);
    }

    /// <summary>Finds a county.</summary>
    /// <param name="code">The county's code.</param>
    /// <param name="county">The county, when found.</param>
    /// <returns>Whether the directory has the code.</returns>
    public bool TryFind(CountyCode code, [NotNullWhen(true)] out County? county) => byCode.TryGetValue(code, out county);

    /// <summary>The county with this code.</summary>
    /// <param name="code">The county's code.</param>
    /// <exception cref="KeyNotFoundException">The directory has no such county.</exception>
    public County Find(CountyCode code) =>
        byCode.TryGetValue(code, out var county) ? county : throw new KeyNotFoundException($"No county with the code {code} is known.");

    /// <summary>Whether the directory has the code.</summary>
    /// <param name="code">The county's code.</param>
    public bool Contains(CountyCode code) => byCode.ContainsKey(code);

    /// <summary>Whether some units of the directory have opaque identifiers (<see cref="CountyCode.IsOpaque"/>).</summary>
    public bool HasOpaqueCodes => Counties.Any(c => c.Code.IsOpaque);

    /// <summary>
    /// The names of the groupings every unit has (<see cref="County.Groupings"/>), plus <c>city</c>,
    /// which every unit has: the names <see cref="GroupedBy"/> accepts.
    /// </summary>
    public ImmutableArray<string> GroupingNames =>
        [CityGrouping, .. Counties.IsEmpty ? Enumerable.Empty<string>() : Counties.Select(c => c.Groupings.Keys).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal)).Where(n => n != CityGrouping).Order(StringComparer.Ordinal)];

    /// <summary>The name of the default grouping: the evaluation group (prefecture-level city, or 雄安新区).</summary>
    public const string CityGrouping = "city";

    /// <summary>
    /// A copy whose units are averaged and group-imputed by the named grouping instead of their city
    /// (COINr's <c>GDP_group</c>, for example); <c>city</c> returns this directory.
    /// </summary>
    /// <param name="grouping">A name of <see cref="GroupingNames"/>.</param>
    /// <exception cref="ArgumentException">Some unit lacks the grouping; the message names one and the groupings available.</exception>
    public CountyDirectory GroupedBy(string grouping)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(grouping);
        if (string.Equals(grouping, CityGrouping, StringComparison.Ordinal))
        {
            return this;
        }

        var groups = new Dictionary<string, PrefectureCity>(StringComparer.Ordinal);
        var regrouped = new List<County>(Counties.Length);
        foreach (var county in Counties)
        {
            if (!county.Groupings.TryGetValue(grouping, out var name))
            {
                throw new ArgumentException($"The unit {county} has no grouping '{grouping}'; the groupings every unit has: {string.Join(", ", GroupingNames)}.", nameof(grouping));
            }

            if (!groups.TryGetValue(name, out var group))
            {
                group = PrefectureCity.CreateGrouping(name, name);
                groups.Add(name, group);
            }

            regrouped.Add(county.WithEvaluationGroup(group));
        }

        return new CountyDirectory([.. regrouped]);
    }

    /// <inheritdoc />
    public bool Equals(CountyDirectory? other) => other is not null && Counties.SequenceEqual(other.Counties);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CountyDirectory);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Counties.Length, Counties.IsEmpty ? null : Counties[0]);

    /// <summary>The number of counties.</summary>
    public override string ToString() => $"{Counties.Length} counties";
}

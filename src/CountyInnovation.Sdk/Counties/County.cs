using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace CountyInnovation.Sdk.Counties;

/// <summary>
/// A county-level division (县级行政区划: 县, 县级市, 市辖区, 自治县): the unit the evaluation scores.
/// <see cref="City"/> is its prefecture-level city in GB/T 2260; <see cref="EvaluationGroup"/> is the
/// grouping the evaluation averages it in, which differs only for 雄安新区's three counties (雄县,
/// 容城县, 安新县: city 保定, group 雄安新区).
/// </summary>
public sealed class County : IEquatable<County>, IComparable<County>
{
    private County(CountyCode code, string nameZh, PrefectureCity city, PrefectureCity evaluationGroup, CountyKind kind, ImmutableSortedDictionary<string, string>? groupings = null)
    {
        Code = code;
        NameZh = nameZh;
        City = city;
        EvaluationGroup = evaluationGroup;
        Kind = kind;
        Groupings = groupings ?? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
    }

    /// <summary>
    /// Named groupings the unit belongs to besides its city, read from a units file or COINr's iData
    /// (for example <c>GDP_group</c> → <c>L</c>); empty for the built-in Hebei list.
    /// </summary>
    public ImmutableSortedDictionary<string, string> Groupings { get; }

    /// <summary>The GB/T 2260 code.</summary>
    public CountyCode Code { get; }

    /// <summary>The Chinese name, for example 长安区.</summary>
    public string NameZh { get; }

    /// <summary>The prefecture-level city it belongs to in GB/T 2260.</summary>
    public PrefectureCity City { get; }

    /// <summary>The grouping used for the evaluation's city averages (its city, or 雄安新区).</summary>
    public PrefectureCity EvaluationGroup { get; }

    /// <summary>The kind of division, from the name's suffix.</summary>
    public CountyKind Kind { get; }

    /// <summary>Whether the county lies in 雄安新区 (its evaluation group is not a prefecture-level city).</summary>
    public bool IsInXiongAn => EvaluationGroup.Equals(HebeiCounties.XiongAn);

    /// <summary>Creates a county.</summary>
    /// <param name="code">The GB/T 2260 code; its city part must match <paramref name="city"/>'s code.</param>
    /// <param name="nameZh">The Chinese name, not blank.</param>
    /// <param name="city">The prefecture-level city.</param>
    /// <param name="evaluationGroup">The evaluation grouping, when it is not the city (for example 雄安新区).</param>
    /// <param name="kind">The kind; by default read from the name's suffix (自治县, 区, 市, 县).</param>
    /// <exception cref="ArgumentException">The name is blank or the code is not in the city.</exception>
    public static County Create(CountyCode code, string nameZh, PrefectureCity city, PrefectureCity? evaluationGroup = null, CountyKind? kind = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameZh);
        ArgumentNullException.ThrowIfNull(city);
        if (code == default)
        {
            throw new ArgumentException("The county code must be set.", nameof(code));
        }

        if (city.Code is { } cityCode && cityCode != code.CityCode)
        {
            throw new ArgumentException($"The county {code} is not in the city {city}: its city part is {code.CityCode}.", nameof(city));
        }

        var name = nameZh.Trim();
        return new County(code, name, city, evaluationGroup ?? city, kind ?? KindOf(name));
    }

    /// <summary>A copy with named groupings (replacing any it had).</summary>
    /// <param name="groupings">Grouping name → the unit's group; names and groups not blank.</param>
    /// <exception cref="ArgumentException">A name or a group is blank.</exception>
    [Pure]
    public County WithGroupings(IEnumerable<KeyValuePair<string, string>> groupings)
    {
        ArgumentNullException.ThrowIfNull(groupings);
        var map = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, group) in groupings)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            ArgumentException.ThrowIfNullOrWhiteSpace(group);
            map[name.Trim()] = group.Trim();
        }

        return new County(Code, NameZh, City, EvaluationGroup, Kind, map.ToImmutable());
    }

    /// <summary>A copy averaged and group-imputed in another grouping (for example a COINr <c>GDP_group</c>).</summary>
    /// <param name="group">The evaluation grouping.</param>
    [Pure]
    public County WithEvaluationGroup(PrefectureCity group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new County(Code, NameZh, City, group, Kind, Groupings);
    }

    /// <inheritdoc />
    public bool Equals(County? other) =>
        other is not null && Code == other.Code && string.Equals(NameZh, other.NameZh, StringComparison.Ordinal)
        && City.Equals(other.City) && EvaluationGroup.Equals(other.EvaluationGroup) && Kind == other.Kind
        && Groupings.Count == other.Groupings.Count && Groupings.All(g => other.Groupings.TryGetValue(g.Key, out var v) && string.Equals(v, g.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as County);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, NameZh);

    /// <summary>Orders by code.</summary>
    /// <param name="other">The county to compare with.</param>
    public int CompareTo(County? other) => other is null ? 1 : Code.CompareTo(other.Code);

    /// <summary>The code and the Chinese name, for example <c>130102 长安区</c>.</summary>
    public override string ToString() => $"{Code} {NameZh}";

    private static CountyKind KindOf(string name) =>
        name.EndsWith("自治县", StringComparison.Ordinal) ? CountyKind.AutonomousCounty
        : name.EndsWith('区') ? CountyKind.District
        : name.EndsWith('市') ? CountyKind.CountyLevelCity
        : name.EndsWith('县') ? CountyKind.County
        : CountyKind.Other;
}

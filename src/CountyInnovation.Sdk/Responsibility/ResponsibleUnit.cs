using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace CountyInnovation.Sdk.Responsibility;

/// <summary>
/// A body named as responsible (责任单位) for measures, such as 省科技厅 (the Hebei Provincial
/// Department of Science and Technology). The registry of the 2020 document's units is
/// <see cref="ResponsibleUnits"/>.
/// </summary>
/// <remarks>
/// A collective unit (<see cref="UnitKind.CollectiveCityGovernments"/>, 各市政府) stands for several
/// bodies, listed in <see cref="Members"/>: the 11 prefecture-level city governments.
/// Units are equal when their short names are equal (short names identify units in the text).
/// </remarks>
public sealed class ResponsibleUnit : IEquatable<ResponsibleUnit>
{
    private ResponsibleUnit(string shortNameZh, string fullNameZh, string nameEn, UnitKind kind, ImmutableArray<ResponsibleUnit> members)
    {
        ShortNameZh = shortNameZh;
        FullNameZh = fullNameZh;
        NameEn = nameEn;
        Kind = kind;
        Members = members;
    }

    /// <summary>The name as the text writes it, e.g. <c>省科技厅</c>.</summary>
    public string ShortNameZh { get; }

    /// <summary>The full official Chinese name, e.g. <c>河北省科学技术厅</c>.</summary>
    public string FullNameZh { get; }

    /// <summary>The English name, e.g. <c>Hebei Provincial Department of Science and Technology</c>.</summary>
    public string NameEn { get; }

    /// <summary>What kind of body the unit is.</summary>
    public UnitKind Kind { get; }

    /// <summary>For a collective unit, the bodies it stands for, in official order; otherwise empty.</summary>
    public ImmutableArray<ResponsibleUnit> Members { get; }

    /// <summary>Whether the unit stands for several bodies (see <see cref="Members"/>).</summary>
    public bool IsCollective => !Members.IsEmpty;

    /// <summary>Creates a single (non-collective) unit.</summary>
    /// <param name="shortNameZh">The name as written in policy texts.</param>
    /// <param name="fullNameZh">The full official Chinese name.</param>
    /// <param name="nameEn">The English name.</param>
    /// <param name="kind">The kind of body; not <see cref="UnitKind.CollectiveCityGovernments"/>.</param>
    /// <returns>The unit.</returns>
    public static ResponsibleUnit Create(string shortNameZh, string fullNameZh, string nameEn, UnitKind kind)
    {
        if (kind == UnitKind.CollectiveCityGovernments)
        {
            throw new ArgumentException("A collective unit needs its members: use CreateCollective.", nameof(kind));
        }

        return new(Guard.Against.NullOrWhiteSpace(shortNameZh), Guard.Against.NullOrWhiteSpace(fullNameZh), Guard.Against.NullOrWhiteSpace(nameEn), Guard.Against.EnumOutOfRange(kind), []);
    }

    /// <summary>Creates a collective unit that stands for <paramref name="members"/>.</summary>
    /// <param name="shortNameZh">The name as written in policy texts, e.g. <c>各市政府</c>.</param>
    /// <param name="fullNameZh">The full Chinese name.</param>
    /// <param name="nameEn">The English name.</param>
    /// <param name="members">The bodies it stands for; at least one, none collective.</param>
    /// <returns>The unit.</returns>
    public static ResponsibleUnit CreateCollective(string shortNameZh, string fullNameZh, string nameEn, IEnumerable<ResponsibleUnit> members)
    {
        var frozen = Guard.Against.Null(members).ToImmutableArray();
        Guard.Against.Expression(m => m.IsEmpty, frozen, "A collective unit stands for at least one body.", nameof(members));
        Guard.Against.Expression(m => m.Any(u => u is null || u.IsCollective), frozen, "The members of a collective unit are single units.", nameof(members));
        return new(Guard.Against.NullOrWhiteSpace(shortNameZh), Guard.Against.NullOrWhiteSpace(fullNameZh), Guard.Against.NullOrWhiteSpace(nameEn), UnitKind.CollectiveCityGovernments, frozen);
    }

    /// <summary>Whether this unit is <paramref name="other"/> or one of its members.</summary>
    /// <param name="other">A unit, possibly collective.</param>
    /// <returns><see langword="true"/> when this unit is covered by <paramref name="other"/>.</returns>
    public bool IsCoveredBy(ResponsibleUnit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Equals(other) || other.Members.Contains(this);
    }

    /// <inheritdoc />
    public bool Equals(ResponsibleUnit? other) =>
        other is not null && string.Equals(ShortNameZh, other.ShortNameZh, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResponsibleUnit);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ShortNameZh);

    /// <summary>The short name as the text writes it, e.g. <c>省科技厅</c>.</summary>
    public override string ToString() => ShortNameZh;
}

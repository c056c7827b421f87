using Ardalis.GuardClauses;
using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Sdk.Responsibility;

/// <summary>
/// One unit named in one measure's （责任单位：…） clause: the measure, the unit, its position in the
/// list and its role (责任分工).
/// </summary>
public sealed class Assignment : IEquatable<Assignment>
{
    private Assignment(MeasureNumber measure, ResponsibleUnit unit, int position, UnitRole role, bool isRoleInferred)
    {
        Measure = measure;
        Unit = unit;
        Position = position;
        Role = role;
        IsRoleInferred = isRoleInferred;
    }

    /// <summary>The measure.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>The unit.</summary>
    public ResponsibleUnit Unit { get; }

    /// <summary>The 1-based position of the unit in the measure's list, as written.</summary>
    public int Position { get; }

    /// <summary>The role: <see cref="UnitRole.Lead"/> or <see cref="UnitRole.CoResponsible"/>.</summary>
    public UnitRole Role { get; }

    /// <summary>
    /// Whether <see cref="Role"/> is an inference rather than a statement of the text. For the 2020
    /// document it always is: the text lists units without saying 牵头; the first listed is taken to lead.
    /// </summary>
    public bool IsRoleInferred { get; }

    /// <summary>
    /// Creates the assignment of the unit at <paramref name="position"/> of a measure's list, with the
    /// role inferred from the order: the first listed leads, the others are co-responsible.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="position">The 1-based position in the list.</param>
    /// <returns>The assignment, <see cref="IsRoleInferred"/> set.</returns>
    public static Assignment InferredFromOrder(MeasureNumber measure, ResponsibleUnit unit, int position)
    {
        Guard.Against.Null(unit);
        Guard.Against.NegativeOrZero(position);
        return new(measure, unit, position, position == 1 ? UnitRole.Lead : UnitRole.CoResponsible, isRoleInferred: true);
    }

    /// <summary>Creates an assignment whose role a text states explicitly (牵头/配合).</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="position">The 1-based position in the list.</param>
    /// <param name="role">The stated role.</param>
    /// <returns>The assignment, <see cref="IsRoleInferred"/> not set.</returns>
    public static Assignment Stated(MeasureNumber measure, ResponsibleUnit unit, int position, UnitRole role)
    {
        Guard.Against.Null(unit);
        Guard.Against.NegativeOrZero(position);
        return new(measure, unit, position, Guard.Against.EnumOutOfRange(role), isRoleInferred: false);
    }

    /// <inheritdoc />
    public bool Equals(Assignment? other) =>
        other is not null && Measure == other.Measure && Unit.Equals(other.Unit) && Position == other.Position
        && Role == other.Role && IsRoleInferred == other.IsRoleInferred;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Assignment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Measure, Unit, Position, Role, IsRoleInferred);

    /// <summary>E.g. <c>measure 9: 省科技厅 (co-responsible, inferred)</c>.</summary>
    public override string ToString() =>
        $"measure {Measure}: {Unit} ({(Role == UnitRole.Lead ? "lead" : "co-responsible")}{(IsRoleInferred ? ", inferred" : string.Empty)})";
}

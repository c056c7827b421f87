namespace CountyInnovation.Sdk.Responsibility;

/// <summary>
/// The role of a unit in a measure: leading (牵头) or co-responsible (配合).
/// </summary>
/// <remarks>
/// <b>Inferred, not stated.</b> The 2020 text lists the units of each measure in its
/// （责任单位：…） clause and never says 牵头 or 配合. By the usual drafting convention the first unit
/// listed leads and the others co-operate; the catalogue applies that convention and marks every
/// role it derives with <see cref="Assignment.IsRoleInferred"/>.
/// </remarks>
public enum UnitRole
{
    /// <summary>The leading unit (牵头单位): the first listed, by inference.</summary>
    Lead,

    /// <summary>A co-responsible unit (配合单位): any unit listed after the first, by inference.</summary>
    CoResponsible,
}

using Ardalis.GuardClauses;
using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Reach at least a quantity by a deadline, e.g. measure 24: "到2025年，重点支持35个省协同创新中心建设"
/// (35 provincial collaborative innovation centres by 2025-12-31).
/// </summary>
public sealed class QuantityTarget : Target, IEquatable<QuantityTarget>
{
    private readonly Deadline deadline;

    private QuantityTarget(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, decimal quantity, string unit, string unitZh, Deadline deadline)
        : base(measure, descriptionZh, descriptionEn, sourceTextZh, TargetDirection.AtLeast)
    {
        Quantity = quantity;
        Unit = unit;
        UnitZh = unitZh;
        this.deadline = deadline;
    }

    /// <summary>The quantity to reach.</summary>
    public decimal Quantity { get; }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.QuantityByDeadline;

    /// <inheritdoc />
    public override decimal? Value => Quantity;

    /// <inheritdoc />
    public override string Unit { get; }

    /// <inheritdoc />
    public override string UnitZh { get; }

    /// <inheritdoc />
    public override Deadline? Deadline => deadline;

    /// <summary>The deadline (never null for this kind).</summary>
    public Deadline By => deadline;

    /// <summary>Creates a quantity target.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="descriptionZh">What is to be achieved, in Chinese.</param>
    /// <param name="descriptionEn">What is to be achieved, in English.</param>
    /// <param name="sourceTextZh">The words of the text that state it.</param>
    /// <param name="quantity">The quantity, positive.</param>
    /// <param name="unit">Its unit in English (e.g. <c>colleges</c>).</param>
    /// <param name="unitZh">Its unit in Chinese (e.g. <c>所</c>).</param>
    /// <param name="deadline">The deadline.</param>
    /// <returns>The target.</returns>
    public static QuantityTarget Create(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, decimal quantity, string unit, string unitZh, Deadline deadline) =>
        new(measure, descriptionZh, descriptionEn, sourceTextZh, Guard.Against.NegativeOrZero(quantity), Guard.Against.NullOrWhiteSpace(unit), Guard.Against.NullOrWhiteSpace(unitZh), deadline);

    /// <summary>Value equality (see <see cref="Target.Equals(Target)"/>).</summary>
    /// <param name="other">The other target.</param>
    /// <returns>Whether all data are equal.</returns>
    public bool Equals(QuantityTarget? other) => Equals((Target?)other);

    /// <inheritdoc />
    protected override bool EqualsCore(Target other) =>
        other is QuantityTarget o && Quantity == o.Quantity && Unit == o.Unit && UnitZh == o.UnitZh && deadline == o.deadline;
}

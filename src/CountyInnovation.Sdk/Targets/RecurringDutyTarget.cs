using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// A duty performed again and again, with no quantity: measure 1's annual monitoring evaluation,
/// published every year (<see cref="TargetKind.YearlyDuty"/>), and measure 3's supervision of county
/// governments (<see cref="TargetKind.RecurringSupervision"/>).
/// </summary>
public sealed class RecurringDutyTarget : Target, IEquatable<RecurringDutyTarget>
{
    private readonly TargetKind kind;

    private RecurringDutyTarget(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, TargetKind kind, PlanHorizon horizon)
        : base(measure, descriptionZh, descriptionEn, sourceTextZh, TargetDirection.Performed)
    {
        this.kind = kind;
        Horizon = horizon;
    }

    /// <inheritdoc />
    public override TargetKind Kind => kind;

    /// <summary>The period over which the duty recurs (by default the plan's, 2019..2025 <b>[inferred]</b>).</summary>
    public PlanHorizon Horizon { get; }

    /// <summary>Whether the duty is due once in every calendar year of <see cref="Horizon"/> (<see cref="TargetKind.YearlyDuty"/>).</summary>
    public bool IsYearly => kind == TargetKind.YearlyDuty;

    /// <summary>A duty to perform once every year of <paramref name="horizon"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="descriptionZh">What is to be done, in Chinese.</param>
    /// <param name="descriptionEn">What is to be done, in English.</param>
    /// <param name="sourceTextZh">The words of the text that state it.</param>
    /// <param name="horizon">The years.</param>
    /// <returns>The target.</returns>
    public static RecurringDutyTarget Yearly(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, PlanHorizon horizon) =>
        new(measure, descriptionZh, descriptionEn, sourceTextZh, TargetKind.YearlyDuty, horizon);

    /// <summary>A supervision duty that recurs over <paramref name="horizon"/> with no frequency or number stated.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="descriptionZh">What is to be done, in Chinese.</param>
    /// <param name="descriptionEn">What is to be done, in English.</param>
    /// <param name="sourceTextZh">The words of the text that state it.</param>
    /// <param name="horizon">The period.</param>
    /// <returns>The target.</returns>
    public static RecurringDutyTarget Supervision(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, PlanHorizon horizon) =>
        new(measure, descriptionZh, descriptionEn, sourceTextZh, TargetKind.RecurringSupervision, horizon);

    /// <summary>Value equality (see <see cref="Target.Equals(Target)"/>).</summary>
    /// <param name="other">The other target.</param>
    /// <returns>Whether all data are equal.</returns>
    public bool Equals(RecurringDutyTarget? other) => Equals((Target?)other);

    /// <inheritdoc />
    protected override bool EqualsCore(Target other) => other is RecurringDutyTarget o && kind == o.kind && Horizon == o.Horizon;
}

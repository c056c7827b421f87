using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Raise a share every year over a horizon. Measure 22: "逐年提高财政科技经费占地方财政支出的比重"
/// (fiscal S&amp;T funds' share of local fiscal expenditure rises year by year). No level is named;
/// the target is met in a year when the share is higher than the year before.
/// </summary>
public sealed class RisingShareTarget : Target, IEquatable<RisingShareTarget>
{
    private RisingShareTarget(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, PlanHorizon horizon)
        : base(measure, descriptionZh, descriptionEn, sourceTextZh, TargetDirection.RisingEachYear) =>
        Horizon = horizon;

    /// <summary>The years over which the share must rise (by default the plan's, 2019..2025 <b>[inferred]</b>).</summary>
    public PlanHorizon Horizon { get; }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.RisingShare;

    /// <inheritdoc />
    public override string Unit => "share";

    /// <inheritdoc />
    public override string UnitZh => "比重";

    /// <summary>Creates a rising-share target.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="descriptionZh">What is to be achieved, in Chinese.</param>
    /// <param name="descriptionEn">What is to be achieved, in English.</param>
    /// <param name="sourceTextZh">The words of the text that state it.</param>
    /// <param name="horizon">The years over which the share must rise.</param>
    /// <returns>The target.</returns>
    public static RisingShareTarget Create(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, PlanHorizon horizon) =>
        new(measure, descriptionZh, descriptionEn, sourceTextZh, horizon);

    /// <summary>Value equality (see <see cref="Target.Equals(Target)"/>).</summary>
    /// <param name="other">The other target.</param>
    /// <returns>Whether all data are equal.</returns>
    public bool Equals(RisingShareTarget? other) => Equals((Target?)other);

    /// <inheritdoc />
    protected override bool EqualsCore(Target other) => other is RisingShareTarget o && Horizon == o.Horizon;
}

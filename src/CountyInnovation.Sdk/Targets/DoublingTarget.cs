using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Double a count against a baseline year by a deadline. Measure 7: "实施好高新技术企业倍增计划"
/// (carry out the high-tech enterprise doubling plan).
/// </summary>
/// <remarks>
/// The text names neither the baseline year nor the horizon <b>[unknown]</b>. The 2020 catalogue uses
/// documented, replaceable defaults: baseline = end of 2017, when Hebei had 3,174 high-tech
/// enterprises <b>[found]</b> (context, not a figure of the text), and deadline = the end of the Leap
/// Plan, 2025-12-31 <b>[inferred]</b>. Replace them with <see cref="WithBaseline"/> and
/// <see cref="WithDeadline"/>.
/// </remarks>
public sealed class DoublingTarget : Target, IEquatable<DoublingTarget>
{
    private readonly Deadline deadline;

    private DoublingTarget(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, string unit, string unitZh, int baselineYear, decimal? baselineValue, Deadline deadline)
        : base(measure, descriptionZh, descriptionEn, sourceTextZh, TargetDirection.AtLeast)
    {
        Unit = unit;
        UnitZh = unitZh;
        BaselineYear = baselineYear;
        BaselineValue = baselineValue;
        this.deadline = deadline;
    }

    /// <summary>The factor, 2 (倍增: doubling).</summary>
    public decimal Factor => 2m;

    /// <summary>The year whose year-end count is the baseline.</summary>
    public int BaselineYear { get; }

    /// <summary>The baseline count, when known.</summary>
    public decimal? BaselineValue { get; }

    /// <summary>The count to reach, <see cref="Factor"/> × <see cref="BaselineValue"/>, when the baseline is known.</summary>
    public decimal? Goal => BaselineValue * Factor;

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.Doubling;

    /// <summary>The factor, 2: the target names a multiple of the baseline, not a count.</summary>
    public override decimal? Value => Factor;

    /// <summary>The unit of the counted things (e.g. <c>high-tech enterprises</c>); <see cref="Value"/> is a multiple of the baseline count of them.</summary>
    public override string Unit { get; }

    /// <inheritdoc />
    public override string UnitZh { get; }

    /// <inheritdoc />
    public override Deadline? Deadline => deadline;

    /// <summary>Creates a doubling target.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="descriptionZh">What is to be achieved, in Chinese.</param>
    /// <param name="descriptionEn">What is to be achieved, in English.</param>
    /// <param name="sourceTextZh">The words of the text that state it.</param>
    /// <param name="unit">The counted things in English.</param>
    /// <param name="unitZh">The counted things' unit in Chinese.</param>
    /// <param name="baselineYear">The baseline year (its year-end count is the baseline).</param>
    /// <param name="baselineValue">The baseline count, positive, or <see langword="null"/> when unknown.</param>
    /// <param name="deadline">The deadline; after the end of the baseline year.</param>
    /// <returns>The target.</returns>
    public static DoublingTarget Create(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, string unit, string unitZh, int baselineYear, decimal? baselineValue, Deadline deadline)
    {
        Guard.Against.NullOrWhiteSpace(unit);
        Guard.Against.NullOrWhiteSpace(unitZh);
        if (baselineValue is { } v)
        {
            Guard.Against.NegativeOrZero(v, nameof(baselineValue));
        }

        Guard.Against.Expression(d => d.Date.Year <= baselineYear, deadline, "The deadline of a doubling must come after the baseline year.", nameof(deadline));
        return new(measure, descriptionZh, descriptionEn, sourceTextZh, unit, unitZh, baselineYear, baselineValue, deadline);
    }

    /// <summary>The same target against another baseline.</summary>
    /// <param name="baselineYear">The baseline year.</param>
    /// <param name="baselineValue">The baseline count, or <see langword="null"/> when unknown.</param>
    /// <returns>A new target.</returns>
    [Pure]
    public DoublingTarget WithBaseline(int baselineYear, decimal? baselineValue) =>
        Create(Measure, DescriptionZh, DescriptionEn, SourceTextZh, Unit, UnitZh, baselineYear, baselineValue, deadline);

    /// <summary>The same target with another deadline.</summary>
    /// <param name="newDeadline">The deadline.</param>
    /// <returns>A new target.</returns>
    [Pure]
    public DoublingTarget WithDeadline(Deadline newDeadline) =>
        Create(Measure, DescriptionZh, DescriptionEn, SourceTextZh, Unit, UnitZh, BaselineYear, BaselineValue, newDeadline);

    /// <summary>Value equality (see <see cref="Target.Equals(Target)"/>).</summary>
    /// <param name="other">The other target.</param>
    /// <returns>Whether all data are equal.</returns>
    public bool Equals(DoublingTarget? other) => Equals((Target?)other);

    /// <inheritdoc />
    protected override bool EqualsCore(Target other) =>
        other is DoublingTarget o && Unit == o.Unit && UnitZh == o.UnitZh && BaselineYear == o.BaselineYear
        && BaselineValue == o.BaselineValue && deadline == o.deadline;
}

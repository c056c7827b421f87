using System.Globalization;
using CountyInnovation.Sdk.Policy;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// The policy's own targets as a <see cref="TargetPlan"/>: each catalogue target gets an id
/// <c>M{measure}-{n}</c> (n counts the measure's targets in text order: <c>M19-1</c>, <c>M19-2</c>, …)
/// and the rule of its kind:
/// a quantity by a deadline → <see cref="NumericRule"/>; a standing threshold →
/// <see cref="StandingThresholdRule"/>; a share rising every year → <see cref="YearlyRiseRule"/>
/// over the plan years; a doubling → <see cref="DoublingRule"/>; a yearly duty or recurring
/// supervision → <see cref="RecurringDutyRule"/> over the plan years (due 31 December).
/// Quantities and thresholds apply from the document's issue date.
/// </summary>
public static class PolicyTargets
{
    private static readonly Lazy<TargetPlan> Plan2020 = new(() => From(PolicyCatalogue.Hebei2020), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The targets of the 2020 measures (《关于加快推进县域科技创新的若干措施》).</summary>
    public static TargetPlan Hebei2020 => Plan2020.Value;

    /// <summary>Builds the plan of a policy document's targets.</summary>
    /// <param name="document">The document.</param>
    public static TargetPlan From(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var targets = document.Measures
            .SelectMany(m => m.Targets.Select((t, i) => Track(t, $"M{m.Number.Value.ToString(CultureInfo.InvariantCulture)}-{(i + 1).ToString(CultureInfo.InvariantCulture)}", document.IssueDate)));
        return TargetPlan.Of(document.TitleEn, targets);
    }

    /// <summary>Tracks one catalogue target under <paramref name="id"/>.</summary>
    /// <param name="target">The catalogue target.</param>
    /// <param name="id">The id observations will use.</param>
    /// <param name="inForceFrom">The day quantities and thresholds start to apply.</param>
    /// <exception cref="NotSupportedException">A target kind this version does not know.</exception>
    public static TrackedTarget Track(Target target, string id, LocalDate inForceFrom)
    {
        ArgumentNullException.ThrowIfNull(target);
        ITargetRule rule = target switch
        {
            QuantityTarget q => NumericRule.For(NumericGoal.Reach((double)q.Quantity, q.By.Date, GoalDirection.Increase, Earlier(inForceFrom, q.By.Date))),
            ThresholdTarget t => StandingThresholdRule.AtLeast(t.Threshold.Value, t.Levels, inForceFrom),
            RisingShareTarget r => YearlyRiseRule.For(r.Horizon.Start.Year, r.Horizon.End.Year),
            DoublingTarget d => DoublingRule.From(d.BaselineYear, (double?)d.BaselineValue, d.Deadline!.Value.Date),
            RecurringDutyTarget duty => RecurringDutyRule.Yearly(duty.Horizon.Start.Year, duty.Horizon.End.Year),
            _ => throw new NotSupportedException($"No rule for target kind {target.Kind}."),
        };
        return TrackedTarget.Create(id, target.Measure, target.DescriptionEn, rule, target.DescriptionZh, target.Unit, target);
    }

    private static LocalDate Earlier(LocalDate a, LocalDate b) => a < b ? a : b;
}

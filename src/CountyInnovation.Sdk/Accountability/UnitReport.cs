using System.Collections.Immutable;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Accountability;

/// <summary>
/// What one responsible unit (责任单位) owes as of a date: its measures with its role in each (lead
/// or co-responsible, inferred from listing order where the text does not say), the targets of
/// those measures with their status, what is overdue and what falls due next. A city government
/// also owes what the text assigns to 各市政府, judged on its own city's data where there is any.
/// </summary>
public sealed class UnitReport : IEquatable<UnitReport>
{
    private UnitReport(ResponsibleUnit unit, LocalDate asOf, string observations, bool isIllustrative, ImmutableArray<Assignment> measures, ImmutableArray<UnitTarget> targets)
    {
        Unit = unit;
        AsOf = asOf;
        Observations = observations;
        IsIllustrative = isIllustrative;
        Measures = measures;
        Targets = targets;
    }

    /// <summary>The unit.</summary>
    public ResponsibleUnit Unit { get; }

    /// <summary>The date of the report.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The name of the observation set.</summary>
    public string Observations { get; }

    /// <summary>Whether the observations are illustrative (made up): every rendering must say so.</summary>
    public bool IsIllustrative { get; }

    /// <summary>Every measure the unit answers for (directly or through a collective unit), with its role, in measure order.</summary>
    public ImmutableArray<Assignment> Measures { get; }

    /// <summary>The targets of those measures with their status, in measure order.</summary>
    public ImmutableArray<UnitTarget> Targets { get; }

    /// <summary>The targets missed as of the date.</summary>
    public ImmutableArray<UnitTarget> Overdue => [.. Targets.Where(t => t.IsOverdue)];

    /// <summary>The targets not yet achieved with something still to fall due, soonest first.</summary>
    public ImmutableArray<UnitTarget> DueNext => [.. Targets.Where(t => t.NextDue is not null).OrderBy(t => t.NextDue!.Value).ThenBy(t => t.Target.Id, StringComparer.Ordinal)];

    /// <summary>Builds the report.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="document">The policy document (its responsibility matrix).</param>
    /// <param name="plan">The tracked targets (their measures link them to units).</param>
    /// <param name="observations">The observations.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="numericMethod">The method for numeric goals; default Open SDG ratio.</param>
    public static UnitReport For(ResponsibleUnit unit, PolicyDocument document, TargetPlan plan, ObservationSet observations, LocalDate asOf, INumericProgressMethod? numericMethod = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observations);
        var method = numericMethod ?? OpenSdgRatioMethod.Default;
        var assignments = document.Responsibilities.ForUnit(unit, includeCollective: true).Distinct().ToImmutableArray();
        var ownCity = CityScope.CityOf(unit);
        var targets = ImmutableArray.CreateBuilder<UnitTarget>();
        foreach (var assignment in assignments)
        {
            foreach (var target in plan.Targets.Where(t => t.Measure == assignment.Measure))
            {
                var all = observations.For(target.Id);
                if (ownCity is not null && CityScope.Filter(all, ownCity) is { IsEmpty: false } mine)
                {
                    var own = target.Rule.Assess(mine, asOf, method);
                    targets.Add(UnitTarget.Of(target, assignment, own, TargetAssessment.NextDueUnlessAchieved(target.Rule, own, asOf), ownCity.NameZh));
                    continue;
                }

                var provinceWide = target.Rule.Assess(all, asOf, method);
                var nextDue = TargetAssessment.NextDueUnlessAchieved(target.Rule, provinceWide, asOf);
                var scope = ownCity is null ? "province-wide" : "province-wide (no data for " + ownCity.NameZh + ")";
                targets.Add(UnitTarget.Of(target, assignment, provinceWide, nextDue, scope, unit.IsCollective ? PerCity(unit, target, all, asOf, method) : null));
            }
        }

        return new UnitReport(unit, asOf, observations.Name, observations.IsIllustrative, assignments, targets.ToImmutable());
    }

    /// <summary>The report for every unit of the document, in the document's unit order.</summary>
    /// <param name="document">The policy document.</param>
    /// <param name="plan">The tracked targets.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="numericMethod">The method for numeric goals.</param>
    public static ImmutableArray<UnitReport> ForAll(PolicyDocument document, TargetPlan plan, ObservationSet observations, LocalDate asOf, INumericProgressMethod? numericMethod = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.Responsibilities.Units.Select(u => For(u, document, plan, observations, asOf, numericMethod))];
    }

    /// <inheritdoc />
    public bool Equals(UnitReport? other) =>
        other is not null
        && Unit.Equals(other.Unit)
        && AsOf == other.AsOf
        && string.Equals(Observations, other.Observations, StringComparison.Ordinal)
        && IsIllustrative == other.IsIllustrative
        && Measures.SequenceEqual(other.Measures)
        && Targets.SequenceEqual(other.Targets);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnitReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, AsOf, Measures.Length, Targets.Length);

    /// <summary>Formats as <c>unit as of date: n measures, m targets, k overdue</c>.</summary>
    public override string ToString() => $"{Unit} as of {AsOf:uuuu-MM-dd}: {Measures.Length} measures, {Targets.Length} targets, {Overdue.Length} overdue";

    private static IEnumerable<CityAssessment>? PerCity(ResponsibleUnit collective, TrackedTarget target, ImmutableArray<Observation> all, LocalDate asOf, INumericProgressMethod method)
    {
        var perCity = collective.Members
            .Select(m => (Government: m, City: CityScope.CityOf(m)))
            .Where(m => m.City is not null)
            .Select(m => (m.Government, City: m.City!, Data: CityScope.Filter(all, m.City!)))
            .ToList();
        if (perCity.TrueForAll(c => c.Data.IsEmpty))
        {
            return null;
        }

        return perCity.Select(c => CityAssessment.Of(c.Government, c.City, target.Rule.Assess(c.Data, asOf, method)));
    }
}

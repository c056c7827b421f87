using System.Collections.Immutable;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Every target of a plan assessed as of one date against one observation set, with the method
/// used and whether the observations are illustrative.
/// </summary>
public sealed class PlanAssessment : IEquatable<PlanAssessment>
{
    private PlanAssessment(string plan, LocalDate asOf, string observations, bool isIllustrative, string numericMethod, ImmutableArray<TargetAssessment> targets)
    {
        Plan = plan;
        AsOf = asOf;
        Observations = observations;
        IsIllustrative = isIllustrative;
        NumericMethod = numericMethod;
        Targets = targets;
    }

    /// <summary>The plan's name.</summary>
    public string Plan { get; }

    /// <summary>The date of the assessment.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The name of the observation set.</summary>
    public string Observations { get; }

    /// <summary>Whether the observations are illustrative (made up): every report must say so.</summary>
    public bool IsIllustrative { get; }

    /// <summary>The name of the method used for numeric goals (for example <c>OpenSdgRatio</c>).</summary>
    public string NumericMethod { get; }

    /// <summary>Every target, in plan order.</summary>
    public ImmutableArray<TargetAssessment> Targets { get; }

    /// <summary>Assesses every target of <paramref name="plan"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="numericMethod">The method for numeric goals; default <see cref="OpenSdgRatioMethod.Default"/>.</param>
    public static PlanAssessment Of(TargetPlan plan, ObservationSet observations, LocalDate asOf, INumericProgressMethod? numericMethod = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observations);
        var method = numericMethod ?? OpenSdgRatioMethod.Default;
        return new PlanAssessment(
            plan.Name,
            asOf,
            observations.Name,
            observations.IsIllustrative,
            method.Name,
            [.. plan.Targets.Select(t => TargetAssessment.Of(t, observations, asOf, method))]);
    }

    /// <summary>Assesses every target as of today by <paramref name="clock"/> in <paramref name="zone"/> (default Asia/Shanghai).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="clock">The clock "today" comes from.</param>
    /// <param name="zone">The time zone; default <see cref="AssessmentDate.DefaultTimeZone"/>.</param>
    /// <param name="numericMethod">The method for numeric goals.</param>
    public static PlanAssessment Of(TargetPlan plan, ObservationSet observations, IClock clock, DateTimeZone? zone = null, INumericProgressMethod? numericMethod = null) =>
        Of(plan, observations, AssessmentDate.Today(clock, zone), numericMethod);

    /// <summary>How many targets have each status.</summary>
    public ImmutableSortedDictionary<TargetStatus, int> CountByStatus =>
        Targets.GroupBy(t => t.Status).ToImmutableSortedDictionary(g => g.Key, g => g.Count());

    /// <inheritdoc />
    public bool Equals(PlanAssessment? other) =>
        other is not null
        && string.Equals(Plan, other.Plan, StringComparison.Ordinal)
        && AsOf == other.AsOf
        && string.Equals(Observations, other.Observations, StringComparison.Ordinal)
        && IsIllustrative == other.IsIllustrative
        && string.Equals(NumericMethod, other.NumericMethod, StringComparison.Ordinal)
        && Targets.SequenceEqual(other.Targets);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PlanAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Plan, AsOf, Observations, Targets.Length);

    /// <summary>Formats as <c>plan as of date: n targets</c>.</summary>
    public override string ToString() => $"{Plan} as of {AsOf:uuuu-MM-dd}: {Targets.Length} targets{(IsIllustrative ? " (ILLUSTRATIVE observations)" : string.Empty)}";
}

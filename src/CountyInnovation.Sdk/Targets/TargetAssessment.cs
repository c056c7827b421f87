using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>One target and where it stands as of a date.</summary>
public sealed class TargetAssessment : IEquatable<TargetAssessment>
{
    private TargetAssessment(TrackedTarget target, ProgressAssessment result, LocalDate? nextDue)
    {
        Target = target;
        Result = result;
        NextDue = nextDue;
    }

    /// <summary>The target.</summary>
    public TrackedTarget Target { get; }

    /// <summary>The assessment.</summary>
    public ProgressAssessment Result { get; }

    /// <summary>The status (shortcut for <c>Result.Status</c>).</summary>
    public TargetStatus Status => Result.Status;

    /// <summary>The next day on or after the as-of date on which something falls due, if any; none once the target is achieved.</summary>
    public LocalDate? NextDue { get; }

    /// <summary>Whether the target is overdue: missed as of the date.</summary>
    public bool IsOverdue => Result.Status == TargetStatus.Missed;

    /// <summary>Assesses one target.</summary>
    /// <param name="target">The target.</param>
    /// <param name="observations">Observations (only this target's are used).</param>
    /// <param name="asOf">The date.</param>
    /// <param name="numericMethod">The method for numeric goals.</param>
    public static TargetAssessment Of(TrackedTarget target, ObservationSet observations, LocalDate asOf, INumericProgressMethod numericMethod)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(numericMethod);
        var result = target.Rule.Assess(observations.For(target.Id), asOf, numericMethod);
        return new TargetAssessment(target, result, NextDueUnlessAchieved(target.Rule, result, asOf));
    }

    /// <summary>
    /// The rule's next due date, unless the assessment is already achieved: a target reached
    /// before its deadline owes nothing more, so it must not be listed as falling due.
    /// </summary>
    internal static LocalDate? NextDueUnlessAchieved(ITargetRule rule, ProgressAssessment result, LocalDate asOf) =>
        result.Status == TargetStatus.Achieved ? null : rule.NextDue(asOf);

    /// <inheritdoc />
    public bool Equals(TargetAssessment? other) =>
        other is not null && Target.Equals(other.Target) && Result.Equals(other.Result) && NextDue == other.NextDue;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TargetAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Target, Result, NextDue);

    /// <summary>Formats as <c>id: status</c>.</summary>
    public override string ToString() => $"{Target.Id}: {Status.ToLabel()}";
}

using System.Collections.Immutable;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Accountability;

/// <summary>
/// One target as one responsible unit owes it: the unit's role in the target's measure, the status
/// on the data that concerns the unit (its city, for a city government; otherwise province-wide)
/// and, for the collective 各市政府, one status per city where the data is per city.
/// </summary>
public sealed class UnitTarget : IEquatable<UnitTarget>
{
    private UnitTarget(TrackedTarget target, Assignment assignment, ProgressAssessment result, LocalDate? nextDue, string scope, ImmutableArray<CityAssessment> cities)
    {
        Target = target;
        Assignment = assignment;
        Result = result;
        NextDue = nextDue;
        Scope = scope;
        Cities = cities;
    }

    /// <summary>The target.</summary>
    public TrackedTarget Target { get; }

    /// <summary>The assignment that makes the unit responsible (its measure, role, and whether the role is inferred).</summary>
    public Assignment Assignment { get; }

    /// <summary>The status on the data that concerns the unit.</summary>
    public ProgressAssessment Result { get; }

    /// <summary>The status (shortcut).</summary>
    public TargetStatus Status => Result.Status;

    /// <summary>The next day something falls due, if any; none once the target is achieved (for the scope assessed).</summary>
    public LocalDate? NextDue { get; }

    /// <summary>Whether it is overdue (missed as of the date).</summary>
    public bool IsOverdue => Result.Status == TargetStatus.Missed;

    /// <summary>Whose data the status is computed on: <c>province-wide</c>, or a city name.</summary>
    public string Scope { get; }

    /// <summary>For a collective unit with per-city data: one assessment per member city government.</summary>
    public ImmutableArray<CityAssessment> Cities { get; }

    /// <summary>Creates a unit target.</summary>
    /// <param name="target">The target.</param>
    /// <param name="assignment">The assignment.</param>
    /// <param name="result">The assessment.</param>
    /// <param name="nextDue">The next due date.</param>
    /// <param name="scope">Whose data.</param>
    /// <param name="cities">Per-city assessments, if any.</param>
    public static UnitTarget Of(TrackedTarget target, Assignment assignment, ProgressAssessment result, LocalDate? nextDue, string scope, IEnumerable<CityAssessment>? cities = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        return new UnitTarget(target, assignment, result, nextDue, scope, cities?.ToImmutableArray() ?? []);
    }

    /// <inheritdoc />
    public bool Equals(UnitTarget? other) =>
        other is not null
        && Target.Equals(other.Target)
        && Assignment.Equals(other.Assignment)
        && Result.Equals(other.Result)
        && NextDue == other.NextDue
        && string.Equals(Scope, other.Scope, StringComparison.Ordinal)
        && Cities.SequenceEqual(other.Cities);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnitTarget);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Target.Id, Assignment, Result.Status, NextDue, Scope);

    /// <summary>Formats as <c>M22-1 (lead, inferred): missed</c>.</summary>
    public override string ToString() => $"{Target.Id} ({Assignment.Role}{(Assignment.IsRoleInferred ? ", inferred" : string.Empty)}): {Status.ToLabel()}";
}

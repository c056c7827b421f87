using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// What a numeric assessment measures against: a target value yT to reach by a deadline T, in a
/// direction, optionally from a declared base y0 and only from a start date on.
/// </summary>
public sealed class NumericGoal : IEquatable<NumericGoal>
{
    private NumericGoal(double targetValue, LocalDate deadline, GoalDirection direction, LocalDate? start, DatedValue? declaredBase)
    {
        TargetValue = targetValue;
        Deadline = deadline;
        Direction = direction;
        Start = start;
        DeclaredBase = declaredBase;
    }

    /// <summary>The target value yT.</summary>
    public double TargetValue { get; }

    /// <summary>The deadline T, inclusive: the target must be reached on or before it.</summary>
    public LocalDate Deadline { get; }

    /// <summary>Which way is better.</summary>
    public GoalDirection Direction { get; }

    /// <summary>The first day the target applies; before it the status is "not yet due".</summary>
    public LocalDate? Start { get; }

    /// <summary>A declared base y0 (for example the baseline year of a doubling); otherwise the earliest observation is the base.</summary>
    public DatedValue? DeclaredBase { get; }

    /// <summary>A value to reach by a deadline.</summary>
    /// <param name="targetValue">yT: finite and ≥ 0.</param>
    /// <param name="deadline">T, inclusive.</param>
    /// <param name="direction">Which way is better (default: more is better).</param>
    /// <param name="start">The first day the target applies, if any; not after the deadline.</param>
    /// <param name="declaredBase">A declared base, if any; dated before the deadline, value ≥ 0.</param>
    /// <exception cref="ArgumentException">A value is out of range or the dates are out of order.</exception>
    public static NumericGoal Reach(double targetValue, LocalDate deadline, GoalDirection direction = GoalDirection.Increase, LocalDate? start = null, DatedValue? declaredBase = null)
    {
        if (!double.IsFinite(targetValue) || targetValue < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(targetValue), targetValue, "A numeric target must be a finite value ≥ 0.");
        }

        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction.");
        }

        if (start is { } s && s > deadline)
        {
            throw new ArgumentException($"The start {s:uuuu-MM-dd} is after the deadline {deadline:uuuu-MM-dd}.", nameof(start));
        }

        if (declaredBase is { } b && (b.Date >= deadline || b.Value < 0))
        {
            throw new ArgumentException($"The declared base {b} must be dated before the deadline {deadline:uuuu-MM-dd} and be ≥ 0.", nameof(declaredBase));
        }

        return new NumericGoal(targetValue, deadline, direction, start, declaredBase);
    }

    /// <summary>
    /// A doubling (倍增): yT = 2·y0, where y0 is the value of the declared baseline year (dated 31
    /// December), to be reached by <paramref name="deadline"/>.
    /// </summary>
    /// <param name="baseline">The baseline value y0, &gt; 0 (zero doubled is zero: every value would reach it).</param>
    /// <param name="deadline">The horizon, after the baseline.</param>
    /// <exception cref="ArgumentException">The baseline is not positive, or the horizon is not after it.</exception>
    public static NumericGoal Doubling(DatedValue baseline, LocalDate deadline)
    {
        if (!(baseline.Value > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(baseline), baseline, "A doubling needs a baseline value > 0.");
        }

        return Reach(2 * baseline.Value, deadline, GoalDirection.Increase, baseline.Date, baseline);
    }

    /// <summary>Whether <paramref name="value"/> has reached the target.</summary>
    /// <param name="value">An observed value.</param>
    public bool IsReachedBy(double value) =>
        Direction == GoalDirection.Increase ? value >= TargetValue : value <= TargetValue;

    /// <summary>How far <paramref name="value"/> is from the target, in the target's unit (0 when reached).</summary>
    /// <param name="value">An observed value.</param>
    public double ShortfallOf(double value) => Math.Max(0, (int)Direction * (TargetValue - value));

    /// <inheritdoc />
    public bool Equals(NumericGoal? other) =>
        other is not null
        && TargetValue.Equals(other.TargetValue)
        && Deadline == other.Deadline
        && Direction == other.Direction
        && Start == other.Start
        && Nullable.Equals(DeclaredBase, other.DeclaredBase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NumericGoal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TargetValue, Deadline, Direction, Start, DeclaredBase);

    /// <summary>Formats as <c>≥ 175 by 2020-12-31</c>.</summary>
    public override string ToString() =>
        $"{(Direction == GoalDirection.Increase ? "≥" : "≤")} {ProgressThresholds.Format(TargetValue)} by {Deadline:uuuu-MM-dd}";
}

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// The order of the assessable statuses, from <see cref="TargetStatus.Missed"/> (worst) to
/// <see cref="TargetStatus.Achieved"/> (best). <see cref="TargetStatus.NotYetDue"/> and
/// <see cref="TargetStatus.InsufficientData"/> say nothing about progress and have no place in it.
/// </summary>
public static class TargetStatusOrder
{
    /// <summary>Whether the status judges progress (it is neither "not yet due" nor "insufficient data").</summary>
    /// <param name="status">The status.</param>
    public static bool IsAssessed(this TargetStatus status) =>
        status is not (TargetStatus.NotYetDue or TargetStatus.InsufficientData) && Enum.IsDefined(status);

    /// <summary>
    /// Compares two assessed statuses: negative when <paramref name="left"/> is worse, zero when
    /// equal, positive when better.
    /// </summary>
    /// <param name="left">An assessed status.</param>
    /// <param name="right">An assessed status.</param>
    /// <exception cref="ArgumentException">Either status is not assessed.</exception>
    public static int Compare(TargetStatus left, TargetStatus right)
    {
        if (!left.IsAssessed())
        {
            throw new ArgumentException($"Status {left} does not judge progress and cannot be ordered.", nameof(left));
        }

        if (!right.IsAssessed())
        {
            throw new ArgumentException($"Status {right} does not judge progress and cannot be ordered.", nameof(right));
        }

        return ((int)left).CompareTo((int)right);
    }

    /// <summary>The status as a lower-case label with spaces (for example <c>acceleration needed</c>).</summary>
    /// <param name="status">The status.</param>
    public static string ToLabel(this TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "achieved",
        TargetStatus.OnTrack => "on track",
        TargetStatus.AccelerationNeeded => "acceleration needed",
        TargetStatus.LimitedProgress => "limited progress",
        TargetStatus.MovingAway => "moving away",
        TargetStatus.Missed => "missed",
        TargetStatus.NotYetDue => "not yet due",
        TargetStatus.InsufficientData => "insufficient data",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown target status."),
    };
}

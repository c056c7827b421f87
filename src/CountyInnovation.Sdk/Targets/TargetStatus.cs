namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Where a target (目标) stands as of a date. Before the deadline the statuses
/// <see cref="OnTrack"/>, <see cref="AccelerationNeeded"/>, <see cref="LimitedProgress"/> and
/// <see cref="MovingAway"/> are projections; after it a target is either <see cref="Achieved"/>
/// or <see cref="Missed"/>.
/// </summary>
/// <remarks>
/// The numeric values order the assessable statuses from worst to best (see
/// <see cref="TargetStatusOrder"/>); <see cref="NotYetDue"/> and <see cref="InsufficientData"/>
/// are not comparable with the others.
/// </remarks>
public enum TargetStatus
{
    /// <summary>Not enough evidence to judge: fewer than two observations, or a year without data.</summary>
    InsufficientData = 0,

    /// <summary>Nothing is due yet as of the date: the target's period has not started.</summary>
    NotYetDue = 1,

    /// <summary>The deadline has passed (or a standing duty is unmet) and the target was not reached; a shortfall is given.</summary>
    Missed = 2,

    /// <summary>The observed trend goes the wrong way (ratio or extrapolation below zero).</summary>
    MovingAway = 3,

    /// <summary>Some progress, far too slow (ratio 0–0.60, extrapolation 0–0.10, growth below 0.5 %/yr).</summary>
    LimitedProgress = 4,

    /// <summary>Progress, but the pace must rise to reach the target in time (ratio 0.60–0.95, extrapolation 0.10–0.95).</summary>
    AccelerationNeeded = 5,

    /// <summary>At the observed pace the target is reached by the deadline (ratio or extrapolation ≥ 0.95).</summary>
    OnTrack = 6,

    /// <summary>The latest observation has reached the target (by the deadline, when it has passed).</summary>
    Achieved = 7,
}

using System.Collections.Immutable;
using System.Globalization;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// The bands that turn a progress value (a ratio, an extrapolation quotient or a growth rate)
/// into a projected status: value ≥ <see cref="OnTrack"/> → on track; ≥
/// <see cref="AccelerationNeeded"/> → acceleration needed; ≥ <see cref="LimitedProgress"/> →
/// limited progress; below → moving away. Every result carries the thresholds it used.
/// </summary>
public sealed class ProgressThresholds : IEquatable<ProgressThresholds>
{
    private ProgressThresholds(double onTrack, double accelerationNeeded, double limitedProgress)
    {
        OnTrack = onTrack;
        AccelerationNeeded = accelerationNeeded;
        LimitedProgress = limitedProgress;
    }

    /// <summary>Open SDG / Eurostat ratio R = d·CAGR_obs/|CAGR_req|: 0.95, 0.60, 0.</summary>
    public static ProgressThresholds OpenSdgRatio { get; } = new(0.95, 0.60, 0.0);

    /// <summary>UN Progress Chart extrapolation Q: 0.95, 0.10, 0 (below 0.10 is "stagnation", below 0 "regression").</summary>
    public static ProgressThresholds ProgressChart { get; } = new(0.95, 0.10, 0.0);

    /// <summary>
    /// Compound annual growth of a quantity that must rise every year: ≥ 2 %/yr substantial (on
    /// track), 0.5–2 % moderate (acceleration needed), 0–0.5 % stagnation (limited progress), a
    /// decline moving away.
    /// </summary>
    public static ProgressThresholds AnnualGrowth { get; } = new(0.02, 0.005, 0.0);

    /// <summary>The lowest value that is on track.</summary>
    public double OnTrack { get; }

    /// <summary>The lowest value that needs acceleration (below it: limited progress).</summary>
    public double AccelerationNeeded { get; }

    /// <summary>The lowest value that is still progress (below it: moving away).</summary>
    public double LimitedProgress { get; }

    /// <summary>The thresholds as named values, for reports.</summary>
    public ImmutableArray<Threshold> Values =>
    [
        Threshold.Of("on track", OnTrack),
        Threshold.Of("acceleration needed", AccelerationNeeded),
        Threshold.Of("limited progress", LimitedProgress),
    ];

    /// <summary>Creates custom thresholds.</summary>
    /// <param name="onTrack">Lowest on-track value.</param>
    /// <param name="accelerationNeeded">Lowest acceleration-needed value; below <paramref name="onTrack"/>.</param>
    /// <param name="limitedProgress">Lowest limited-progress value; not above <paramref name="accelerationNeeded"/>.</param>
    /// <exception cref="ArgumentException">The thresholds are not finite or not in decreasing order.</exception>
    public static ProgressThresholds Of(double onTrack, double accelerationNeeded, double limitedProgress)
    {
        if (!double.IsFinite(onTrack) || !double.IsFinite(accelerationNeeded) || !double.IsFinite(limitedProgress))
        {
            throw new ArgumentException("Thresholds must be finite numbers.");
        }

        if (!(onTrack > accelerationNeeded && accelerationNeeded >= limitedProgress))
        {
            throw new ArgumentException(
                $"Thresholds must decrease: on track ({onTrack}) > acceleration needed ({accelerationNeeded}) ≥ limited progress ({limitedProgress}).");
        }

        return new ProgressThresholds(onTrack, accelerationNeeded, limitedProgress);
    }

    /// <summary>The projected status of a progress value.</summary>
    /// <param name="value">A ratio, quotient or growth rate; NaN is not allowed.</param>
    public TargetStatus Classify(double value)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A progress value cannot be NaN.");
        }

        return value >= OnTrack ? TargetStatus.OnTrack
            : value >= AccelerationNeeded ? TargetStatus.AccelerationNeeded
            : value >= LimitedProgress ? TargetStatus.LimitedProgress
            : TargetStatus.MovingAway;
    }

    /// <inheritdoc />
    public bool Equals(ProgressThresholds? other) =>
        other is not null
        && OnTrack.Equals(other.OnTrack)
        && AccelerationNeeded.Equals(other.AccelerationNeeded)
        && LimitedProgress.Equals(other.LimitedProgress);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgressThresholds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OnTrack, AccelerationNeeded, LimitedProgress);

    /// <summary>Formats as <c>on track ≥ 0.95; acceleration needed ≥ 0.6; limited progress ≥ 0</c>.</summary>
    public override string ToString() => string.Join("; ", Values.Select(v => v.ToString()));

    /// <summary>Formats a value for reports, invariantly.</summary>
    internal static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

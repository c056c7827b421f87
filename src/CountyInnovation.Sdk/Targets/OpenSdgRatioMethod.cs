using System.Diagnostics.Contracts;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// The Open SDG / Eurostat method: R = d·CAGR_obs / |CAGR_req|, where CAGR_obs is the growth from
/// the base y0 to the latest value yt and CAGR_req the growth from y0 to the target yT by the
/// deadline. Default bands: R ≥ 0.95 on track, 0.60–0.95 acceleration needed, 0–0.60 limited
/// progress, below 0 moving away. A base of 0 counts as 0.001.
/// </summary>
public sealed class OpenSdgRatioMethod : INumericProgressMethod, IEquatable<OpenSdgRatioMethod>
{
    private OpenSdgRatioMethod(ProgressThresholds thresholds) => Thresholds = thresholds;

    /// <summary>The method with the default thresholds (<see cref="ProgressThresholds.OpenSdgRatio"/>).</summary>
    public static OpenSdgRatioMethod Default { get; } = new(ProgressThresholds.OpenSdgRatio);

    /// <inheritdoc />
    public ProgressMethod Method => ProgressMethod.OpenSdgRatio;

    /// <inheritdoc />
    public string Name => Method.ToString();

    /// <inheritdoc />
    public ProgressThresholds Thresholds { get; }

    /// <summary>The method with other thresholds.</summary>
    /// <param name="thresholds">The bands for R.</param>
    [Pure]
    public static OpenSdgRatioMethod With(ProgressThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return new OpenSdgRatioMethod(thresholds);
    }

    /// <inheritdoc />
    public ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series, LocalDate asOf) =>
        NumericAssessment.Assess(this, Thresholds, goal, series, asOf, t => t.Direction * t.ObservedGrowth / Math.Abs(t.RequiredGrowth));

    /// <inheritdoc />
    public bool Equals(OpenSdgRatioMethod? other) => other is not null && Thresholds.Equals(other.Thresholds);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OpenSdgRatioMethod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Thresholds);

    /// <summary>The method name and thresholds.</summary>
    public override string ToString() => $"Open SDG ratio ({Thresholds})";
}

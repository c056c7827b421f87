using System.Diagnostics.Contracts;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// The UN Progress Chart method: extrapolate the observed growth to the deadline,
/// v_e = yt·(1 + CAGR_obs)^(T − t), and compare the expected gain with the required one,
/// Q = (v_e − y0)/(yT − y0). Default bands: Q ≥ 0.95 on track, 0.10–0.95 acceleration needed,
/// 0–0.10 limited progress (stagnation), below 0 moving away (regression).
/// </summary>
public sealed class ProgressChartMethod : INumericProgressMethod, IEquatable<ProgressChartMethod>
{
    private ProgressChartMethod(ProgressThresholds thresholds) => Thresholds = thresholds;

    /// <summary>The method with the default thresholds (<see cref="ProgressThresholds.ProgressChart"/>).</summary>
    public static ProgressChartMethod Default { get; } = new(ProgressThresholds.ProgressChart);

    /// <inheritdoc />
    public ProgressMethod Method => ProgressMethod.ProgressChartExtrapolation;

    /// <inheritdoc />
    public string Name => Method.ToString();

    /// <inheritdoc />
    public ProgressThresholds Thresholds { get; }

    /// <summary>The method with other thresholds.</summary>
    /// <param name="thresholds">The bands for Q.</param>
    [Pure]
    public static ProgressChartMethod With(ProgressThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return new ProgressChartMethod(thresholds);
    }

    /// <inheritdoc />
    public ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series, LocalDate asOf) =>
        NumericAssessment.Assess(this, Thresholds, goal, series, asOf, Quotient);

    /// <inheritdoc />
    public bool Equals(ProgressChartMethod? other) => other is not null && Thresholds.Equals(other.Thresholds);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgressChartMethod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Thresholds);

    /// <summary>The method name and thresholds.</summary>
    public override string ToString() => $"UN Progress Chart extrapolation ({Thresholds})";

    private static double Quotient(NumericAssessment.Trend t)
    {
        var expected = t.Latest * Math.Pow(1 + t.ObservedGrowth, t.YearsToDeadline);
        return (expected - t.Base) / (t.Target - t.Base);
    }
}

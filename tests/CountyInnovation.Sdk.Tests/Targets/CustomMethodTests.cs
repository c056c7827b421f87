using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

/// <summary>A numeric method from outside the SDK plugs in through the public factory.</summary>
public class CustomMethodTests
{
    private sealed class LatestOverTarget : INumericProgressMethod
    {
        public ProgressMethod Method => ProgressMethod.Custom;

        public string Name => "latest-over-target";

        public ProgressThresholds Thresholds => ProgressThresholds.Of(0.9, 0.5, 0);

        public ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series, LocalDate asOf)
        {
            var latest = series.Where(p => p.Date <= asOf).Max();
            var share = latest.Value / goal.TargetValue;
            return ProgressAssessment.Create(Thresholds.Classify(share), Method, Name, Thresholds.Values, asOf, $"{share:P0} of the target", goal.Deadline, isProjection: true, latest: latest, targetValue: goal.TargetValue, progressValue: share);
        }
    }

    [Fact]
    public void A_custom_method_is_used_and_named_in_the_result()
    {
        var plan = TargetPlan.Of("p", [TrackedTarget.Create("x", null, "t", NumericRule.For(NumericGoal.Reach(100, new LocalDate(2025, 12, 31))))]);
        var observations = ObservationSet.Of("o", [Observation.Of("x", ObservationPeriod.OfYear(2022), 70)]);

        var result = PlanAssessment.Of(plan, observations, new LocalDate(2023, 1, 1), new LatestOverTarget());

        Assert.Equal("latest-over-target", result.NumericMethod);
        Assert.Equal(TargetStatus.AccelerationNeeded, result.Targets[0].Status);
        Assert.Equal("latest-over-target", result.Targets[0].Result.MethodName);
        Assert.Equal(ProgressMethod.Custom, result.Targets[0].Result.Method);
        Assert.Equal(0.7, result.Targets[0].Result.ProgressValue);
    }

    [Fact]
    public void The_factory_validates()
    {
        Assert.Throws<ArgumentException>(() => ProgressAssessment.Create(TargetStatus.Achieved, ProgressMethod.Custom, " ", [], new LocalDate(2020, 1, 1), "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgressAssessment.Create(TargetStatus.Missed, ProgressMethod.Custom, "m", [], new LocalDate(2020, 1, 1), "x", shortfall: -1));
    }
}

using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

public class IllustrativeObservationsTests
{
    [Fact]
    public void The_shipped_file_is_labelled_illustrative_and_valid_for_the_policy_targets()
    {
        var set = IllustrativeObservations.Hebei2020;

        Assert.True(set.IsIllustrative);
        Assert.Contains("ILLUSTRATIVE", set.Name, StringComparison.Ordinal);
        Assert.All(set.Observations, o => Assert.NotNull(PolicyTargets.Hebei2020.Find(o.TargetId)));
        Assert.Contains("\"illustrative\": true", IllustrativeObservations.ReadJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Mid_plan_the_statuses_are_projections()
    {
        var result = PlanAssessment.Of(PolicyTargets.Hebei2020, IllustrativeObservations.Hebei2020, new LocalDate(2023, 6, 30));

        Assert.True(result.IsIllustrative);
        Assert.Equal(
            [
                TargetStatus.OnTrack, TargetStatus.InsufficientData, TargetStatus.OnTrack, TargetStatus.OnTrack, TargetStatus.InsufficientData,
                TargetStatus.AccelerationNeeded, TargetStatus.Missed, TargetStatus.OnTrack, TargetStatus.Achieved, TargetStatus.Achieved,
            ],
            result.Targets.Select(t => t.Status));
    }

    [Fact]
    public void After_the_plan_every_numeric_target_is_achieved_or_missed()
    {
        var result = PlanAssessment.Of(PolicyTargets.Hebei2020, IllustrativeObservations.Hebei2020, new LocalDate(2026, 11, 25));

        Assert.Equal(
            [
                TargetStatus.Achieved, TargetStatus.InsufficientData, TargetStatus.Missed, TargetStatus.Missed, TargetStatus.Achieved,
                TargetStatus.Missed, TargetStatus.Missed, TargetStatus.Achieved, TargetStatus.Achieved, TargetStatus.Achieved,
            ],
            result.Targets.Select(t => t.Status));
        Assert.Equal(448, result.Targets[2].Result.Shortfall);
        Assert.Equal(3, result.Targets[3].Result.Shortfall);
    }
}

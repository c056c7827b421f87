using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

public class PolicyTargetsTests
{
    [Fact]
    public void Every_target_of_the_text_is_tracked_with_the_rule_of_its_kind()
    {
        var plan = PolicyTargets.Hebei2020;

        Assert.Equal(["M1-1", "M3-1", "M7-1", "M19-1", "M19-2", "M19-3", "M22-1", "M24-1", "M27-1", "M27-2"], plan.Targets.Select(t => t.Id));
        Assert.IsType<RecurringDutyRule>(plan.Find("M1-1")!.Rule);
        Assert.IsType<DoublingRule>(plan.Find("M7-1")!.Rule);
        Assert.IsType<YearlyRiseRule>(plan.Find("M22-1")!.Rule);
        var threshold = Assert.IsType<StandingThresholdRule>(plan.Find("M27-1")!.Rule);
        Assert.Equal(95, threshold.Minimum);
        Assert.Equal(3, threshold.Levels.Length);
        var certificates = Assert.IsType<NumericRule>(plan.Find("M27-2")!.Rule);
        Assert.Equal(175, certificates.Goal.TargetValue);
        Assert.Equal(new LocalDate(2020, 12, 31), certificates.Goal.Deadline);
        Assert.Equal(new LocalDate(2020, 10, 16), certificates.Goal.Start);
        Assert.All(plan.Targets, t => Assert.NotNull(t.Definition));
    }

    [Fact]
    public void The_doubling_uses_the_catalogue_baseline()
    {
        var rule = Assert.IsType<DoublingRule>(PolicyTargets.Hebei2020.Find("M7-1")!.Rule);

        Assert.Equal(2017, rule.BaselineYear);
        Assert.Equal(3174, rule.BaselineValue);
        Assert.Equal(new LocalDate(2025, 12, 31), rule.Deadline);
    }
}

using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

public class StandingThresholdRuleTests
{
    private static readonly StandingThresholdRule Rule = StandingThresholdRule.AtLeast(
        95, [GovernmentLevel.Province, GovernmentLevel.City, GovernmentLevel.County], new LocalDate(2020, 10, 16));

    private static readonly LocalDate AsOf = new(2022, 1, 1);

    private static Observation At(GovernmentLevel level, string? place, int year, double value) =>
        Observation.Of("m27-online", ObservationPeriod.OfYear(year), value, level, place);

    [Fact]
    public void Every_level_at_or_above_the_threshold_is_achieved()
    {
        Observation[] data = [At(GovernmentLevel.Province, null, 2021, 97), At(GovernmentLevel.City, "石家庄市", 2021, 96), At(GovernmentLevel.County, "130102", 2021, 95)];

        var result = Rule.Assess(data, AsOf);

        Assert.Equal(TargetStatus.Achieved, result.Status);
        Assert.Equal(3, result.Checks.Length);
        Assert.Equal(ProgressMethod.StandingThreshold, result.Method);
        Assert.Equal(95, result.Thresholds.Single().Value);
    }

    [Fact]
    public void One_place_below_is_missed_with_its_gap()
    {
        Observation[] data = [At(GovernmentLevel.Province, null, 2021, 97), At(GovernmentLevel.City, "石家庄市", 2021, 96), At(GovernmentLevel.County, "130102", 2021, 93)];

        var result = Rule.Assess(data, AsOf);

        Assert.Equal(TargetStatus.Missed, result.Status);
        Assert.Equal(2, result.Shortfall);
        Assert.Contains("county 130102", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_without_observations_is_insufficient_data()
    {
        Observation[] data = [At(GovernmentLevel.Province, null, 2021, 97), At(GovernmentLevel.City, "石家庄市", 2021, 96)];

        var result = Rule.Assess(data, AsOf);

        Assert.Equal(TargetStatus.InsufficientData, result.Status);
        Assert.Equal(CheckOutcome.NoData, result.Checks[^1].Outcome);
    }

    [Fact]
    public void Only_the_latest_value_per_place_as_of_the_date_counts()
    {
        Observation[] data =
        [
            At(GovernmentLevel.Province, null, 2020, 97),
            At(GovernmentLevel.City, "石家庄市", 2020, 90),
            At(GovernmentLevel.City, "石家庄市", 2021, 96),
            At(GovernmentLevel.County, "130102", 2020, 99),
        ];

        Assert.Equal(TargetStatus.Achieved, Rule.Assess(data, AsOf).Status);
        Assert.Equal(TargetStatus.Missed, Rule.Assess(data, new LocalDate(2021, 6, 30)).Status);
    }

    [Fact]
    public void Before_it_comes_into_force_it_is_not_yet_due()
    {
        Assert.Equal(TargetStatus.NotYetDue, Rule.Assess([], new LocalDate(2020, 10, 15)).Status);
    }
}

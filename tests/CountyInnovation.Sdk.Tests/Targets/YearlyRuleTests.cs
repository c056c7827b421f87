using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

public class YearlyRuleTests
{
    private static readonly YearlyRiseRule Rise = YearlyRiseRule.For(2020, 2022);

    private static DatedValue[] Years(params (int Year, double Value)[] values) => [.. values.Select(v => DatedValue.OfYear(v.Year, v.Value))];

    [Fact]
    public void Each_year_passes_only_when_it_rose()
    {
        var checks = Rise.Check(Years((2019, 2.0), (2020, 2.1), (2021, 2.1)), new LocalDate(2022, 6, 1));

        Assert.Equal([CheckOutcome.Passed, CheckOutcome.Failed, CheckOutcome.NotYetDue], checks.Select(c => c.Outcome));
        Assert.Equal(0, checks[1].Shortfall);
    }

    [Fact]
    public void A_year_that_fell_is_missed_with_the_drop_as_shortfall()
    {
        var result = Rise.Assess(Years((2019, 2.0), (2020, 2.1), (2021, 2.05)), new LocalDate(2022, 3, 1));

        Assert.Equal(TargetStatus.Missed, result.Status);
        Assert.Equal(0.05, result.Shortfall!.Value, 10);
        Assert.Equal(ProgressMethod.RisesEveryYear, result.Method);
    }

    [Fact]
    public void Rising_every_year_of_the_span_is_achieved()
    {
        var result = Rise.Assess(Years((2019, 2.0), (2020, 2.1), (2021, 2.2), (2022, 2.3)), new LocalDate(2023, 1, 1));

        Assert.Equal(TargetStatus.Achieved, result.Status);
    }

    [Theory]
    [InlineData(2.1, 0.05, TargetStatus.OnTrack)] // substantial: ≥ 2 %/yr
    [InlineData(2.02, 0.01, TargetStatus.AccelerationNeeded)] // moderate: 0.5–2 %
    [InlineData(2.005, 0.0025, TargetStatus.LimitedProgress)] // stagnation: < 0.5 %
    public void While_years_remain_the_growth_rate_is_graded(double value2020, double growth, TargetStatus status)
    {
        var result = Rise.Assess(Years((2019, 2.0), (2020, value2020)), new LocalDate(2021, 6, 1));

        Assert.Equal(status, result.Status);
        Assert.Equal(growth, result.ProgressValue!.Value, 10);
        Assert.True(result.IsProjection);
        Assert.Equal([0.02, 0.005, 0.0], result.Thresholds.Select(t => t.Value));
    }

    [Fact]
    public void A_decline_across_a_gap_is_moving_away()
    {
        var rule = YearlyRiseRule.For(2020, 2023);

        var result = rule.Assess(Years((2019, 2.0), (2020, 2.1), (2022, 1.9)), new LocalDate(2023, 1, 5));

        Assert.Equal(TargetStatus.MovingAway, result.Status);
        Assert.Contains("2021", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_any_year_ends_it_is_not_yet_due_and_a_year_without_data_is_insufficient()
    {
        Assert.Equal(TargetStatus.NotYetDue, Rise.Assess(Years((2019, 2.0)), new LocalDate(2020, 6, 1)).Status);
        var noData = Rise.Assess(Years((2019, 2.0)), new LocalDate(2021, 3, 1));
        Assert.Equal(TargetStatus.InsufficientData, noData.Status);
        Assert.Equal(CheckOutcome.NoData, noData.Checks[0].Outcome);
    }

    [Fact]
    public void Custom_growth_thresholds_are_used()
    {
        var rule = YearlyRiseRule.For(2020, 2022, ProgressThresholds.Of(0.10, 0.04, 0));

        Assert.Equal(TargetStatus.AccelerationNeeded, rule.Assess(Years((2019, 2.0), (2020, 2.1)), new LocalDate(2021, 6, 1)).Status);
    }

    private static readonly RecurringDutyRule Duty = RecurringDutyRule.Yearly(2020, 2022);

    [Fact]
    public void A_duty_is_not_yet_due_until_its_first_due_date_has_passed()
    {
        Assert.Equal(TargetStatus.NotYetDue, Duty.Assess([], new LocalDate(2020, 12, 31)).Status);
        Assert.Equal(TargetStatus.InsufficientData, Duty.Assess([], new LocalDate(2021, 1, 1)).Status);
    }

    [Fact]
    public void A_duty_done_so_far_is_on_track_and_done_every_year_achieved()
    {
        Assert.Equal(TargetStatus.OnTrack, Duty.Assess(Years((2020, 1)), new LocalDate(2021, 6, 1)).Status);
        Assert.Equal(TargetStatus.Achieved, Duty.Assess(Years((2020, 1), (2021, 1), (2022, 1)), new LocalDate(2023, 1, 1)).Status);
    }

    [Fact]
    public void A_year_not_done_is_missed_and_counted()
    {
        var result = Duty.Assess(Years((2020, 1), (2021, 0)), new LocalDate(2022, 1, 1));

        Assert.Equal(TargetStatus.Missed, result.Status);
        Assert.Equal(1, result.Shortfall);
        Assert.Equal([CheckOutcome.Passed, CheckOutcome.Failed, CheckOutcome.NotYetDue], result.Checks.Select(c => c.Outcome));
    }

    [Fact]
    public void A_custom_due_day_moves_the_due_date()
    {
        var byJune = RecurringDutyRule.Yearly(2020, 2022, new AnnualDate(6, 30));

        Assert.Equal(TargetStatus.InsufficientData, byJune.Assess([], new LocalDate(2020, 7, 1)).Status);
        Assert.Equal(new LocalDate(2021, 6, 30), byJune.DueDate(2021));
    }

    [Theory]
    [InlineData("2019-01-01", "2021-06-30")]
    [InlineData("2021-06-29", "2021-06-30")]
    [InlineData("2021-06-30", "2021-06-30")]
    [InlineData("2021-07-01", "2022-06-30")]
    [InlineData("2023-06-30", "2023-06-30")]
    [InlineData("2023-07-01", null)]
    public void A_duty_falls_due_next_on_the_first_due_date_not_yet_past(string asOf, string? expected)
    {
        var duty = RecurringDutyRule.Yearly(2021, 2023, new AnnualDate(6, 30));

        var next = duty.NextDue(NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value);

        Assert.Equal(expected, next is { } d ? NodaTime.Text.LocalDatePattern.Iso.Format(d) : null);
    }

    [Theory]
    [InlineData("2019-06-01", "2020-12-31")]
    [InlineData("2021-12-31", "2021-12-31")]
    [InlineData("2022-01-01", "2022-12-31")]
    [InlineData("2023-01-01", null)]
    public void A_rising_target_falls_due_next_at_the_end_of_the_year_being_measured(string asOf, string? expected)
    {
        var next = Rise.NextDue(NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value);

        Assert.Equal(expected, next is { } d ? NodaTime.Text.LocalDatePattern.Iso.Format(d) : null);
    }
}

public class YearlyRuleTwoValuesInOneYearTests
{
    private static readonly YearlyRiseRule Rise = YearlyRiseRule.For(2020, 2022);

    [Fact]
    public void Two_values_in_one_year_of_a_series_are_insufficient_data_not_a_crash()
    {
        DatedValue[] series = [DatedValue.OfYear(2019, 2.0), DatedValue.Of(new LocalDate(2020, 6, 30), 2.05), DatedValue.OfYear(2020, 2.1)];

        var result = Rise.Assess(series, new LocalDate(2021, 3, 1));

        Assert.Equal(TargetStatus.InsufficientData, result.Status);
        Assert.Contains("2020", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("2.05", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("2.1", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_observations_in_one_year_name_the_place_the_year_and_both_sources()
    {
        var set = ObservationSet.Of("code", [
            Observation.Of("M22-1", ObservationPeriod.OfYear(2019), 2.0, GovernmentLevel.County, "130102", "accounts 2019"),
            Observation.Of("M22-1", ObservationPeriod.OfDate(new LocalDate(2020, 6, 30)), 2.05, GovernmentLevel.County, "130102", "mid-year bulletin"),
            Observation.Of("M22-1", ObservationPeriod.OfYear(2020), 2.1, GovernmentLevel.County, "130102", "final accounts 2020"),
            Observation.Of("M22-1", ObservationPeriod.OfYear(2019), 1.0, GovernmentLevel.County, "130104", "accounts 2019"),
            Observation.Of("M22-1", ObservationPeriod.OfYear(2020), 1.2, GovernmentLevel.County, "130104", "accounts 2020"),
        ]);

        var result = Rise.Assess(set.For("M22-1"), new LocalDate(2021, 3, 1), OpenSdgRatioMethod.Default);

        Assert.Equal(TargetStatus.InsufficientData, result.Status);
        Assert.Contains("county 130102", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("2020", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("mid-year bulletin", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("final accounts 2020", result.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("130104", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_value_dated_after_the_as_of_date_does_not_count()
    {
        DatedValue[] series = [DatedValue.OfYear(2019, 2.0), DatedValue.Of(new LocalDate(2020, 6, 30), 2.05), DatedValue.OfYear(2020, 2.1)];

        var result = Rise.Assess(series, new LocalDate(2020, 7, 1));

        Assert.NotEqual(TargetStatus.InsufficientData, result.Status);
    }
}

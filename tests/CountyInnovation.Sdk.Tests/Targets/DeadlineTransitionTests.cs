using CountyInnovation.Sdk.Targets;
using NodaTime;
using NodaTime.Testing;

namespace CountyInnovation.Sdk.Tests.Targets;

/// <summary>Status across a deadline, with "today" from a fake clock in Asia/Shanghai.</summary>
public class DeadlineTransitionTests
{
    private static readonly NumericGoal Goal = NumericGoal.Reach(175, new LocalDate(2020, 12, 31));

    // Midnight at the start of a Shanghai date is 16:00 UTC the day before.
    private static FakeClock ClockOn(int year, int month, int day) =>
        new(new LocalDateTime(year, month, day, 12, 0).InZoneStrictly(AssessmentDate.DefaultTimeZone).ToInstant());

    [Theory]
    [InlineData(30, TargetStatus.OnTrack, true)] // only 2018 and 2019 are known: R = 1.084
    [InlineData(31, TargetStatus.AccelerationNeeded, true)] // the 2020 value (dated 12-31) counts: R = 0.696
    public void Before_and_on_the_deadline_the_status_is_a_projection(int day, TargetStatus expected, bool projection)
    {
        DatedValue[] series = [DatedValue.OfYear(2018, 100), DatedValue.OfYear(2019, 135), DatedValue.OfYear(2020, 150)];
        var asOf = AssessmentDate.Today(ClockOn(2020, 12, day));

        var result = OpenSdgRatioMethod.Default.Assess(Goal, series, asOf);

        Assert.Equal(expected, result.Status);
        Assert.Equal(projection, result.IsProjection);
    }

    [Fact]
    public void The_day_after_the_deadline_a_shortfall_is_missed()
    {
        DatedValue[] series = [DatedValue.OfYear(2018, 100), DatedValue.OfYear(2019, 135), DatedValue.OfYear(2020, 150)];

        var result = OpenSdgRatioMethod.Default.Assess(Goal, series, AssessmentDate.Today(ClockOn(2021, 1, 1)));

        Assert.Equal(TargetStatus.Missed, result.Status);
        Assert.Equal(25, result.Shortfall);
    }

    [Theory]
    [InlineData(2020, 12, 30)]
    [InlineData(2020, 12, 31)]
    [InlineData(2021, 1, 1)]
    public void A_target_reached_on_the_deadline_stays_achieved(int year, int month, int day)
    {
        DatedValue[] series = [DatedValue.OfYear(2018, 100), DatedValue.Of(new LocalDate(2020, 12, 30), 176)];

        var result = ProgressChartMethod.Default.Assess(Goal, series, AssessmentDate.Today(ClockOn(year, month, day)));

        Assert.Equal(TargetStatus.Achieved, result.Status);
    }

    [Fact]
    public void Today_is_taken_in_Shanghai_unless_another_zone_is_given()
    {
        // 2020-12-31T17:00Z is already 2021-01-01 01:00 in Shanghai.
        var clock = new FakeClock(Instant.FromUtc(2020, 12, 31, 17, 0));

        Assert.Equal(new LocalDate(2021, 1, 1), AssessmentDate.Today(clock));
        Assert.Equal(new LocalDate(2020, 12, 31), AssessmentDate.Today(clock, DateTimeZone.Utc));
        Assert.Equal("Asia/Shanghai", AssessmentDate.DefaultTimeZone.Id);
    }

    [Fact]
    public void A_clock_that_advances_moves_the_status_across_the_deadline()
    {
        DatedValue[] series = [DatedValue.OfYear(2018, 100), DatedValue.OfYear(2019, 135)];
        var clock = ClockOn(2020, 12, 31);
        var before = OpenSdgRatioMethod.Default.Assess(Goal, series, AssessmentDate.Today(clock));

        clock.AdvanceDays(1);
        var after = OpenSdgRatioMethod.Default.Assess(Goal, series, AssessmentDate.Today(clock));

        Assert.Equal(TargetStatus.OnTrack, before.Status);
        Assert.Equal(TargetStatus.Missed, after.Status);
        Assert.Equal(40, after.Shortfall);
    }
}

using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

public class NumericMethodTests
{
    // 175 by the end of 2020 from 100 at the end of 2018: CAGR_req = sqrt(1.75) − 1 = 0.3228756555.
    private static readonly NumericGoal Goal = NumericGoal.Reach(175, new LocalDate(2020, 12, 31));
    private static readonly LocalDate MidTerm = new(2020, 6, 30);

    private static DatedValue[] Series(double latest2019) => [DatedValue.OfYear(2018, 100), DatedValue.OfYear(2019, latest2019)];

    [Theory]
    [InlineData(135, 1.0840086, TargetStatus.OnTrack)]
    [InlineData(121, 0.6504052, TargetStatus.AccelerationNeeded)]
    [InlineData(110, 0.3097168, TargetStatus.LimitedProgress)]
    [InlineData(90, -0.3097168, TargetStatus.MovingAway)]
    public void Open_sdg_ratio_gives_every_projected_status(double latest, double ratio, TargetStatus status)
    {
        var result = OpenSdgRatioMethod.Default.Assess(Goal, Series(latest), MidTerm);

        Assert.Equal(status, result.Status);
        Assert.Equal(ratio, result.ProgressValue!.Value, 6);
        Assert.Equal(0.3228757, result.RequiredGrowth!.Value, 6);
        Assert.True(result.IsProjection);
        Assert.Equal(ProgressMethod.OpenSdgRatio, result.Method);
        Assert.Equal([0.95, 0.60, 0.0], result.Thresholds.Select(t => t.Value));
    }

    [Theory]
    [InlineData(135, 1.0966667, TargetStatus.OnTrack)] // v_e = 135·1.35 = 182.25
    [InlineData(121, 0.6188, TargetStatus.AccelerationNeeded)] // v_e = 146.41
    [InlineData(103, 0.0812, TargetStatus.LimitedProgress)] // v_e = 106.09
    [InlineData(95, -0.13, TargetStatus.MovingAway)] // v_e = 90.25
    public void Progress_chart_extrapolation_gives_every_projected_status(double latest, double quotient, TargetStatus status)
    {
        var result = ProgressChartMethod.Default.Assess(Goal, Series(latest), MidTerm);

        Assert.Equal(status, result.Status);
        Assert.Equal(quotient, result.ProgressValue!.Value, 6);
        Assert.Equal(ProgressMethod.ProgressChartExtrapolation, result.Method);
        Assert.Equal([0.95, 0.10, 0.0], result.Thresholds.Select(t => t.Value));
    }

    public static TheoryData<INumericProgressMethod> Methods => [OpenSdgRatioMethod.Default, ProgressChartMethod.Default];

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_latest_value_at_the_target_is_achieved_even_with_one_observation(INumericProgressMethod method)
    {
        var result = method.Assess(Goal, [DatedValue.OfYear(2019, 175)], MidTerm);

        Assert.Equal(TargetStatus.Achieved, result.Status);
        Assert.Equal(0, result.Shortfall);
        Assert.False(result.IsProjection);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void One_observation_short_of_the_target_is_insufficient_data(INumericProgressMethod method)
    {
        var one = method.Assess(Goal, [DatedValue.OfYear(2019, 120)], MidTerm);

        Assert.Equal(TargetStatus.InsufficientData, one.Status);
        Assert.False(one.IsProjection);
        Assert.Null(one.ProgressValue);
        Assert.Equal(TargetStatus.InsufficientData, method.Assess(Goal, [], MidTerm).Status);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void After_the_deadline_a_shortfall_is_missed(INumericProgressMethod method)
    {
        DatedValue[] series = [DatedValue.OfYear(2018, 100), DatedValue.OfYear(2020, 150)];

        var result = method.Assess(Goal, series, new LocalDate(2021, 1, 1));

        Assert.Equal(TargetStatus.Missed, result.Status);
        Assert.Equal(25, result.Shortfall);
        Assert.False(result.IsProjection);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_value_reached_only_after_the_deadline_is_still_missed(INumericProgressMethod method)
    {
        DatedValue[] series = [DatedValue.OfYear(2019, 100), DatedValue.OfYear(2020, 150), DatedValue.Of(new LocalDate(2021, 3, 1), 180)];

        var result = method.Assess(Goal, series, new LocalDate(2021, 6, 1));

        Assert.Equal(TargetStatus.Missed, result.Status);
        Assert.Equal(DatedValue.OfYear(2020, 150), result.Latest);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Before_the_start_the_target_is_not_yet_due(INumericProgressMethod method)
    {
        var goal = NumericGoal.Reach(175, new LocalDate(2020, 12, 31), start: new LocalDate(2020, 10, 16));

        Assert.Equal(TargetStatus.NotYetDue, method.Assess(goal, Series(135), new LocalDate(2020, 10, 15)).Status);
        Assert.NotEqual(TargetStatus.NotYetDue, method.Assess(goal, Series(135), new LocalDate(2020, 10, 16)).Status);
    }

    [Fact]
    public void A_zero_base_counts_as_0_001()
    {
        var goal = NumericGoal.Reach(100, new LocalDate(2020, 12, 31));
        DatedValue[] series = [DatedValue.OfYear(2018, 0), DatedValue.OfYear(2019, 10)];

        var result = OpenSdgRatioMethod.Default.Assess(goal, series, MidTerm);

        // CAGR_obs = 10/0.001 − 1 = 9999; CAGR_req = sqrt(100/0.001) − 1 = 315.2277660.
        Assert.Equal(9999, result.ObservedGrowth!.Value, 6);
        Assert.Equal(315.227766, result.RequiredGrowth!.Value, 5);
        Assert.Equal(31.7199, result.ProgressValue!.Value, 4);
        Assert.Equal(TargetStatus.OnTrack, result.Status);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_series_that_stays_at_zero_is_limited_progress_not_moving_away(INumericProgressMethod method)
    {
        var goal = NumericGoal.Reach(100, new LocalDate(2020, 12, 31));
        DatedValue[] series = [DatedValue.OfYear(2018, 0), DatedValue.OfYear(2019, 0)];

        var result = method.Assess(goal, series, MidTerm);

        Assert.Equal(0, result.ObservedGrowth);
        Assert.Equal(0, result.ProgressValue);
        Assert.Equal(TargetStatus.LimitedProgress, result.Status);
    }

    [Fact]
    public void A_decreasing_target_uses_d_equal_minus_one()
    {
        var goal = NumericGoal.Reach(50, new LocalDate(2020, 12, 31), GoalDirection.Decrease);
        DatedValue[] series = [DatedValue.OfYear(2018, 100), DatedValue.OfYear(2019, 70)];

        var result = OpenSdgRatioMethod.Default.Assess(goal, series, MidTerm);

        // R = −1·(−0.3)/|sqrt(0.5) − 1| = 0.3/0.2928932 = 1.0242641.
        Assert.Equal(1.0242641, result.ProgressValue!.Value, 6);
        Assert.Equal(TargetStatus.OnTrack, result.Status);
        Assert.Equal(TargetStatus.Achieved, OpenSdgRatioMethod.Default.Assess(goal, [DatedValue.OfYear(2019, 49)], MidTerm).Status);
    }

    [Fact]
    public void A_base_that_had_reached_the_target_and_fell_back_is_moving_away()
    {
        var goal = NumericGoal.Reach(100, new LocalDate(2020, 12, 31));
        DatedValue[] series = [DatedValue.OfYear(2018, 120), DatedValue.OfYear(2019, 90)];

        Assert.Equal(TargetStatus.MovingAway, OpenSdgRatioMethod.Default.Assess(goal, series, MidTerm).Status);
        Assert.Equal(TargetStatus.MovingAway, ProgressChartMethod.Default.Assess(goal, series, MidTerm).Status);
    }

    [Fact]
    public void Observations_after_the_as_of_date_do_not_count()
    {
        DatedValue[] series = [DatedValue.OfYear(2018, 100), DatedValue.OfYear(2019, 110), DatedValue.Of(new LocalDate(2020, 7, 1), 200)];

        Assert.Equal(TargetStatus.LimitedProgress, OpenSdgRatioMethod.Default.Assess(Goal, series, MidTerm).Status);
    }

    [Fact]
    public void A_declared_base_is_y0_even_when_earlier_observations_exist()
    {
        var doubling = NumericGoal.Doubling(DatedValue.OfYear(2017, 3174), new LocalDate(2022, 12, 31));
        DatedValue[] series = [DatedValue.OfYear(2016, 1000), DatedValue.OfYear(2019, 4570)];

        var result = OpenSdgRatioMethod.Default.Assess(doubling, series, new LocalDate(2020, 6, 1));

        // Target 6348; CAGR_obs = (4570/3174)^(1/2) − 1 = 0.1999; CAGR_req = 2^(1/5) − 1 = 0.1486984.
        Assert.Equal(6348, result.TargetValue);
        Assert.Equal(DatedValue.OfYear(2017, 3174), result.Base);
        Assert.Equal(1.34451, result.ProgressValue!.Value, 4);
        Assert.Equal(TargetStatus.OnTrack, result.Status);
        Assert.Equal(TargetStatus.NotYetDue, OpenSdgRatioMethod.Default.Assess(doubling, series, new LocalDate(2017, 6, 1)).Status);
    }

    [Fact]
    public void Two_observations_on_one_date_are_rejected()
    {
        DatedValue[] series = [DatedValue.OfYear(2018, 100), DatedValue.OfYear(2018, 101)];

        Assert.Throws<ArgumentException>(() => OpenSdgRatioMethod.Default.Assess(Goal, series, MidTerm));
    }

    [Fact]
    public void Custom_thresholds_change_the_band_and_are_reported()
    {
        var strict = OpenSdgRatioMethod.With(ProgressThresholds.Of(1.2, 0.9, 0.1));

        var result = strict.Assess(Goal, Series(135), MidTerm);

        Assert.Equal(TargetStatus.AccelerationNeeded, result.Status);
        Assert.Equal([1.2, 0.9, 0.1], result.Thresholds.Select(t => t.Value));
        Assert.Throws<ArgumentException>(() => ProgressThresholds.Of(0.5, 0.6, 0));
    }

    [Theory]
    [InlineData(0.95, TargetStatus.OnTrack)]
    [InlineData(0.9499999, TargetStatus.AccelerationNeeded)]
    [InlineData(0.60, TargetStatus.AccelerationNeeded)]
    [InlineData(0.5999999, TargetStatus.LimitedProgress)]
    [InlineData(0.0, TargetStatus.LimitedProgress)]
    [InlineData(-0.0000001, TargetStatus.MovingAway)]
    public void Each_ratio_threshold_belongs_to_the_better_band(double ratio, TargetStatus status)
    {
        Assert.Equal(status, ProgressThresholds.OpenSdgRatio.Classify(ratio));
    }

    [Theory]
    [InlineData(0.95, TargetStatus.OnTrack)]
    [InlineData(0.10, TargetStatus.AccelerationNeeded)]
    [InlineData(0.0999999, TargetStatus.LimitedProgress)]
    [InlineData(-0.0000001, TargetStatus.MovingAway)]
    public void Each_extrapolation_threshold_belongs_to_the_better_band(double quotient, TargetStatus status)
    {
        Assert.Equal(status, ProgressThresholds.ProgressChart.Classify(quotient));
    }

    [Theory]
    [InlineData(0.02, TargetStatus.OnTrack)]
    [InlineData(0.0199999, TargetStatus.AccelerationNeeded)]
    [InlineData(0.005, TargetStatus.AccelerationNeeded)]
    [InlineData(0.0049999, TargetStatus.LimitedProgress)]
    [InlineData(-0.0000001, TargetStatus.MovingAway)]
    public void Each_growth_threshold_belongs_to_the_better_band(double growth, TargetStatus status)
    {
        Assert.Equal(status, ProgressThresholds.AnnualGrowth.Classify(growth));
    }

    [Fact]
    public void A_NaN_progress_value_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgressThresholds.OpenSdgRatio.Classify(double.NaN));
        Assert.Throws<ArgumentException>(() => ProgressThresholds.Of(double.PositiveInfinity, 0.5, 0));
        Assert.Throws<ArgumentException>(() => ProgressThresholds.Of(0.5, 0.5, 0));
        Assert.Equal(TargetStatus.AccelerationNeeded, ProgressThresholds.Of(1, 0.5, 0.5).Classify(0.5));
    }
}

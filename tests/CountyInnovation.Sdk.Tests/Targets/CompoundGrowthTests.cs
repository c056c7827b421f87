using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

public class CompoundGrowthTests
{
    [Theory]
    [InlineData(121, 100, 1, 0.21)]
    [InlineData(175, 100, 2, 0.3228756555)]
    [InlineData(50, 100, 1, -0.5)]
    [InlineData(10, 0, 1, 9999)] // base 0 → 0.001
    [InlineData(0, 0, 2, 0)] // 0 → 0 is no growth, not a fall from the substitute
    [InlineData(0, 100, 3, -1)]
    public void Rate_is_the_compound_annual_growth(double latest, double baseValue, double years, double expected)
    {
        Assert.Equal(expected, CompoundGrowth.Rate(latest, baseValue, years), 9);
    }

    [Fact]
    public void Rate_rejects_a_span_that_is_not_positive_and_negative_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CompoundGrowth.Rate(1, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CompoundGrowth.Rate(-1, 1, 1));
    }

    [Fact]
    public void Years_between_counts_calendar_years_exactly()
    {
        Assert.Equal(2.0, CompoundGrowth.YearsBetween(new LocalDate(2019, 12, 31), new LocalDate(2021, 12, 31)));
        Assert.Equal(182.0 / 366, CompoundGrowth.YearsBetween(new LocalDate(2020, 1, 1), new LocalDate(2020, 7, 1)), 12);
        Assert.Equal(-1.0, CompoundGrowth.YearsBetween(new LocalDate(2021, 3, 1), new LocalDate(2020, 3, 1)));
    }

    [Fact]
    public void Status_order_runs_from_missed_to_achieved()
    {
        Assert.True(TargetStatusOrder.Compare(TargetStatus.Achieved, TargetStatus.OnTrack) > 0);
        Assert.True(TargetStatusOrder.Compare(TargetStatus.MovingAway, TargetStatus.Missed) > 0);
        Assert.Throws<ArgumentException>(() => TargetStatusOrder.Compare(TargetStatus.NotYetDue, TargetStatus.Missed));
        Assert.Equal("acceleration needed", TargetStatus.AccelerationNeeded.ToLabel());
    }

    [Theory]
    [InlineData("2021", true)]
    [InlineData("2021-06-30", false)]
    public void Observation_periods_round_trip(string text, bool isYear)
    {
        var period = ObservationPeriod.Parse(text);

        Assert.Equal(isYear, period.IsYear);
        Assert.Equal(text, period.ToString());
        Assert.False(ObservationPeriod.TryParse("2021-13-01", out _));
        Assert.False(ObservationPeriod.TryParse("21", out _));
    }
}

using System.Collections.Immutable;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

public class PlanAssessmentTests
{
    private static readonly TargetPlan Plan = TargetPlan.Of("test", [
        TrackedTarget.Create("certs", MeasureNumber.From(27), "175 e-certificates", NumericRule.For(NumericGoal.Reach(175, new LocalDate(2020, 12, 31)))),
        TrackedTarget.Create("share", MeasureNumber.From(22), "fiscal S&T share rises", YearlyRiseRule.For(2020, 2022)),
        TrackedTarget.Create("hte", MeasureNumber.From(7), "high-tech enterprises double", DoublingRule.From(2017, null, new LocalDate(2025, 12, 31))),
    ]);

    private static Observation Obs(string id, int year, double value, GovernmentLevel level = GovernmentLevel.Province, string? place = null) =>
        Observation.Of(id, ObservationPeriod.OfYear(year), value, level, place);

    [Fact]
    public void Every_target_is_assessed_with_its_rule_and_next_due_date()
    {
        var observations = ObservationSet.Of("o", [
            Obs("certs", 2019, 100), Obs("certs", 2020, 150),
            Obs("share", 2019, 2.0), Obs("share", 2020, 2.1),
            Obs("hte", 2017, 3174), Obs("hte", 2019, 4570),
        ]);

        var result = PlanAssessment.Of(Plan, observations, new LocalDate(2021, 6, 1));

        Assert.Equal([TargetStatus.Missed, TargetStatus.OnTrack, TargetStatus.OnTrack], result.Targets.Select(t => t.Status));
        Assert.True(result.Targets[0].IsOverdue);
        Assert.Null(result.Targets[0].NextDue);
        Assert.Equal(new LocalDate(2021, 12, 31), result.Targets[1].NextDue);
        Assert.Equal(new LocalDate(2025, 12, 31), result.Targets[2].NextDue);
        Assert.Equal(1, result.CountByStatus[TargetStatus.Missed]);
    }

    [Fact]
    public void An_achieved_target_has_nothing_falling_due()
    {
        var observations = ObservationSet.Of("o", [
            Obs("certs", 2019, 100), Observation.Of("certs", ObservationPeriod.OfDate(new LocalDate(2020, 6, 30)), 180),
            Obs("hte", 2017, 3174), Obs("hte", 2020, 6400),
        ]);

        var result = PlanAssessment.Of(Plan, observations, new LocalDate(2020, 7, 1));
        var later = PlanAssessment.Of(Plan, observations, new LocalDate(2021, 1, 1));

        Assert.Equal(TargetStatus.Achieved, result.Targets[0].Status);
        Assert.Null(result.Targets[0].NextDue);
        Assert.Equal(TargetStatus.Achieved, later.Targets[2].Status);
        Assert.Null(later.Targets[2].NextDue);
        Assert.Equal(new LocalDate(2020, 12, 31), result.Targets[1].NextDue);
    }

    [Fact]
    public void A_rising_target_must_rise_in_every_county_observed()
    {
        var observations = ObservationSet.Of("o", [
            Obs("share", 2019, 2.0, GovernmentLevel.County, "130102"), Obs("share", 2020, 2.1, GovernmentLevel.County, "130102"),
            Obs("share", 2019, 3.0, GovernmentLevel.County, "130104"), Obs("share", 2020, 2.9, GovernmentLevel.County, "130104"),
        ]);

        var result = PlanAssessment.Of(Plan, observations, new LocalDate(2021, 6, 1)).Targets[1].Result;

        Assert.Equal(TargetStatus.Missed, result.Status);
        Assert.Contains("county 130104", result.Explanation, StringComparison.Ordinal);
        Assert.Contains(result.Checks, c => c.Subject == "county 130104 2020" && c.Outcome == CheckOutcome.Failed);
    }

    [Fact]
    public void Without_province_data_a_numeric_target_must_be_met_by_every_place_at_the_top_level()
    {
        var observations = ObservationSet.Of("o", [
            Obs("certs", 2020, 180, GovernmentLevel.City, "石家庄市"),
            Obs("certs", 2020, 150, GovernmentLevel.City, "唐山市"),
            Obs("certs", 2020, 10, GovernmentLevel.County, "130102"),
        ]);

        var result = PlanAssessment.Of(Plan, observations, new LocalDate(2021, 6, 1)).Targets[0].Result;

        Assert.Equal(TargetStatus.Missed, result.Status);
        Assert.Equal(25, result.Shortfall);
        Assert.Contains("city 唐山市", result.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("130102", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_worst_place_brings_all_its_numbers_into_the_combined_projection()
    {
        var observations = ObservationSet.Of("o", [
            Obs("certs", 2018, 100, GovernmentLevel.City, "石家庄市"), Obs("certs", 2019, 135, GovernmentLevel.City, "石家庄市"),
            Obs("certs", 2018, 100, GovernmentLevel.City, "唐山市"), Obs("certs", 2019, 110, GovernmentLevel.City, "唐山市"),
        ]);

        var result = PlanAssessment.Of(Plan, observations, new LocalDate(2020, 6, 30)).Targets[0].Result;

        // 唐山市: R = 0.1/0.3228757 = 0.3097168 (limited progress); 石家庄市 is on track.
        Assert.Equal(TargetStatus.LimitedProgress, result.Status);
        Assert.Equal(0.3097168, result.ProgressValue!.Value, 6);
        Assert.Equal(0.1, result.ObservedGrowth!.Value, 9);
        Assert.Equal(0.3228757, result.RequiredGrowth!.Value, 6);
        Assert.Equal(175, result.TargetValue);
        Assert.Equal(DatedValue.OfYear(2019, 110), result.Latest);
    }

    [Fact]
    public void A_doubling_without_a_baseline_value_is_insufficient_data()
    {
        var result = PlanAssessment.Of(Plan, ObservationSet.Of("o", [Obs("hte", 2019, 4570)]), new LocalDate(2021, 6, 1));

        Assert.Equal(TargetStatus.InsufficientData, result.Targets[2].Status);
        Assert.Contains("baseline", result.Targets[2].Result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clock_overload_takes_today_in_Shanghai()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2020, 12, 31, 17, 0));

        var result = PlanAssessment.Of(Plan, ObservationSet.Empty, clock);

        Assert.Equal(new LocalDate(2021, 1, 1), result.AsOf);
        Assert.Equal("OpenSdgRatio", result.NumericMethod);
    }

    [Fact]
    public void Plans_reject_duplicate_and_malformed_ids()
    {
        var rule = NumericRule.For(NumericGoal.Reach(1, new LocalDate(2020, 12, 31)));
        Assert.Throws<ArgumentException>(() => TargetPlan.Of("p", [TrackedTarget.Create("a", null, "x", rule), TrackedTarget.Create("a", null, "y", rule)]));
        Assert.Throws<ArgumentException>(() => TrackedTarget.Create("a b", null, "x", rule));
        Assert.Equal(ImmutableArray.Create("certs", "share", "hte").Order(), Plan.Ids.Order());
    }

    [Fact]
    public void A_doubling_of_zero_is_rejected_when_declared_and_insufficient_data_when_observed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DoublingRule.From(2017, 0, new LocalDate(2025, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumericGoal.Doubling(DatedValue.OfYear(2017, 0), new LocalDate(2025, 12, 31)));

        var result = PlanAssessment.Of(Plan, ObservationSet.Of("o", [Obs("hte", 2017, 0), Obs("hte", 2019, 0)]), new LocalDate(2021, 6, 1));

        Assert.Equal(TargetStatus.InsufficientData, result.Targets[2].Status);
        Assert.Contains("only a positive value can double", result.Targets[2].Result.Explanation, StringComparison.Ordinal);
    }
}

using CountyInnovation.Sdk.Accountability;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Accountability;

public class UnitReportTests
{
    private static readonly LocalDate MidPlan = new(2023, 6, 30);

    private static UnitReport Report(string unit, ObservationSet? observations = null, LocalDate? asOf = null) =>
        UnitReport.For(ResponsibleUnits.Get(unit), PolicyCatalogue.Hebei2020, PolicyTargets.Hebei2020, observations ?? IllustrativeObservations.Hebei2020, asOf ?? MidPlan);

    [Fact]
    public void The_science_department_leads_the_evaluation_and_the_doubling()
    {
        var report = Report("省科技厅");

        Assert.Equal(10, report.Measures.Length);
        Assert.All(report.Measures, a => Assert.True(a.IsRoleInferred));
        Assert.Equal(["M1-1", "M7-1"], report.Targets.Select(t => t.Target.Id));
        Assert.All(report.Targets, t => Assert.Equal(UnitRole.Lead, t.Assignment.Role));
        Assert.Equal("province-wide", report.Targets[0].Scope);
        Assert.True(report.IsIllustrative);
    }

    [Fact]
    public void An_achieved_target_is_not_listed_as_falling_due()
    {
        var doubled = ObservationSet.Of("doubled", [
            Observation.Of("M7-1", ObservationPeriod.OfYear(2017), 3174),
            Observation.Of("M7-1", ObservationPeriod.OfYear(2022), 6500),
        ]);

        var report = Report("省科技厅", doubled);

        var m7 = Assert.Single(report.Targets, t => t.Target.Id == "M7-1");
        Assert.Equal(TargetStatus.Achieved, m7.Status);
        Assert.Null(m7.NextDue);
        Assert.DoesNotContain(report.DueNext, t => t.Target.Id == "M7-1");
    }

    [Fact]
    public void Overdue_and_due_next_follow_the_date()
    {
        var report = Report("省教育厅", asOf: new LocalDate(2026, 1, 1));

        Assert.Equal(["M19-1", "M19-3"], report.Overdue.Select(t => t.Target.Id));
        Assert.Empty(report.DueNext);
        var earlier = Report("省教育厅");
        Assert.Empty(earlier.Overdue);
        Assert.Equal(["M19-1", "M19-2", "M19-3", "M24-1"], earlier.DueNext.Select(t => t.Target.Id));
        Assert.All(earlier.DueNext, t => Assert.Equal(new LocalDate(2025, 12, 31), t.NextDue));
    }

    [Fact]
    public void A_city_government_answers_for_the_collective_measures_on_its_own_data()
    {
        var tangshan = Report("唐山市政府");
        var baoding = Report("保定市政府");

        Assert.Equal([2, 3, 15, 20, 21, 22], tangshan.Measures.Select(a => a.Measure.Value));
        Assert.All(tangshan.Measures, a => Assert.Equal("各市政府", a.Unit.ShortNameZh));
        var m22 = tangshan.Targets.Single(t => t.Target.Id == "M22-1");
        Assert.Equal("唐山市", m22.Scope);
        Assert.Equal(TargetStatus.Missed, m22.Status);
        Assert.StartsWith("province-wide (no data for 保定市)", baoding.Targets.Single(t => t.Target.Id == "M22-1").Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void The_collective_lists_each_measure_once_and_one_status_per_city()
    {
        var report = Report("各市政府");

        Assert.Equal([2, 3, 15, 20, 21, 22], report.Measures.Select(a => a.Measure.Value));
        var m22 = report.Targets.Single(t => t.Target.Id == "M22-1");
        Assert.Equal(11, m22.Cities.Length);
        Assert.Equal(TargetStatus.OnTrack, m22.Cities[0].Result.Status);
        Assert.Equal("石家庄市", m22.Cities[0].City.NameZh);
        Assert.Equal(TargetStatus.Missed, m22.Cities[1].Result.Status);
        Assert.All(m22.Cities.Skip(2), c => Assert.Equal(TargetStatus.InsufficientData, c.Result.Status));
        Assert.Empty(report.Targets.Single(t => t.Target.Id == "M3-1").Cities);
    }

    [Fact]
    public void City_level_observations_count_for_their_city_by_name_or_code()
    {
        var observations = ObservationSet.Of("o", [
            Observation.Of("M3-1", ObservationPeriod.OfYear(2021), 0, GovernmentLevel.City, "130200"),
            Observation.Of("M3-1", ObservationPeriod.OfYear(2021), 1, GovernmentLevel.City, "石家庄市"),
        ]);

        var tangshan = Report("唐山市政府", observations, new LocalDate(2022, 3, 1)).Targets.Single(t => t.Target.Id == "M3-1");
        var shijiazhuang = Report("石家庄市政府", observations, new LocalDate(2022, 3, 1)).Targets.Single(t => t.Target.Id == "M3-1");

        Assert.Equal(TargetStatus.Missed, tangshan.Status);
        Assert.Equal("唐山市", tangshan.Scope);
        Assert.Equal(TargetStatus.InsufficientData, shijiazhuang.Status); // 2019 and 2020 have no evidence
        Assert.Equal("石家庄市", shijiazhuang.Scope);
    }

    [Fact]
    public void Every_unit_gets_a_report()
    {
        var all = UnitReport.ForAll(PolicyCatalogue.Hebei2020, PolicyTargets.Hebei2020, IllustrativeObservations.Hebei2020, MidPlan);

        Assert.Equal(PolicyCatalogue.Hebei2020.Responsibilities.Units.Length, all.Length);
        Assert.Equal(10, all.SelectMany(r => r.Targets).Where(t => t.Assignment.Role == UnitRole.Lead).Select(t => t.Target.Id).Distinct().Count());
    }

    [Fact]
    public void A_county_name_two_cities_share_is_given_to_neither_but_its_code_is()
    {
        // 桥西区 is both 130104 (石家庄市) and 130703 (张家口市).
        var byName = ObservationSet.Of("o", [
            Observation.Of("M22-1", ObservationPeriod.OfYear(2021), 2.0, GovernmentLevel.County, "桥西区"),
            Observation.Of("M22-1", ObservationPeriod.OfYear(2022), 1.0, GovernmentLevel.County, "桥西区"),
        ]);
        var byCode = ObservationSet.Of("o", [
            Observation.Of("M22-1", ObservationPeriod.OfYear(2021), 2.0, GovernmentLevel.County, "130703"),
            Observation.Of("M22-1", ObservationPeriod.OfYear(2022), 1.0, GovernmentLevel.County, "130703"),
        ]);

        string Scope(string unit, ObservationSet o) => Report(unit, o).Targets.Single(t => t.Target.Id == "M22-1").Scope;

        Assert.StartsWith("province-wide", Scope("石家庄市政府", byName), StringComparison.Ordinal);
        Assert.StartsWith("province-wide", Scope("张家口市政府", byName), StringComparison.Ordinal);
        Assert.Equal("张家口市", Scope("张家口市政府", byCode));
        Assert.StartsWith("province-wide", Scope("石家庄市政府", byCode), StringComparison.Ordinal);
    }
}

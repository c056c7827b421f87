using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Targets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

public class TargetTests
{
    private static readonly PolicyDocument Document = PolicyCatalogue.Hebei2020;

    private static Target[] Of(int measure) => [.. Document.Measure(MeasureNumber.From(measure)).Targets];

    [Fact]
    public void Measure_19_has_three_quantities_by_2025()
    {
        var targets = Of(19).Cast<QuantityTarget>().ToArray();
        Assert.Equal([25m, 4m, 30m], targets.Select(t => t.Quantity));
        Assert.All(targets, t => Assert.Equal(new LocalDate(2025, 12, 31), t.By.Date));
        Assert.All(targets, t => Assert.True(t.By.IsInferred));
        Assert.All(targets, t => Assert.Equal("到2025年", t.By.PhraseZh));
        Assert.All(targets, t => Assert.Equal(TargetDirection.AtLeast, t.Direction));
        Assert.Equal("colleges", targets[0].Unit);
    }

    [Fact]
    public void Measure_24_has_35_centres_by_2025()
    {
        var target = Assert.IsType<QuantityTarget>(Assert.Single(Of(24)));
        Assert.Equal(35m, target.Value);
        Assert.Equal(new LocalDate(2025, 12, 31), target.Deadline!.Value.Date);
    }

    [Fact]
    public void Measure_27_has_a_standing_threshold_and_175_certificates_by_end_2020()
    {
        var targets = Of(27);
        var threshold = Assert.IsType<ThresholdTarget>(targets[0]);
        Assert.Equal(Percentage.From(95), threshold.Threshold);
        Assert.Equal([GovernmentLevel.Province, GovernmentLevel.City, GovernmentLevel.County], threshold.Levels.AsEnumerable());
        Assert.Null(threshold.Deadline);
        Assert.Equal(TargetKind.StandingThreshold, threshold.Kind);
        var certificates = Assert.IsType<QuantityTarget>(targets[1]);
        Assert.Equal(175m, certificates.Quantity);
        Assert.Equal(new LocalDate(2020, 12, 31), certificates.By.Date);
        Assert.Equal("2020年底前", certificates.By.PhraseZh);
    }

    [Fact]
    public void Measure_22_is_a_share_rising_every_year_of_the_plan()
    {
        var target = Assert.IsType<RisingShareTarget>(Assert.Single(Of(22)));
        Assert.Equal(TargetDirection.RisingEachYear, target.Direction);
        Assert.Equal(Enumerable.Range(2019, 7), target.Horizon.CalendarYears);
        Assert.Null(target.Value);
        Assert.Null(target.Deadline);
    }

    [Fact]
    public void Measure_7_doubles_against_documented_defaults_that_can_be_replaced()
    {
        var target = Assert.IsType<DoublingTarget>(Assert.Single(Of(7)));
        Assert.Equal(2m, target.Factor);
        Assert.Equal(2017, target.BaselineYear);
        Assert.Equal(3174m, target.BaselineValue);
        Assert.Equal(6348m, target.Goal);
        Assert.True(target.Deadline!.Value.IsInferred);
        Assert.Equal(new LocalDate(2025, 12, 31), target.Deadline.Value.Date);
        var replaced = target.WithBaseline(2019, null).WithDeadline(Deadline.On(new LocalDate(2022, 12, 31)));
        Assert.Null(replaced.Goal);
        Assert.Equal(2019, replaced.BaselineYear);
        Assert.NotEqual(target, replaced);
        Assert.Throws<ArgumentException>(() => target.WithBaseline(2026, 1m));
    }

    [Fact]
    public void Measures_1_and_3_are_recurring_duties()
    {
        var yearly = Assert.IsType<RecurringDutyTarget>(Assert.Single(Of(1)));
        Assert.Equal(TargetKind.YearlyDuty, yearly.Kind);
        Assert.True(yearly.IsYearly);
        var supervision = Assert.IsType<RecurringDutyTarget>(Assert.Single(Of(3)));
        Assert.Equal(TargetKind.RecurringSupervision, supervision.Kind);
        Assert.Equal(TargetDirection.Performed, supervision.Direction);
    }

    [Theory]
    [InlineData("到2025年", 2025)]
    [InlineData("2020年底前", 2020)]
    [InlineData("2020年底", 2020)]
    [InlineData("到2025年底", 2025)]
    public void Deadline_phrases_mean_the_end_of_the_year(string phrase, int year)
    {
        var deadline = Deadline.FromPhrase(phrase);
        Assert.Equal(new LocalDate(year, 12, 31), deadline.Date);
        Assert.True(deadline.IsInferred);
    }

    [Theory]
    [InlineData("明年")]
    [InlineData("到25年")]
    [InlineData("2025-12-31")]
    [InlineData("到２０２５年")] // full-width digits
    [InlineData("到٢٠٢٥年")] // Arabic-Indic digits
    [InlineData("२०२५年底前")] // Devanagari digits
    public void Other_phrases_are_rejected(string phrase)
    {
        var e = Assert.Throws<FormatException>(() => Deadline.FromPhrase(phrase));
        Assert.Contains("is not a deadline phrase", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_passes_the_day_after()
    {
        var deadline = Deadline.FromPhrase("2020年底前");
        Assert.False(deadline.HasPassed(new LocalDate(2020, 12, 31)));
        Assert.True(deadline.HasPassed(new LocalDate(2021, 1, 1)));
    }

    private static Arbitrary<LocalDate> Dates => Gen.Choose(0, 365 * 200).Select(d => new LocalDate(1950, 1, 1).PlusDays(d)).ToArbitrary();

    [Property]
    public Property Stated_deadlines_round_trip_and_order_by_date() =>
        Prop.ForAll(Dates, Dates, (a, b) =>
            Deadline.Parse(Deadline.On(a).ToString()) == Deadline.On(a)
            && Math.Sign(Deadline.On(a).CompareTo(Deadline.On(b))) == Math.Sign(a.CompareTo(b)));

    [Property]
    public Property Plan_horizons_round_trip_and_contain_their_ends() =>
        Prop.ForAll(Dates, Dates, (a, b) =>
        {
            var horizon = PlanHorizon.From(a <= b ? a : b, a <= b ? b : a);
            return PlanHorizon.Parse(horizon.ToString()) == horizon
                && horizon.Contains(a) && horizon.Contains(b)
                && !horizon.Contains(horizon.End.PlusDays(1))
                && horizon.ToDateInterval().Length == Period.Between(horizon.Start, horizon.End, PeriodUnits.Days).Days + 1;
        });

    [Fact]
    public void A_horizon_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => PlanHorizon.From(new LocalDate(2025, 1, 1), new LocalDate(2019, 1, 1)));
        Assert.False(PlanHorizon.TryParse("2025-01-01..2019-01-01", out _));
        Assert.Throws<FormatException>(() => PlanHorizon.Parse("2019..2025"));
    }

    [Fact]
    public void A_target_must_quote_its_measure()
    {
        var section = Document.Section(SectionNumber.From(1));
        var m1 = Document.Measure(MeasureNumber.From(1));
        var stray = QuantityTarget.Create(MeasureNumber.From(1), "x", "x", "不在原文中的话", 1m, "things", "个", Deadline.FromPhrase("到2025年"));
        var e = Assert.Throws<ArgumentException>(() => Measure.Create(m1.Number, section, m1.TextZh, m1.TextEn, m1.ResponsibilityClauseZh, m1.ResponsibleUnits, m1.CitedDocuments, [stray]));
        Assert.Contains("not in the measure's text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_targets_are_rejected()
    {
        var one = MeasureNumber.From(1);
        var by = Deadline.FromPhrase("到2025年");
        Assert.ThrowsAny<ArgumentException>(() => QuantityTarget.Create(one, "x", "x", "x", 0m, "u", "个", by));
        Assert.ThrowsAny<ArgumentException>(() => QuantityTarget.Create(one, " ", "x", "x", 1m, "u", "个", by));
        Assert.ThrowsAny<ArgumentException>(() => ThresholdTarget.Create(one, "x", "x", "x", Percentage.From(95), []));
        Assert.ThrowsAny<ArgumentException>(() => ThresholdTarget.Create(one, "x", "x", "x", Percentage.From(95), [GovernmentLevel.City, GovernmentLevel.City]));
    }
}

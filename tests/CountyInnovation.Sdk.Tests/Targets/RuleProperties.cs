using CountyInnovation.Sdk.Targets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

/// <summary>Laws of the yearly, threshold and growth rules.</summary>
public class RuleProperties
{
    public sealed record Series(double[] Values, int Raise, double By, int AsOfYear);

    public static class Arbs
    {
        public static Arbitrary<Series> Series()
        {
            var gen =
                from length in Gen.Choose(2, 8)
                from values in Gen.ArrayOf(Gen.Choose(1, 400).Select(i => i / 10.0), length)
                from raise in Gen.Choose(0, length - 1)
                from step in Gen.Choose(1, 50).Select(i => i / 10.0)
                from asOf in Gen.Choose(2018, 2028)
                select new Series(values, raise, step, asOf);
            return gen.ToArbitrary();
        }
    }

    private static bool NotWorse(TargetStatus before, TargetStatus after) =>
        !before.IsAssessed() || !after.IsAssessed() || TargetStatusOrder.Compare(after, before) >= 0;

    [Property(Arbitrary = [typeof(Arbs)], MaxTest = 300)]
    public bool Raising_the_last_value_of_a_rising_series_never_worsens_it(Series s)
    {
        var rule = YearlyRiseRule.For(2019, 2018 + s.Values.Length - 1);
        DatedValue[] Points(double[] v) => [.. v.Select((x, i) => DatedValue.OfYear(2018 + i, x))];
        var raised = (double[])s.Values.Clone();
        raised[^1] += s.By;
        var asOf = new LocalDate(s.AsOfYear, 6, 30);

        return NotWorse(rule.Assess(Points(s.Values), asOf).Status, rule.Assess(Points(raised), asOf).Status);
    }

    [Property(Arbitrary = [typeof(Arbs)], MaxTest = 300)]
    public bool Raising_any_place_never_worsens_a_standing_threshold(Series s)
    {
        var rule = StandingThresholdRule.AtLeast(20, [GovernmentLevel.County]);
        Observation[] Places(double[] v) => [.. v.Select((x, i) => Observation.Of("t", ObservationPeriod.OfYear(2020), x, GovernmentLevel.County, $"13010{i}"))];
        var raised = (double[])s.Values.Clone();
        raised[s.Raise] += s.By;
        var asOf = new LocalDate(2021, 1, 1);

        return NotWorse(rule.Assess(Places(s.Values), asOf).Status, rule.Assess(Places(raised), asOf).Status);
    }

    [Property(MaxTest = 300)]
    public bool Growth_recovers_the_rate_it_was_built_with(PositiveInt baseValue, byte percent, byte years)
    {
        var g = percent / 100.0;
        var t = 1 + (years % 10);
        var latest = baseValue.Get * Math.Pow(1 + g, t);
        return Math.Abs(CompoundGrowth.Rate(latest, baseValue.Get, t) - g) < 1e-9;
    }

    [Property(MaxTest = 300)]
    public bool Periods_round_trip_through_text(int dayOffset, bool isYear)
    {
        var date = new LocalDate(1950, 1, 1).PlusDays(Math.Abs(dayOffset % 90000));
        var period = isYear ? ObservationPeriod.OfYear(date.Year) : ObservationPeriod.OfDate(date);
        return ObservationPeriod.Parse(period.ToString()) == period;
    }
}

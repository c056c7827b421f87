using CountyInnovation.Sdk.Targets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

/// <summary>A better latest observation never gives a worse status, whatever the method or date.</summary>
public class MonotonicityProperties
{
    public sealed record Case(double Base, double Worse, double Better, double Target, int AsOfOffsetDays, bool Decrease, bool Chart);

    public static class Arbs
    {
        public static Arbitrary<Case> Cases()
        {
            var value = Gen.Choose(0, 4000).Select(i => i / 2.0);
            var gen =
                from b in value
                from x in value
                from y in value
                from target in Gen.Choose(0, 6000).Select(i => i / 2.0)
                from offset in Gen.Choose(-400, 800)
                from decrease in ArbMap.Default.GeneratorFor<bool>()
                from chart in ArbMap.Default.GeneratorFor<bool>()
                select new Case(b, Math.Min(x, y), Math.Max(x, y), target, offset, decrease, chart);
            return gen.ToArbitrary();
        }
    }

    [Property(Arbitrary = [typeof(Arbs)], MaxTest = 500)]
    public bool A_better_latest_value_never_gives_a_worse_status(Case c)
    {
        var (a, b) = Statuses(c);
        return !a.IsAssessed() || !b.IsAssessed() || TargetStatusOrder.Compare(b, a) >= 0;
    }

    [Fact]
    public void The_monotonicity_property_mostly_compares_two_different_assessed_statuses()
    {
        // Guards against a vacuous property: if the generator drifted so that most cases were not
        // assessed (or never differed), the law above would pass without testing anything.
        var cases = Arbs.Cases().Generator.Sample(1000, 1000);
        Assert.Equal(1000, cases.Length);
        var pairs = cases.Select(Statuses).Where(p => p.Worse.IsAssessed() && p.Better.IsAssessed()).ToList();

        Assert.True(pairs.Count >= 600, $"only {pairs.Count} of 1000 cases had both statuses assessed: " + string.Join(", ", cases.Select(Statuses).GroupBy(p => p).Select(g => $"{g.Key}={g.Count()}")));
        Assert.True(pairs.Count(p => p.Worse != p.Better) >= 100, "too few cases where the better value changes the status");
    }

    private static (TargetStatus Worse, TargetStatus Better) Statuses(Case c)
    {
        var deadline = new LocalDate(2022, 12, 31);
        var direction = c.Decrease ? GoalDirection.Decrease : GoalDirection.Increase;
        var goal = NumericGoal.Reach(c.Target, deadline, direction);
        INumericProgressMethod method = c.Chart ? ProgressChartMethod.Default : OpenSdgRatioMethod.Default;
        var asOf = new LocalDate(2021, 12, 31).PlusDays(c.AsOfOffsetDays);
        var (worse, better) = c.Decrease ? (c.Better, c.Worse) : (c.Worse, c.Better);

        TargetStatus StatusWith(double latest) =>
            method.Assess(goal, [DatedValue.OfYear(2019, c.Base), DatedValue.OfYear(2020, latest)], asOf).Status;

        return (StatusWith(worse), StatusWith(better));
    }

    [Property(Arbitrary = [typeof(Arbs)], MaxTest = 300)]
    public bool With_two_observations_before_the_deadline_every_status_is_assessed(Case c)
    {
        var goal = NumericGoal.Reach(c.Target + 1, new LocalDate(2022, 12, 31));
        var result = OpenSdgRatioMethod.Default.Assess(goal, [DatedValue.OfYear(2019, c.Base + 1), DatedValue.OfYear(2020, c.Better)], new LocalDate(2021, 6, 1));
        return result.Status.IsAssessed() && result.Thresholds.Length == 3;
    }
}

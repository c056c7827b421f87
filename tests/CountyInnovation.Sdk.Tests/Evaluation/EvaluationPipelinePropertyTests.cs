using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Evaluation;

/// <summary>Laws of the pipeline under the default method, on random small panels (two years, three indicators with goalposts).</summary>
public class EvaluationPipelinePropertyTests
{
    private static readonly IndicatorFramework Framework = SmallPanels.Framework(withGoalposts: true);
    private static readonly EvaluationPipeline Default = EvaluationPipeline.Create(Framework, MethodConfiguration.Default);
    private static readonly EvaluationYear Year = EvaluationYear.Of(2021);

    /// <summary>n counties × 3 indicators × 2 years (2019, 2020) on a coarse grid; NaN now and then when <paramref name="gaps"/>.</summary>
    public sealed record Case(int N, double[] Values, int Seed);

    private static Gen<Case> Cases(bool gaps) =>
        from n in Gen.Choose(2, 24)
        from values in Gen.Frequency((gaps ? 1 : 0, Gen.Constant(double.NaN)), (12, Gen.Choose(0, 45).Select(v => (double)v))).ArrayOf(n * 3 * 2)
        from seed in Gen.Choose(0, int.MaxValue)
        select new Case(n, values, seed);

    private static EvaluationResult Evaluate(Case c, int[]? order = null)
    {
        var counties = SmallPanels.Counties(c.N);
        order ??= [.. Enumerable.Range(0, c.N)];
        var listed = order.Select(i => counties[i]).ToList();
        (string, double[][])[] columns =
        [
            ("a", Years(c, 0, order)),
            ("b", Years(c, 1, order)),
            ("c", Years(c, 2, order)),
        ];
        return Default.Evaluate(SmallPanels.Panel([2019, 2020], listed, false, columns), Year);
    }

    private static double[][] Years(Case c, int indicator, int[] order) =>
        [.. Enumerable.Range(0, 2).Select(y => order.Select(i => c.Values[(((indicator * 2) + y) * c.N) + i]).ToArray())];

    private static int[] Shuffle(int n, int seed)
    {
        var order = Enumerable.Range(0, n).ToArray();
        var random = new Random(seed);
        random.Shuffle(order);
        return order;
    }

    [Property(MaxTest = 60)]
    public Property Permuting_counties_changes_no_county_score_or_rank() =>
        Prop.ForAll(Cases(gaps: true).ToArbitrary(), c =>
        {
            var original = Evaluate(c);
            var permuted = Evaluate(c, Shuffle(c.N, c.Seed));
            return original.Counties.All(x =>
            {
                var y = permuted.Find(x.Code)!;
                return x.Rank == y.Rank && x.Class == y.Class && Close(x.Score, y.Score);
            });
        });

    [Property(MaxTest = 60)]
    public Property Counties_with_equal_values_get_equal_scores_and_ranks() =>
        Prop.ForAll(Cases(gaps: false).ToArbitrary(), c =>
        {
            // Copy county 0's values onto the last county.
            var values = (double[])c.Values.Clone();
            for (var block = 0; block < 6; block++)
            {
                values[(block * c.N) + c.N - 1] = values[block * c.N];
            }

            var result = Evaluate(c with { Values = values });
            var first = result.Counties[0];
            var last = result.Counties[^1];
            return first.Score == last.Score && first.Rank == last.Rank && first.Class == last.Class;
        });

    [Property(MaxTest = 60)]
    public Property The_score_never_falls_when_an_indicator_improves_in_its_direction() =>
        Prop.ForAll(Cases(gaps: false).ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), Gen.Choose(1, 20).ToArbitrary(), (c, indicator, step) =>
        {
            var county = c.Seed % c.N;
            var values = (double[])c.Values.Clone();
            var cell = (((indicator * 2) + 1) * c.N) + county; // data year 2020
            values[cell] += indicator == 1 ? -step : step;      // b is less-is-better
            var before = Evaluate(c).Counties[county].Score!.Value;
            var after = Evaluate(c with { Values = values }).Counties[county].Score!.Value;
            return after >= before - 1e-12;
        });

    [Property(MaxTest = 60)]
    public Property Classes_and_ranks_follow_the_scores() =>
        Prop.ForAll(Cases(gaps: true).ToArbitrary(), c =>
        {
            var result = Evaluate(c);
            var thresholds = result.Method.ClassThresholds;
            return result.Counties.All(x =>
                x.Class == thresholds.Classify(x.Score)
                && (x.Score is null) == (x.Rank is null)
                && (x.Score is not { } s || x.Rank == 1 + result.Counties.Count(o => o.Score > s))
                && (x.Score is null || (x.Score >= 0 && x.Score <= 100)));
        });

    [Property(MaxTest = 30)]
    public Property Evaluation_is_deterministic_whatever_the_thread() =>
        Prop.ForAll(Cases(gaps: true).ToArbitrary(), c =>
        {
            var reference = Evaluate(c);
            var results = new EvaluationResult[4];
            Parallel.For(0, results.Length, i => results[i] = Evaluate(c));
            return results.All(r => r.Equals(reference));
        });

    private static bool Close(double? x, double? y) =>
        (x, y) switch
        {
            (null, null) => true,
            ({ } a, { } b) => Math.Abs(a - b) <= 1e-9,
            _ => false,
        };
}

using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Aggregation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Scoring;

public class AggregationPropertyTests
{
    private static readonly IAggregation[] Means =
        [ArithmeticAggregation.Instance, GeometricAggregation.Instance, HarmonicAggregation.Instance, GeneralisedMeanAggregation.Create(2)];

    private static double[] Run(IAggregation m, double[][] rows, double[] w)
    {
        var k = w.Length;
        var y = new double[rows.Length];
        m.Aggregate(ScoringGenerators.ColumnMajor(rows, k), rows.Length, w, AggregationOptions.Default, y);
        return y;
    }

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Means_lie_between_the_smallest_and_largest_available_component((double[][] Rows, double[] Weights) input) =>
        Prop.ToProperty(Means.All(m =>
        {
            var y = Run(m, input.Rows, input.Weights);
            return input.Rows.Select((row, i) =>
            {
                var available = row.Where((v, j) => !double.IsNaN(v) && input.Weights[j] > 0).ToArray();
                return available.Length == 0
                    ? double.IsNaN(y[i])
                    : y[i] >= available.Min() - 1e-9 && y[i] <= available.Max() + 1e-9;
            }).All(ok => ok);
        }));

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Harmonic_le_geometric_le_arithmetic((double[][] Rows, double[] Weights) input)
    {
        var h = Run(HarmonicAggregation.Instance, input.Rows, input.Weights);
        var g = Run(GeometricAggregation.Instance, input.Rows, input.Weights);
        var a = Run(ArithmeticAggregation.Instance, input.Rows, input.Weights);
        return Prop.ToProperty(Enumerable.Range(0, h.Length).All(i =>
            double.IsNaN(a[i]) || (h[i] <= g[i] * (1 + 1e-12) && g[i] <= a[i] * (1 + 1e-12))));
    }

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Raising_one_component_never_lowers_a_mean((double[][] Rows, double[] Weights) input)
    {
        var raised = input.Rows.Select(r => r.Select((v, j) => j == 0 && !double.IsNaN(v) ? v + 1 : v).ToArray()).ToArray();
        return Prop.ToProperty(Means.All(m =>
        {
            var before = Run(m, input.Rows, input.Weights);
            var after = Run(m, raised, input.Weights);
            return before.Zip(after).All(p => double.IsNaN(p.First) || p.Second >= p.First - 1e-9);
        }));
    }

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Permuting_units_permutes_every_aggregation((double[][] Rows, double[] Weights) input)
    {
        var reversed = input.Rows.Reverse().ToArray();
        IAggregation[] all = [.. Means, CopelandAggregation.Instance, TopsisAggregation.Instance];
        return Prop.ToProperty(all.All(m =>
        {
            var y = Run(m, input.Rows, input.Weights);
            var z = Run(m, reversed, input.Weights);
            var n = y.Length;
            return Enumerable.Range(0, n).All(i => (double.IsNaN(y[i]) && double.IsNaN(z[n - 1 - i])) || Math.Abs(y[i] - z[n - 1 - i]) <= 1e-9);
        }));
    }

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Equal_rows_get_equal_scores_and_the_result_is_deterministic((double[][] Rows, double[] Weights) input)
    {
        var doubled = input.Rows.Concat(input.Rows).ToArray();
        IAggregation[] all = [.. Means, CopelandAggregation.Instance, TopsisAggregation.Instance];
        return Prop.ToProperty(all.All(m =>
        {
            var y = Run(m, doubled, input.Weights);
            var again = Run(m, doubled, input.Weights);
            var n = input.Rows.Length;
            return y.SequenceEqual(again) && Enumerable.Range(0, n).All(i => y[i].Equals(y[i + n]));
        }));
    }

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Copeland_equals_the_pairwise_definition((double[][] Rows, double[] Weights) input)
    {
        var rows = input.Rows;
        var w = input.Weights;
        var y = Run(CopelandAggregation.Instance, rows, w);
        var expected = rows.Select((a, ia) => rows.All(v => v.All(double.IsNaN)) ? double.NaN : (double)rows.Select((b, ib) =>
        {
            if (ia == ib || b.All(double.IsNaN))
            {
                return 0;
            }

            double win = 0, lose = 0;
            for (var j = 0; j < w.Length; j++)
            {
                win += a[j] > b[j] ? w[j] : 0;
                lose += a[j] < b[j] ? w[j] : 0;
            }

            return Math.Sign(win - lose);
        }).Sum()).ToArray();
        return Prop.ToProperty(rows.Select((r, i) => r.All(double.IsNaN) ? double.IsNaN(y[i]) : y[i] == expected[i]).All(ok => ok));
    }
}

using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Normalisation;

namespace CountyInnovation.Sdk.Tests.Scoring;

public class AggregationTests
{
    private static readonly double N = double.NaN;

    private static double One(IAggregation method, double[] x, double[] w) =>
        method.Aggregate(ComponentMatrix.FromRows([x]), w)[0];

    [Fact]
    public void Means_match_the_methodology_test_vectors()
    {
        double[] w = [1, 1, 2];
        double[] x = [20, 50, 80];
        Assert.Equal(57.5, One(ArithmeticAggregation.Instance, x, w), 12);
        Assert.Equal(50.297337, One(GeometricAggregation.Instance, x, w), 6);
        Assert.Equal(42.105263, One(HarmonicAggregation.Instance, x, w), 6);
    }

    [Fact]
    public void Generalised_mean_reduces_to_the_classical_means()
    {
        double[] w = [1, 1, 2];
        double[] x = [20, 50, 80];
        Assert.Equal(57.5, One(GeneralisedMeanAggregation.Create(1), x, w), 10);
        Assert.Equal(50.297337, One(GeneralisedMeanAggregation.Create(0), x, w), 6);
        Assert.Equal(42.105263, One(GeneralisedMeanAggregation.Create(-1), x, w), 6);
        Assert.Equal(Math.Sqrt(((400 + 2500) + (2 * 6400)) / 4.0), One(GeneralisedMeanAggregation.Create(2), x, w), 10);
    }

    [Fact]
    public void Missing_components_are_skipped_and_the_weights_renormalised()
    {
        Assert.Equal((20 + 160) / 3.0, One(ArithmeticAggregation.Instance, [20, N, 80], [1, 1, 2]), 12);
        Assert.Equal(Math.Exp((Math.Log(20) + (2 * Math.Log(80))) / 3), One(GeometricAggregation.Instance, [20, N, 80], [1, 1, 2]), 12);
        Assert.True(double.IsNaN(One(ArithmeticAggregation.Instance, [N, N], [1, 1])));
    }

    [Fact]
    public void The_availability_threshold_turns_sparse_units_into_missing()
    {
        var m = ComponentMatrix.FromRows([[1, N, N], [1, 2, N], [1, 2, 3]]);
        var scores = ArithmeticAggregation.Instance.Aggregate(m, [1, 1, 1], AggregationOptions.WithAvailabilityThreshold(2.0 / 3));
        Assert.True(double.IsNaN(scores[0]));
        Assert.Equal(1.5, scores[1]);
        Assert.Equal(2, scores[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => AggregationOptions.WithAvailabilityThreshold(1.5));

        // 0.7 × 10 is 7.000000000000001 in floating point; 7 of 10 components must still meet a 0.7 threshold.
        Assert.True(AggregationOptions.WithAvailabilityThreshold(0.7).Admits(7, 10));
        Assert.False(AggregationOptions.WithAvailabilityThreshold(0.7).Admits(6, 10));
        Assert.False(AggregationOptions.Default.Admits(0, 10));
    }

    [Fact]
    public void Geometric_and_harmonic_refuse_zero_and_negative_values_naming_the_place()
    {
        var m = ComponentMatrix.FromRows([[1.0, 2], [3, 0]]);
        var e = Assert.Throws<AggregationException>(() => GeometricAggregation.Instance.Aggregate(m, [1, 1]));
        Assert.Equal((1, 1), (e.UnitIndex, e.ComponentIndex));
        Assert.Throws<AggregationException>(() => HarmonicAggregation.Instance.Aggregate(ComponentMatrix.FromRows([[-1.0]]), [1]));
        Assert.Throws<AggregationException>(() => GeneralisedMeanAggregation.Create(2).Aggregate(ComponentMatrix.FromRows([[-1.0]]), [1]));
    }

    [Fact]
    public void Arithmetic_accepts_zero_and_negative_values()
    {
        Assert.Equal(-0.5, One(ArithmeticAggregation.Instance, [-4, 0, 1], [1, 1, 2]), 15);
    }

    [Fact]
    public void Weights_must_be_finite_and_non_negative_and_match_the_components()
    {
        var m = ComponentMatrix.FromRows([[1.0, 2]]);
        Assert.Throws<ArgumentException>(() => ArithmeticAggregation.Instance.Aggregate(m, [1, -1]));
        Assert.Throws<ArgumentException>(() => ArithmeticAggregation.Instance.Aggregate(m, [1, double.NaN]));
        Assert.Throws<ArgumentException>(() => ArithmeticAggregation.Instance.Aggregate(m, [1]));
    }

    [Fact]
    public void Copeland_counts_weighted_pairwise_majorities()
    {
        // weights 2:1; A beats B and C, B beats C; D equals A.
        var m = ComponentMatrix.FromRows([[3.0, 1], [2, 2], [1, 3], [3, 1]]);
        var s = CopelandAggregation.Instance.Aggregate(m, [2, 1]);
        Assert.Equal([2.0, -1, -3, 2], s.ToArray());
    }

    [Fact]
    public void Copeland_only_compares_shared_components_and_skips_units_below_the_threshold()
    {
        var m = ComponentMatrix.FromRows([[3.0, N], [2, 5], [N, 4], [N, N]]);
        var s = CopelandAggregation.Instance.Aggregate(m, [1, 1]);
        // A–B: only c1 (A wins); A–C: nothing shared (0); B–C: only c2 (B wins); D has no data.
        Assert.Equal(1, s[0]);
        Assert.Equal(0, s[1]);
        Assert.Equal(-1, s[2]);
        Assert.True(double.IsNaN(s[3]));
    }

    [Fact]
    public void Copeland_ties_survive_rounding_of_the_weights()
    {
        // A wins on weights 0.1 + 0.2 (= 0.30000000000000004 in floating point) and loses on 0.3: a tie.
        var m = ComponentMatrix.FromRows([[1.0, 1, 0], [0, 0, 1]]);
        Assert.Equal([0.0, 0], CopelandAggregation.Instance.Aggregate(m, [0.1, 0.2, 0.3]).ToArray());
    }

    [Fact]
    public void Topsis_matches_the_methodology_test_vector()
    {
        double[][] rows = [[2, 30, 86], [4, 26, 77], [3, 22, 93], [6, 34, 65], [5, 31, 80]];
        var k = 3;
        var columns = new double[k][];
        for (var j = 0; j < k; j++)
        {
            columns[j] = new double[rows.Length];
            VectorNormalisation.Instance.Normalise(rows.Select(r => r[j]).ToArray(), NormalisationContext.For(Polarity.MoreIsBetter), columns[j]);
        }

        var c = TopsisAggregation.Instance.Aggregate(ComponentMatrix.FromColumns(columns), [1, 1, 1]);
        double[] expected = [0.284145, 0.468862, 0.338336, 0.748160, 0.723477];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], c[i], 6);
        }
    }

    [Fact]
    public void Topsis_treats_a_cost_column_through_the_flipped_vector_normalisation()
    {
        // Negating a column and declaring it less-is-better must give the same closeness.
        double[] a = [2, 4, 3, 6, 5];
        double[] b = [30, 26, 22, 34, 31];
        static double[] V(double[] x, Polarity p)
        {
            var y = new double[x.Length];
            VectorNormalisation.Instance.Normalise(x, NormalisationContext.For(p), y);
            return y;
        }

        var direct = TopsisAggregation.Instance.Aggregate(ComponentMatrix.FromColumns([V(a, Polarity.MoreIsBetter), V(b, Polarity.MoreIsBetter)]), [1, 1]);
        var flipped = TopsisAggregation.Instance.Aggregate(
            ComponentMatrix.FromColumns([V(a, Polarity.MoreIsBetter), V(b.Select(x => -x).ToArray(), Polarity.LessIsBetter)]), [1, 1]);
        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal(direct[i], flipped[i], 12);
        }
    }

    [Fact]
    public void One_unit_and_constant_columns_are_handled()
    {
        Assert.Equal(5, One(ArithmeticAggregation.Instance, [5], [1]));
        Assert.Equal(0, CopelandAggregation.Instance.Aggregate(ComponentMatrix.FromRows([[1.0, 2]]), [1, 1])[0]);
        Assert.Equal(0.5, TopsisAggregation.Instance.Aggregate(ComponentMatrix.FromRows([[1.0, 2], [1, 2]]), [1, 1])[0]);
    }

    [Fact]
    public void Registry_creates_the_generalised_mean_with_its_order()
    {
        var g = (GeneralisedMeanAggregation)ScoringMethodRegistry.Default.CreateAggregation("generalised-mean", MethodParameters.Empty.With("p", 0.5));
        Assert.Equal(0.5, g.Order);
        Assert.Throws<ScoringConfigurationException>(() => ScoringMethodRegistry.Default.CreateAggregation("generalised-mean"));
    }
}

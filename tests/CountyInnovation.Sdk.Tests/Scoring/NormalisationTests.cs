using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Normalisation;

namespace CountyInnovation.Sdk.Tests.Scoring;

public class NormalisationTests
{
    private static readonly NormalisationContext More = NormalisationContext.For(Polarity.MoreIsBetter);
    private static readonly NormalisationContext Less = NormalisationContext.For(Polarity.LessIsBetter);

    private static double[] Run(INormalisation method, double[] x, NormalisationContext context)
    {
        var y = new double[x.Length];
        method.Normalise(x, context, y);
        return y;
    }

    private static void Close(double[] expected, double[] actual, double tolerance = 1e-12)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                Assert.True(double.IsNaN(actual[i]), $"index {i}: expected NaN, got {actual[i]}");
            }
            else
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"index {i}: expected {expected[i]}, got {actual[i]}");
            }
        }
    }

    [Fact]
    public void MinMax_maps_onto_the_requested_range()
    {
        Close([0, 25, 100], Run(MinMaxNormalisation.Create(0, 100), [10, 20, 50], More));
        Close([1, 0.5, 0], Run(MinMaxNormalisation.Unit, [1, 2, 3], Less));
        Close([100, 55, 10], Run(MinMaxNormalisation.Create(10, 100), [1, 2, 3], Less));
    }

    [Fact]
    public void MinMax_keeps_missing_values_missing_and_ignores_them_for_min_and_max()
    {
        Close([0, double.NaN, 1, 0.5], Run(MinMaxNormalisation.Unit, [2, double.NaN, 6, 4], More));
    }

    [Theory]
    [InlineData(ZeroRangePolicy.Midpoint, 50)]
    [InlineData(ZeroRangePolicy.Lower, 0)]
    [InlineData(ZeroRangePolicy.Upper, 100)]
    public void MinMax_of_a_constant_column_follows_the_zero_range_policy(ZeroRangePolicy policy, double expected)
    {
        Close([expected, double.NaN, expected], Run(MinMaxNormalisation.Create(0, 100, policy), [7, double.NaN, 7], More));
        Close([expected], Run(MinMaxNormalisation.Create(0, 100, policy), [7], More));
    }

    [Fact]
    public void MinMax_zero_range_as_error_names_the_method()
    {
        var e = Assert.Throws<NormalisationException>(() => Run(MinMaxNormalisation.Create(0, 1, ZeroRangePolicy.Error), [3, 3, 3], More));
        Assert.Equal("min-max", e.Method);
        Assert.Contains("zero range", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_method_returns_all_missing_for_an_all_missing_column()
    {
        double[] x = [double.NaN, double.NaN];
        INormalisation[] methods = [MinMaxNormalisation.Unit, ZScoreNormalisation.Standard, FractionOfMaxNormalisation.Instance,
            RankNormalisation.Instance, PercentileRankNormalisation.Instance, VectorNormalisation.Instance];
        foreach (var m in methods)
        {
            Assert.All(Run(m, x, More), v => Assert.True(double.IsNaN(v), m.Name));
        }
    }

    [Fact]
    public void Pooled_min_max_uses_the_reference_statistics_of_all_years()
    {
        double[] y2020 = [10, 20];
        double[] y2021 = [30, 50];
        var pooled = ColumnStatistics.Pooled([y2020, y2021]);
        Assert.Equal(10, pooled.Minimum);
        Assert.Equal(50, pooled.Maximum);
        var m = MinMaxNormalisation.Create(0, 100);
        Close([0, 25], Run(m, y2020, More.WithReferenceStatistics(pooled)));
        Close([50, 100], Run(m, y2021, More.WithReferenceStatistics(pooled)));
        Close([100, 75], Run(m, y2020, Less.WithReferenceStatistics(pooled)));
    }

    [Fact]
    public void ZScore_uses_the_sample_standard_deviation()
    {
        // mean 5, sample sd = sqrt(((−3)² + (−1)² + 1² + 3²)/3) = sqrt(20/3)
        var sd = Math.Sqrt(20.0 / 3);
        Close([-3 / sd, -1 / sd, 1 / sd, 3 / sd], Run(ZScoreNormalisation.Standard, [2, 4, 6, 8], More));
        Close([100 + (30 / sd), 100 + (10 / sd), 100 - (10 / sd), 100 - (30 / sd)], Run(ZScoreNormalisation.Create(100, 10), [2, 4, 6, 8], Less));
    }

    [Fact]
    public void ZScore_of_a_constant_or_single_value_gives_the_target_mean()
    {
        Close([50, 50], Run(ZScoreNormalisation.Create(50, 10), [4, 4], More));
        Close([50], Run(ZScoreNormalisation.Create(50, 10), [4], More));
        Assert.Throws<NormalisationException>(() => Run(ZScoreNormalisation.Create(0, 1, ZeroRangePolicy.Error), [4], More));
    }

    [Fact]
    public void Pooled_z_score_uses_the_pooled_mean_and_sd()
    {
        double[] a = [1, 2];
        double[] b = [3, 4];
        var pooled = ColumnStatistics.Pooled([a, b]);
        var sd = Math.Sqrt(5.0 / 3);
        Close([-1.5 / sd, -0.5 / sd], Run(ZScoreNormalisation.Standard, a, More.WithReferenceStatistics(pooled)));
    }

    [Fact]
    public void Goalposts_clamp_and_scale_in_both_directions()
    {
        var ctx = More.WithGoalposts(Goalposts.Of(10, 20));
        Close([0, 0, 50, 100, 100, double.NaN], Run(GoalpostNormalisation.Create(100), [5, 10, 15, 20, 30, double.NaN], ctx));
        var cost = Less.WithGoalposts(Goalposts.Of(10, 20));
        Close([1, 1, 0.75, 0, 0], Run(GoalpostNormalisation.Create(), [5, 10, 12.5, 20, 30], cost));
    }

    [Fact]
    public void Goalposts_without_goalposts_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => Run(GoalpostNormalisation.Create(), [1, 2], More));
        Assert.Throws<ArgumentException>(() => Goalposts.Of(5, 5));
    }

    [Fact]
    public void Distance_to_target_follows_the_formula_for_both_directions_and_caps_on_request()
    {
        // +: (x − min)/(t − min), min 2, t 6
        Close([0, 0.5, 1, 1.5], Run(DistanceToTargetNormalisation.Create(), [2, 4, 6, 8], More.WithTarget(6)));
        Close([0, 0.5, 1, 1], Run(DistanceToTargetNormalisation.Create(cap: true), [2, 4, 6, 8], More.WithTarget(6)));
        // −: (max − x)/(max − t), max 8, t 4
        Close([1.5, 1, 0.5, 0], Run(DistanceToTargetNormalisation.Create(), [2, 4, 6, 8], Less.WithTarget(4)));
    }

    [Fact]
    public void Distance_to_target_refuses_a_target_not_better_than_the_worst_value()
    {
        Assert.Throws<NormalisationException>(() => Run(DistanceToTargetNormalisation.Create(), [2, 4], More.WithTarget(1)));
        Assert.Throws<ArgumentException>(() => Run(DistanceToTargetNormalisation.Create(), [2, 4], More));
    }

    [Fact]
    public void Distance_to_reference_unit_follows_the_formula()
    {
        // 1 − (x_r − x)/(x_r − min) with x_r = 6 (unit 2), min = 2
        Close([0, 0.5, 1, 1.5], Run(DistanceToReferenceNormalisation.Create(), [2, 4, 6, 8], More.WithReferenceUnit(2)));
        // less is better: oriented −x, reference unit 1 (x = 4), worst is 8
        Close([1.5, 1, 0.5, 0], Run(DistanceToReferenceNormalisation.Create(), [2, 4, 6, 8], Less.WithReferenceUnit(1)));
        Assert.Throws<NormalisationException>(() => Run(DistanceToReferenceNormalisation.Create(), [2, double.NaN], More.WithReferenceUnit(1)));
        Assert.Throws<NormalisationException>(() => Run(DistanceToReferenceNormalisation.Create(), [2, 4], More.WithReferenceUnit(0)));
    }

    [Fact]
    public void Fraction_of_max_and_of_best_for_cost_indicators()
    {
        Close([0.25, 0.5, 1, 0], Run(FractionOfMaxNormalisation.Instance, [2, 4, 8, 0], More));
        Close([1, 0.5, 0.25], Run(FractionOfMaxNormalisation.Instance, [2, 4, 8], Less));
        Assert.Throws<NormalisationException>(() => Run(FractionOfMaxNormalisation.Instance, [-1, 4], More));
        Assert.Throws<NormalisationException>(() => Run(FractionOfMaxNormalisation.Instance, [0, 4], Less));
    }

    [Fact]
    public void Rank_is_ascending_with_min_ties_and_percentile_rank_follows()
    {
        double[] x = [30, 10, 20, 20, double.NaN];
        Close([4, 1, 2, 2, double.NaN], Run(RankNormalisation.Instance, x, More));
        Close([1, 4, 2, 2, double.NaN], Run(RankNormalisation.Instance, x, Less));
        Close([1, 0, 1 / 3.0, 1 / 3.0, double.NaN], Run(PercentileRankNormalisation.Instance, x, More));
        Close([0], Run(PercentileRankNormalisation.Instance, [5], More));
        Close([0, 0], Run(PercentileRankNormalisation.Instance, [5, 5], More));
    }

    [Fact]
    public void Vector_normalisation_divides_by_the_euclidean_norm_and_flips_cost_columns()
    {
        Close([0.6, 0.8], Run(VectorNormalisation.Instance, [3, 4], More));
        Close([-0.6, -0.8], Run(VectorNormalisation.Instance, [3, 4], Less));
        Close([0, 0], Run(VectorNormalisation.Instance, [0, 0], More));
    }

    [Fact]
    public void Zero_and_negative_values_are_handled_by_the_shift_invariant_methods()
    {
        Close([0, 0.5, 1], Run(MinMaxNormalisation.Unit, [-4, 0, 4], More));
        Close([-1, 0, 1], Run(ZScoreNormalisation.Standard, [-4, 0, 4], More));
        Close([1, 2, 3], Run(RankNormalisation.Instance, [-4, 0, 4], More));
    }

    [Fact]
    public void Destination_of_the_wrong_length_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => MinMaxNormalisation.Unit.Normalise([1, 2], More, new double[3]));
    }

    [Fact]
    public void Normalising_in_place_gives_the_same_result()
    {
        double[] x = [3, 1, 2];
        var expected = Run(MinMaxNormalisation.Unit, x, More);
        MinMaxNormalisation.Unit.Normalise(x, More, x);
        Close(expected, x, 0);
    }

    [Fact]
    public void Declared_traits_match_the_methods()
    {
        Assert.Equal(OutputSign.MayBeZeroOrNegative, MinMaxNormalisation.Create(0, 100).Traits.Sign);
        Assert.Equal(OutputSign.AlwaysPositive, MinMaxNormalisation.Create(1, 100).Traits.Sign);
        Assert.True(ZScoreNormalisation.Standard.Traits.IsAffineInvariant);
        Assert.False(ZScoreNormalisation.Standard.Traits.IsBounded);
        Assert.Equal(NormalisationRequirements.Goalposts, GoalpostNormalisation.Create().Traits.Requirements);
        Assert.Equal(NormalisationRequirements.Target, DistanceToTargetNormalisation.Create().Traits.Requirements);
        Assert.Equal(NormalisationRequirements.ReferenceUnit, DistanceToReferenceNormalisation.Create().Traits.Requirements);
    }

    [Fact]
    public void Column_statistics_skip_missing_values_and_use_n_minus_one()
    {
        var s = ColumnStatistics.Of([1, double.NaN, 2, 3, 4]);
        Assert.Equal(4, s.Count);
        Assert.Equal(1, s.Minimum);
        Assert.Equal(4, s.Maximum);
        Assert.Equal(2.5, s.Mean);
        Assert.Equal(Math.Sqrt(5.0 / 3), s.StandardDeviation, 15);
        Assert.True(double.IsNaN(ColumnStatistics.Of([1]).StandardDeviation));
        Assert.Equal(0, ColumnStatistics.Of([]).Count);
    }

    [Fact]
    public void Column_statistics_are_accurate_for_large_offsets()
    {
        // Naive Σx² − n·mean² loses every digit here; two-pass with compensated sums does not.
        var x = Enumerable.Range(0, 1000).Select(i => 1e9 + (i % 2)).ToArray();
        var s = ColumnStatistics.Of(x);
        Assert.Equal(1e9 + 0.5, s.Mean, 6);
        Assert.Equal(Math.Sqrt(250.0 / 999), s.StandardDeviation, 6);
    }
}

using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Weighting;

namespace CountyInnovation.Sdk.Tests.Scoring;

public class WeightingTests
{
    // methodology.md §4 test matrix: 5 units × 3 benefit indicators.
    private static readonly ComponentMatrix X = ComponentMatrix.FromRows(
    [
        [2, 30, 86],
        [4, 26, 77],
        [3, 22, 93],
        [6, 34, 65],
        [5, 31, 80],
    ]);

    private static readonly Polarity[] Benefit = [Polarity.MoreIsBetter, Polarity.MoreIsBetter, Polarity.MoreIsBetter];

    private static void Close(double[] expected, IEnumerable<double> actual, int digits)
    {
        var a = actual.ToArray();
        Assert.Equal(expected.Length, a.Length);
        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal(expected[i], a[i], digits);
        }
    }

    [Fact]
    public void Entropy_weights_match_the_methodology_test_vector()
    {
        Close([0.369510, 0.322797, 0.307693], EntropyWeighting.Instance.Weigh(X, Benefit), 6);
    }

    [Fact]
    public void Entropy_reverses_cost_columns_before_min_max()
    {
        // Reversing a column's polarity and negating its values leaves x′ unchanged, so the weights too.
        var negated = ComponentMatrix.FromRows(Enumerable.Range(0, 5).Select(i => (IReadOnlyList<double>)[X[i, 0], -X[i, 1], X[i, 2]]));
        Close([.. EntropyWeighting.Instance.Weigh(X, Benefit)],
            EntropyWeighting.Instance.Weigh(negated, [Polarity.MoreIsBetter, Polarity.LessIsBetter, Polarity.MoreIsBetter]), 15);
    }

    [Fact]
    public void Critic_weights_match_an_independent_computation()
    {
        // Computed independently (Python, statistics.stdev and Pearson r on the min-max columns).
        Close([0.288263344463343, 0.276143562795538, 0.435593092741120], CriticWeighting.Instance.Weigh(X, Benefit), 12);
    }

    [Fact]
    public void Coefficient_of_variation_weights_are_proportional_to_sd_over_mean()
    {
        Close([0.573596442466790, 0.236896502965077, 0.189507054568133], CoefficientOfVariationWeighting.Instance.Weigh(X, Benefit), 12);
        Assert.Throws<WeightingException>(() => CoefficientOfVariationWeighting.Instance.Weigh(
            ComponentMatrix.FromRows([[-1.0], [-2.0], [-3.0]]), [Polarity.MoreIsBetter]));
    }

    [Fact]
    public void Pca_loadings_are_the_leading_unit_eigenvector_of_the_correlation_matrix_with_positive_sum()
    {
        var v = PcaWeighting.FirstComponent(X, Benefit);
        Assert.Equal(1, v.Sum(x => x * x), 12);
        Assert.True(v.Sum() > 0);

        var r = new double[3, 3];
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                r[a, b] = Pearson(X.Column(a).ToArray(), X.Column(b).ToArray());
            }
        }

        var rv = Enumerable.Range(0, 3).Select(a => Enumerable.Range(0, 3).Sum(b => r[a, b] * v[b])).ToArray();
        var lambda = rv.Zip(v, (x, y) => x * y).Sum();
        for (var a = 0; a < 3; a++)
        {
            Assert.Equal(lambda * v[a], rv[a], 10);
        }

        // λ is the largest eigenvalue: power iteration from a generic start converges to it.
        var p = new[] { 1.0, 0.7, 0.3 };
        for (var it = 0; it < 2000; it++)
        {
            var q = Enumerable.Range(0, 3).Select(a => Enumerable.Range(0, 3).Sum(b => r[a, b] * p[b])).ToArray();
            var norm = Math.Sqrt(q.Sum(x => x * x));
            p = q.Select(x => x / norm).ToArray();
        }

        var top = Enumerable.Range(0, 3).Sum(a => p[a] * Enumerable.Range(0, 3).Sum(b => r[a, b] * p[b]));
        Assert.Equal(top, lambda, 9);

        Close(v.Select(x => x * x).ToArray(), PcaWeighting.Instance.Weigh(X, Benefit), 15);
    }

    [Fact]
    public void Pca_of_two_correlated_columns_weights_them_equally_and_fixes_the_sign()
    {
        var m = ComponentMatrix.FromRows([[1.0, 2], [2, 1], [3, 5], [4, 4]]);
        var v = PcaWeighting.FirstComponent(m, [Polarity.MoreIsBetter, Polarity.MoreIsBetter]);
        Assert.Equal(Math.Sqrt(0.5), v[0], 12);
        Assert.Equal(Math.Sqrt(0.5), v[1], 12);
        var reversed = PcaWeighting.FirstComponent(m, [Polarity.MoreIsBetter, Polarity.LessIsBetter]);
        Assert.True(reversed[0] > 0);
        Assert.Equal(-reversed[0], reversed[1], 12);
    }

    [Fact]
    public void Pca_degenerate_cases_are_explained_errors()
    {
        Assert.Throws<WeightingException>(() => PcaWeighting.Instance.Weigh(ComponentMatrix.FromRows([[1.0, 2], [2, 3]]), [Polarity.MoreIsBetter, Polarity.MoreIsBetter]));
        // Uncorrelated columns: every direction explains the same variance.
        var flat = ComponentMatrix.FromRows([[1.0, 1], [1, -1], [-1, 1], [-1, -1]]);
        Assert.Throws<WeightingException>(() => PcaWeighting.Instance.Weigh(flat, [Polarity.MoreIsBetter, Polarity.MoreIsBetter]));
        // A constant column gets weight 0.
        var w = PcaWeighting.Instance.Weigh(ComponentMatrix.FromRows([[1.0, 5], [2, 5], [3, 5]]), [Polarity.MoreIsBetter, Polarity.MoreIsBetter]);
        Close([1, 0], w, 12);
    }

    [Fact]
    public void Constant_columns_get_zero_weight_and_all_constant_is_an_error()
    {
        var m = ComponentMatrix.FromRows([[1.0, 7], [2, 7], [4, 7]]);
        Polarity[] p = [Polarity.MoreIsBetter, Polarity.MoreIsBetter];
        Close([1, 0], EntropyWeighting.Instance.Weigh(m, p), 15);
        var critic = CriticWeighting.Instance.Weigh(ComponentMatrix.FromRows([[1.0, 7, 2], [2, 7, 1], [4, 7, 1]]), [.. p, Polarity.MoreIsBetter]);
        Assert.Equal(0, critic[1]);
        Assert.Equal(1, critic.Sum(), 15);
        Close([1, 0], CoefficientOfVariationWeighting.Instance.Weigh(m, p), 15);
        var constant = ComponentMatrix.FromRows([[7.0], [7], [7]]);
        Assert.Throws<WeightingException>(() => EntropyWeighting.Instance.Weigh(constant, [Polarity.MoreIsBetter]));
        Assert.Throws<WeightingException>(() => CriticWeighting.Instance.Weigh(constant, [Polarity.MoreIsBetter]));
    }

    [Fact]
    public void Missing_values_are_skipped_by_entropy()
    {
        var m = ComponentMatrix.FromRows([[1.0, 1], [2, double.NaN], [4, 3], [3, 2]]);
        var w = EntropyWeighting.Instance.Weigh(m, [Polarity.MoreIsBetter, Polarity.MoreIsBetter]);
        Assert.Equal(1, w.Sum(), 12);
        Assert.All(w, x => Assert.True(x > 0));
    }

    [Fact]
    public void Fixed_weights_are_normalised_and_equal_weights_are_one_over_k()
    {
        var f = FixedWeighting.Create([8, 6, 6]);
        Close([0.4, 0.3, 0.3], f.Weigh(X, Benefit), 15);
        Close([1 / 3.0, 1 / 3.0, 1 / 3.0], EqualWeighting.Instance.Weigh(X, Benefit), 15);
        Assert.Throws<ArgumentException>(() => f.Weigh(ComponentMatrix.FromRows([[1.0, 2]]), [Polarity.MoreIsBetter, Polarity.MoreIsBetter]));
#pragma warning disable CIS0007 // tests the run-time errors for weights the rule reports
        Assert.Throws<ArgumentException>(() => FixedWeighting.Create([1, -1]));
        Assert.Throws<ArgumentException>(() => FixedWeighting.Create([0, 0]));
#pragma warning restore CIS0007
        Assert.Equal(f, (FixedWeighting)ScoringMethodRegistry.Default.CreateWeighting("fixed", MethodParameters.Empty.With("weights", [4.0, 3, 3])));
    }

    [Fact]
    public void Fixed_weights_whose_sum_overflows_say_so_not_that_they_are_all_zero()
    {
#pragma warning disable CIS0007 // tests the run-time errors for weights the rule reports
        var e = Assert.Throws<ArgumentException>(() => FixedWeighting.Create([1e308, 1e308]));
        Assert.Contains("overflow", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("are 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("all fixed weights are 0", Assert.Throws<ArgumentException>(() => FixedWeighting.Create([0, 0])).Message, StringComparison.Ordinal);
#pragma warning restore CIS0007
    }

    [Fact]
    public void Data_driven_weights_do_not_depend_on_the_order_of_units()
    {
        var reversed = ComponentMatrix.FromRows(Enumerable.Range(0, 5).Reverse().Select(i => (IReadOnlyList<double>)X.Row(i)));
        IWeighting[] methods = [EntropyWeighting.Instance, CriticWeighting.Instance, CoefficientOfVariationWeighting.Instance, PcaWeighting.Instance];
        foreach (var m in methods)
        {
            Close([.. m.Weigh(X, Benefit)], m.Weigh(reversed, Benefit), 12);
        }
    }

    [Fact]
    public void Polarity_count_must_match()
    {
        Assert.Throws<ArgumentException>(() => EntropyWeighting.Instance.Weigh(X, [Polarity.MoreIsBetter]));
    }

    private static double Pearson(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average();
        var cov = a.Zip(b, (x, y) => (x - ma) * (y - mb)).Sum();
        return cov / Math.Sqrt(a.Sum(x => (x - ma) * (x - ma)) * b.Sum(y => (y - mb) * (y - mb)));
    }
}

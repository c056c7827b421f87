using CountyInnovation.Sdk.Analysis;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using FsCheck;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Analysis;

/// <summary>
/// The diagnostics against values computed by hand (sums written out in the comments) and against
/// COINr's published skew and kurtosis, and their laws as properties.
/// </summary>
public class AnalysisTests
{
    [Fact]
    public void Pearson_and_spearman_by_hand()
    {
        // x̄ = 2, ȳ = 7/3; Σdxdy = 3, Σdx² = 2, Σdy² = 14/3 → r = 3/√(28/3).
        Assert.Equal(3 / Math.Sqrt(28.0 / 3), Correlation.Pearson([1, 2, 3], [1, 2, 4]), 14);
        Assert.Equal(1, Correlation.Spearman([1, 2, 3], [1, 2, 4]), 14);
        // Ties share their mean rank: x ranks 1, 2.5, 2.5, 4; y ranks 1, 3, 2, 4 → 4.5/√(4.5·5).
        Assert.Equal(4.5 / Math.Sqrt(22.5), Correlation.Spearman([1, 2, 2, 3], [1, 3, 2, 4]), 14);
        // Pairwise complete: the pair with a NaN is left out.
        Assert.Equal(3 / Math.Sqrt(28.0 / 3), Correlation.Pearson([1, 2, double.NaN, 3], [1, 2, 9, 4]), 14);
        Assert.True(double.IsNaN(Correlation.Pearson([1, 1, 1], [1, 2, 3])));
        Assert.True(double.IsNaN(Correlation.Pearson([1, 2], [1, 2])));
    }

    [Fact]
    public void Statistics_by_hand_with_coinr_skew_and_kurtosis()
    {
        // 1, 2, 3, 4, 100: mean 22, median 3, sd √(7610/4); G1 and G2 from their formulas.
        var s = IndicatorStatistics.Of("x", 2020, ["a", "b", "c", "d", "e", "f"], [1, 2, 3, 4, 100, double.NaN]);
        Assert.Equal(5, s.Count);
        Assert.Equal(1, s.Missing);
        Assert.Equal(1, s.Minimum);
        Assert.Equal(100, s.Maximum);
        Assert.Equal(22, s.Mean, 14);
        Assert.Equal(3, s.Median);
        Assert.Equal(Math.Sqrt(7610 / 4.0), s.StandardDeviation, 12);
        Assert.Equal(2.2323959116364582, s.Skewness, 12);
        Assert.Equal(4.98686595720066, s.Kurtosis, 12);
        Assert.Equal(0, s.ShareOfZeros);
        Assert.True(s.FailsOutlierRule);
        Assert.Equal("e", Assert.Single(s.OutlierUnits));
        var even = IndicatorStatistics.Of("y", 2020, ["a", "b", "c", "d"], [0, 4, 1, 0]);
        Assert.Equal(0.5, even.Median);
        Assert.Equal(0.5, even.ShareOfZeros);
    }

    [Fact]
    public void Cronbach_alpha_by_hand()
    {
        // var(x1) = 1, var(x2) = 57/9, var(x1 + x2) = 111/9 → α = 2 (1 − 66/111) = 90/111.
        var alpha = GroupReliability.Of("g", [[1, 2, 3, double.NaN], [2, 4, 7, 1]]);
        Assert.Equal(90.0 / 111, alpha.Alpha, 14);
        Assert.Equal(3, alpha.Units);
        Assert.True(double.IsNaN(GroupReliability.Of("g", [[1, 2, 3]]).Alpha));
    }

    [Fact]
    public void Pca_of_two_components_by_hand()
    {
        // Correlation matrix [[1, r], [r, 1]]: eigenvalues 1 + r and 1 − r, loadings (1, 1)/√2 and (1, −1)/√2.
        double[] x = [1, 2, 3, 4], y = [1, 3, 2, 5];
        var r = Correlation.Pearson(x, y);
        var pca = PrincipalComponents.Of("g", ["x", "y"], [x, y]);
        Assert.Equal(1 + r, pca.Eigenvalues[0], 12);
        Assert.Equal(1 - r, pca.Eigenvalues[1], 12);
        Assert.Equal((1 + r) / 2, pca.VarianceShares[0], 12);
        Assert.Equal(1 / Math.Sqrt(2), pca.Loadings[0][0], 12);
        Assert.Equal(1 / Math.Sqrt(2), pca.Loadings[0][1], 12);
        Assert.Equal(-pca.Loadings[1][0], pca.Loadings[1][1], 12);
    }

    [Property(MaxTest = 200)]
    public void Correlations_lie_in_minus_one_to_one(NonEmptyArray<NormalFloat> a, NonEmptyArray<NormalFloat> b)
    {
        var n = Math.Min(a.Get.Length, b.Get.Length);
        var x = a.Get.Take(n).Select(v => v.Get).ToArray();
        var y = b.Get.Take(n).Select(v => v.Get).ToArray();
        foreach (var r in new[] { Correlation.Pearson(x, y), Correlation.Spearman(x, y) })
        {
            Assert.True(double.IsNaN(r) || (r >= -1 && r <= 1), $"r = {r}");
        }
    }

    [Property(MaxTest = 200)]
    public void Alpha_does_not_depend_on_the_order_of_units(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var n = 3 + random.Next(20);
        var columns = Enumerable.Range(0, 2 + random.Next(4)).Select(_ => Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 100, 3)).ToArray()).ToArray();
        var order = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
        var shuffled = columns.Select(c => order.Select(i => c[i]).ToArray()).ToArray();
        var a = GroupReliability.Of("g", columns).Alpha;
        var b = GroupReliability.Of("g", shuffled).Alpha;
        Assert.True((double.IsNaN(a) && double.IsNaN(b)) || Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)), $"{a} vs {b}");
    }

    [Property(MaxTest = 200)]
    public void Pca_variance_shares_sum_to_one(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var n = 5 + random.Next(30);
        var k = 2 + random.Next(5);
        var columns = Enumerable.Range(0, k).Select(_ => Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var pca = PrincipalComponents.Of("g", [.. Enumerable.Range(0, k).Select(i => $"c{i}")], columns);
        Assert.Equal(1, pca.VarianceShares.Sum(), 9);
        Assert.Equal(k, pca.Eigenvalues.Sum(), 9);
        Assert.True(pca.Eigenvalues.Zip(pca.Eigenvalues.Skip(1)).All(p => p.First >= p.Second));
        Assert.All(pca.Loadings, l => Assert.Equal(1, l.Sum(v => v * v), 9));
    }

    [Fact]
    public void Asem_statistics_match_coinr_published_skew_and_kurtosis_and_every_section_is_filled()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Conformance", "Data");
        var set = CoinrReader.ReadFiles(Path.Combine(folder, "iData.csv"), Path.Combine(folder, "iMeta.csv"));
        var method = MethodConfiguration.Default.WithImputation().WithNormalisation(MethodChoice.Of("min-max", ("lower", 0), ("upper", 100)));
        var analysis = CompositeAnalysis.Of(EvaluationPipeline.EvaluateInDetail(set.Panel, set.Framework, method, EvaluationYear.SameAsData(2018)));

        // COINr's "Outlier Treatment" vignette, Dets_Table, 7 significant digits.
        var lpi = analysis.Statistics.Single(s => s.Indicator == "LPI");
        Assert.Equal(-0.3042681, lpi.Skewness, 6);
        Assert.Equal(-0.6567514, lpi.Kurtosis, 6);
        Assert.False(lpi.FailsOutlierRule);
        var flights = analysis.Statistics.Single(s => s.Indicator == "Flights");
        Assert.Equal(2.1032872, flights.Skewness, 6);
        Assert.True(flights.FailsOutlierRule);

        Assert.Equal(49, analysis.Statistics.Length);
        Assert.Equal(11, analysis.Reliability.Length);
        Assert.Equal(11, analysis.PrincipalComponents.Length);
        Assert.Contains(analysis.Correlations, c => c.Scope == CorrelationScope.WithIndex && c.First == "LPI");
        Assert.Contains(analysis.Correlations, c => c.Scope == CorrelationScope.BetweenGroups);
        Assert.All(analysis.Flags, f => Assert.Equal(CorrelationScope.WithinGroup, f.Scope));
    }
}

using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Weighting;

namespace CountyInnovation.Sdk.Tests.Conformance;

/// <summary>
/// PCA weights of the level-2 pillars within each sub-index of the example coin, against COINr's
/// "Weights" vignette (bluefoxr/COINr, articles/weights.md: <c>get_PCA(coin, dset = "Aggregated",
/// Level = 2)</c>, first-component loadings printed to 7 significant digits).
/// </summary>
public class CoinrPcaConformanceTests
{
    [Theory]
    [InlineData(new[] { "Physical", "ConEcFin", "Political", "Instit", "P2P" }, new[] { 0.5117970, 0.3049926, 0.3547671, 0.5081540, 0.5108455 })]
    [InlineData(new[] { "Environ", "Social", "SusEcFin" }, new[] { 0.6513188, -0.7443677, 0.1473108 })]
    public void First_component_loadings_per_group_match_coinr(string[] pillars, double[] expected)
    {
        var coin = AsemPipeline.ExampleCoin(AsemData.Instance);
        var matrix = ComponentMatrix.FromColumns(pillars.Select(p => (IReadOnlyList<double>)coin[p]));
        var loadings = PcaWeighting.FirstComponent(matrix, [.. pillars.Select(_ => Polarity.MoreIsBetter)]);
        for (var j = 0; j < expected.Length; j++)
        {
            Assert.True(Math.Abs(loadings[j] - expected[j]) <= 5e-7, $"{pillars[j]}: COINr {expected[j]}, SDK {loadings[j]}");
        }

        // The SDK's weights are the squared loadings (non-negative, summing to 1); COINr uses the signed loadings.
        var weights = PcaWeighting.Instance.Weigh(matrix, [.. pillars.Select(_ => Polarity.MoreIsBetter)]);
        Assert.Equal(1, weights.Sum(), 12);
    }
}

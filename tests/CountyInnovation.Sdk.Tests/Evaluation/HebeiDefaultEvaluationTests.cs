using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Evaluation;

public class HebeiDefaultEvaluationTests
{
    /// <summary>
    /// Under the default method a county at every upper goalpost scores 100, at every lower one 0,
    /// halfway 50, and 80 % of the way 80 — exactly class A, whatever floating point does.
    /// </summary>
    [Fact]
    public void Goalposts_map_onto_the_100_point_scale()
    {
        var framework = HebeiFramework.Default;
        var counties = HebeiCounties.All.Take(5).ToList();
        double[] shares = [1, 0, 0.5, 0.8, 0.6];
        var values = new double[framework.Indicators.Length * counties.Count];
        for (var i = 0; i < framework.Indicators.Length; i++)
        {
            var indicator = framework.Indicators[i];
            var gp = indicator.Goalposts!.Value;
            for (var c = 0; c < counties.Count; c++)
            {
                var share = indicator.Direction == IndicatorDirection.MoreIsBetter ? shares[c] : 1 - shares[c];
                values[(i * counties.Count) + c] = gp.Lower + (share * (gp.Upper - gp.Lower));
            }
        }

        var panel = Panel.Create(PanelMetadata.Create("goalposts", false), counties, [2020], framework.Indicators.Select(i => i.Code), values);
        var result = EvaluationPipeline.Evaluate(panel, framework, MethodConfiguration.Default, EvaluationYear.Of(2021));

        double[] expected = [100, 0, 50, 80, 60];
        for (var c = 0; c < counties.Count; c++)
        {
            Assert.Equal(expected[c], result.Counties[c].Score!.Value, 9);
            Assert.All(result.Counties[c].SubScores, s => Assert.Equal(expected[c], s!.Value, 9));
        }

        Assert.Equal(new CountyClass?[] { CountyClass.A, CountyClass.C, CountyClass.C, CountyClass.A, CountyClass.B }, result.Counties.Select(c => c.Class));
        Assert.Equal(5, result.FirstLevelCodes.Length);
        Assert.Equal("创新投入", result.FirstLevelNames[0]);
    }
}

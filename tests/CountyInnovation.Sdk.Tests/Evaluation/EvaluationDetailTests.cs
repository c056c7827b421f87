using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Evaluation;

/// <summary>
/// The detail of an evaluation: every intermediate number is exposed, and every aggregate can be
/// recomputed by hand from the exposed weights and component values.
/// </summary>
public class EvaluationDetailTests
{
    private static readonly EvaluationYear Year2021 = EvaluationYear.Of(2021);

    private static readonly MethodConfiguration Plain = MethodConfiguration.Default
        .WithNormalisation(MethodChoice.Of("min-max", ("lower", 0), ("upper", 100)))
        .WithImputation()
        .WithOutlierTreatment(false);

    [Fact]
    public void Small_panel_detail_matches_hand_computation()
    {
        // a: 10 20 30 40 → 0, 33.3, 66.7, 100; b (less is better): 4 3 2 1 → the same;
        // c: 5 5 15 25 → 0, 0, 50, 100. g1 = mean(a, b), g2 = c, index = 0.6·g1 + 0.4·g2.
        var counties = SmallPanels.Counties(4);
        var panel = SmallPanels.OneYear(counties, ("a", [10, 20, 30, 40]), ("b", [4, 3, 2, 1]), ("c", [5, 5, 15, 25]));
        var detail = EvaluationPipeline.EvaluateInDetail(panel, SmallPanels.Framework(), Plain, Year2021);

        Assert.Equal(counties.Select(c => c.Code.ToString()), detail.Units);
        var b = detail.Indicator("b");
        Assert.Equal(new double[] { 4, 3, 2, 1 }, b.Raw);
        Assert.Equal(new double[] { 4, 3, 2, 1 }, b.Treated);
        Assert.Equal(100.0 / 3, b.Normalised[1], 12);
        Assert.Equal("g1", b.Parent);

        Assert.Equal(new[] { "idx", "g1", "g2" }, detail.Groups.Select(g => g.Code));
        var index = detail.Group("idx");
        Assert.Equal(0, index.Level);
        Assert.Null(index.Parent);
        Assert.Equal(new[] { "g1", "g2" }, index.Components);
        Assert.Equal(new[] { 0.6, 0.4 }, index.Weights);
        Assert.Equal(WeightKind.Fixed, index.WeightKind);
        Assert.Equal("arithmetic", index.Aggregation);
        Assert.Equal(new double[] { 0, 20, 60, 100 }, index.Scores.Select(x => Math.Round(x, 9)));
        Assert.Equal(new int?[] { 4, 3, 2, 1 }, index.Ranks);

        var g2 = detail.Group("g2");
        Assert.Equal(1, g2.Level);
        Assert.Equal(1.0, g2.WeightOf("c"));
        Assert.Equal(new double[] { 0, 0, 50, 100 }, g2.Scores);
        Assert.Equal(new int?[] { 3, 3, 2, 1 }, g2.Ranks);

        var county = detail.County(counties[2].Code.ToString());
        Assert.Equal(60, county.Evaluation.Score!.Value, 9);
        Assert.Equal(50, county.Group("g2").Score);
        Assert.Equal(2, county.Group("g2").Rank);
        Assert.Equal(30, county.Indicator("a").Raw);
        Assert.Throws<KeyNotFoundException>(() => detail.County("139999"));
        Assert.Throws<KeyNotFoundException>(() => detail.Group("nope"));
    }

    [Fact]
    public void The_detail_result_is_the_evaluation_result()
    {
        var panel = SamplePanel.Load();
        var pipeline = EvaluationPipeline.Create(HebeiFramework.Default, MethodConfiguration.Default);
        var year = EvaluationYear.Of(panel.Years[^1] + 1);
        var detail = pipeline.EvaluateInDetail(panel, year);
        Assert.Equal(pipeline.Evaluate(panel, year), detail.Result);
        Assert.Equal(detail, pipeline.EvaluateInDetail(panel, year));
    }

    public static TheoryData<string> Methods => ["default", "entropy-treated", "equal-geometric-scaled"];

    /// <summary>Every aggregate of every group at every level, for every county, recomputed from the exposed weights and components.</summary>
    [Theory]
    [MemberData(nameof(Methods))]
    public void Every_aggregate_recomputes_from_the_exposed_weights(string name)
    {
        var method = MethodNamed(name);
        var panel = SamplePanel.Load();
        var year = EvaluationYear.Of(panel.Years[^1] + 1);
        var detail = EvaluationPipeline.EvaluateInDetail(panel, HebeiFramework.Default, method, year);
        var geometric = name.Contains("geometric", StringComparison.Ordinal);

        foreach (var group in detail.Groups)
        {
            Assert.Equal(1.0, group.Weights.Sum(), 12);
            Assert.All(group.Weights, w => Assert.True(w >= 0));
            var components = group.Components
                .Select(c => detail.Indicators.FirstOrDefault(i => i.Code == c)?.Normalised ?? detail.Group(c).Scores)
                .ToArray();
            for (var u = 0; u < detail.Units.Length; u++)
            {
                double sum = 0, weight = 0;
                for (var c = 0; c < components.Length; c++)
                {
                    var x = components[c][u];
                    if (!double.IsNaN(x))
                    {
                        sum += group.Weights[c] * (geometric ? Math.Log(x) : x);
                        weight += group.Weights[c];
                    }
                }

                var expected = weight == 0 ? double.NaN : geometric ? Math.Exp(sum / weight) : sum / weight;
                Assert.Equal(expected, group.Scores[u], 9);
            }
        }

        // The index's aggregate becomes the published score through the final scaling only.
        var root = detail.Groups[0];
        var scaled = method.FinalScaling.Name == "none" ? root.Scores.ToArray() : MinMax(root.Scores.ToArray());
        for (var u = 0; u < detail.Units.Length; u++)
        {
            Assert.Equal(detail.Result.Counties[u].Score ?? double.NaN, scaled[u], 9);
            for (var f = 0; f < detail.Result.FirstLevelCodes.Length; f++)
            {
                Assert.Equal(detail.Result.Counties[u].SubScores[f] ?? double.NaN, detail.Group(detail.Result.FirstLevelCodes[f]).Scores[u]);
            }
        }
    }

    [Fact]
    public void Data_driven_weights_are_reported_as_such()
    {
        var detail = EvaluationPipeline.EvaluateInDetail(SamplePanel.Load(), HebeiFramework.Default, MethodNamed("entropy-treated"), EvaluationYear.Of(SamplePanel.Load().Years[^1] + 1));
        Assert.All(detail.Groups.Where(g => g.Level == HebeiFramework.Default.Depth - 1), g => Assert.Equal(WeightKind.DataDriven, g.WeightKind));
        Assert.All(detail.Groups.Where(g => g.Level == HebeiFramework.Default.Depth - 1), g => Assert.Equal("entropy", g.Weighting));
        var equal = EvaluationPipeline.EvaluateInDetail(SamplePanel.Load(), HebeiFramework.Default, MethodNamed("equal-geometric-scaled"), EvaluationYear.Of(SamplePanel.Load().Years[^1] + 1));
        Assert.All(equal.Groups, g =>
        {
            Assert.Equal(WeightKind.Equal, g.WeightKind);
            Assert.All(g.Weights, w => Assert.Equal(1.0 / g.Components.Length, w, 12));
        });
    }

    [Fact]
    public void Raw_imputed_and_treated_values_and_panels_agree_with_the_logs()
    {
        var panel = SamplePanel.Load();
        var year = EvaluationYear.Of(panel.Years[^1] + 1);
        var detail = EvaluationPipeline.EvaluateInDetail(panel, HebeiFramework.Default, MethodNamed("entropy-treated"), year);
        var yearIndex = panel.IndexOfYear(year.DataYear);
        Assert.NotEmpty(detail.Imputations);
        Assert.NotEmpty(detail.Treatments);

        foreach (var indicator in detail.Indicators)
        {
            var code = IndicatorCode.Parse(indicator.Code);
            var column = panel.Column(panel.IndexOf(code), yearIndex);
            for (var u = 0; u < detail.Units.Length; u++)
            {
                var county = panel.Counties[panel.IndexOf(Sdk.Counties.CountyCode.Parse(detail.Units[u]))];
                Assert.Equal(column[panel.IndexOf(county.Code)], indicator.Raw[u]);
                if (!double.IsNaN(indicator.Raw[u]))
                {
                    Assert.Equal(indicator.Raw[u], indicator.Imputed[u]);
                }

                var inPanel = detail.ImputedPanel.IndexOf(county.Code);
                Assert.Equal(indicator.Imputed[u], detail.ImputedPanel.Value(county.Code, code, year.DataYear));
                Assert.Equal(indicator.Treated[u], detail.TreatedPanel.Value(county.Code, code, year.DataYear));
                Assert.True(inPanel >= 0);
            }
        }

        foreach (var record in detail.Imputations)
        {
            var u = detail.IndexOfUnit(record.County);
            var indicator = detail.Indicator(record.Indicator);
            Assert.True(double.IsNaN(indicator.Raw[u]));
            Assert.Equal(record.Value, indicator.Imputed[u]);
            Assert.True(detail.County(record.County).Indicator(record.Indicator).WasImputed);
        }

        foreach (var record in detail.Treatments)
        {
            var indicator = detail.Indicator(record.Indicator);
            foreach (var value in record.Values)
            {
                var u = detail.IndexOfUnit(value.County);
                Assert.Equal(value.Original, indicator.Imputed[u]);
                Assert.Equal(value.Treated, indicator.Treated[u]);
            }
        }

        Assert.Equal(year.DataYear, Assert.Single(detail.TreatedPanel.Years));
        Assert.Equal(panel.IsSynthetic, detail.ImputedPanel.IsSynthetic);
    }

    [Fact]
    public void Screened_out_counties_keep_their_raw_values_and_nothing_else()
    {
        // The third county has one value of three: below a screening threshold of 0.5.
        var counties = SmallPanels.Counties(4);
        var panel = SmallPanels.OneYear(counties, ("a", [10, 20, double.NaN, 40]), ("b", [4, 3, double.NaN, 1]), ("c", [5, 5, 15, 25]));
        var detail = EvaluationPipeline.EvaluateInDetail(panel, SmallPanels.Framework(), Plain.WithScreeningThreshold(0.5), Year2021);
        var screened = detail.County(counties[2].Code.ToString());
        Assert.True(screened.Evaluation.ScreenedOut);
        Assert.Equal(15, screened.Indicator("c").Raw);
        Assert.True(double.IsNaN(screened.Indicator("c").Normalised));
        Assert.All(screened.Groups, g => Assert.Null(g.Rank));
        Assert.Equal(3, detail.ImputedPanel.Counties.Length);
        Assert.Equal(-1, detail.TreatedPanel.IndexOf(counties[2].Code));
    }

    private static MethodConfiguration MethodNamed(string name) => name switch
    {
        "default" => MethodConfiguration.Default,
        "entropy-treated" => MethodConfiguration.Default
            .WithName(name)
            .WithOutlierTreatment(true)
            .WithNormalisation(MethodChoice.Of("min-max", ("lower", 0), ("upper", 100)))
            .WithLevels(LevelMethod.Of(MethodChoice.Of("entropy"), MethodChoice.Of("arithmetic")), LevelMethod.Default),
        "equal-geometric-scaled" => MethodConfiguration.Default
            .WithName(name)
            .WithNormalisation(MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)))
            .WithQualitativeScaling(MethodChoice.Of("linear", ("lower", 1), ("upper", 100)))
            .WithLevels(LevelMethod.Of(MethodChoice.Of("equal"), MethodChoice.Of("geometric")))
            .WithFinalScaling(MethodChoice.Of("min-max", ("lower", 0), ("upper", 100))),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static double[] MinMax(double[] x)
    {
        var present = x.Where(v => !double.IsNaN(v)).ToArray();
        double min = present.Min(), max = present.Max();
        return [.. x.Select(v => double.IsNaN(v) ? v : (v - min) / (max - min) * 100)];
    }
}

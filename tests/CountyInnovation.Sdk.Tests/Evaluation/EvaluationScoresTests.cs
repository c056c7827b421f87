using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Tests.Evaluation;

/// <summary>
/// The uncertainty engine evaluates every combination of choices for its scores alone
/// (<c>EvaluateScores</c>): they must be the full result's scores and sub-scores, bit for bit.
/// </summary>
public class EvaluationScoresTests
{
    private static void AssertSameScores(EvaluationResult full, PipelineScores scores)
    {
        Assert.Equal(full.Counties.Select(c => c.Code), scores.Counties.Select(c => c.Code.ToString()));
        Assert.Equal(full.FirstLevelCodes.Length, scores.FirstLevel);
        var n = full.Counties.Length;
        for (var u = 0; u < n; u++)
        {
            var county = full.Counties[u];
            Assert.Equal(county.Score ?? double.NaN, scores.Scores[u]);
            for (var f = 0; f < scores.FirstLevel; f++)
            {
                var expected = county.SubScores.IsDefaultOrEmpty ? double.NaN : county.SubScores[f] ?? double.NaN;
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(scores.SubScores[(f * n) + u]));
            }
        }
    }

    [Fact]
    public void The_sample_under_the_default_method_has_the_full_results_scores()
    {
        var panel = SamplePanel.Load();
        var year = EvaluationYear.ForDataYear(panel.Years[^1]);
        var pipeline = EvaluationPipeline.Create(HebeiFramework.Default, MethodConfiguration.Default);
        AssertSameScores(pipeline.Evaluate(panel, year), pipeline.EvaluateScores(panel, year));
    }

    [Fact]
    public void Screened_out_and_missing_units_have_no_scores()
    {
        // The second county has one value of three, below a screening threshold of one half.
        var counties = SmallPanels.Counties(4);
        var panel = SmallPanels.OneYear(
            counties,
            ("a", [10, double.NaN, 30, 40]),
            ("b", [4, double.NaN, 2, 1]),
            ("c", [5, 7, 15, 25]));
        var method = MethodConfiguration.Default
            .WithNormalisation(MethodChoice.Of("min-max", ("lower", 0), ("upper", 100)))
            .WithImputation()
            .WithOutlierTreatment(false)
            .WithScreeningThreshold(0.5);
        var pipeline = EvaluationPipeline.Create(SmallPanels.Framework(), method);
        var year = EvaluationYear.Of(2021);
        var full = pipeline.Evaluate(panel, year);
        Assert.Null(full.Counties[1].Score);
        AssertSameScores(full, pipeline.EvaluateScores(panel, year));
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property Any_panel_and_method_give_the_full_results_scores()
    {
        var gen =
            from seed in Gen.Choose(1, 10_000)
            from normalisation in Gen.Elements("min-max", "z-score", "rank")
            from aggregation in Gen.Elements("arithmetic", "geometric")
            from imputation in Gen.Elements("group-median", "group-mean", "mean")
            select (seed, normalisation, aggregation, imputation);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var panel = SyntheticPanelGenerator.Create(c.seed, countyCount: 40).Generate();
            var method = MethodConfiguration.Default
                .WithNormalisation(MethodChoice.Of(c.normalisation))
                .WithImputation(MethodChoice.Of(c.imputation));
            method = method.WithLevels(method.Levels.Select(l => LevelMethod.Of(l.Weighting, MethodChoice.Of(c.aggregation), l.MinimumDataAvailability)));
            var year = EvaluationYear.ForDataYear(panel.Years[^1]);
            EvaluationPipeline? pipeline = null;
            EvaluationResult full;
            try
            {
                // Geometric means of scales starting at 0 are refused when the pipeline is made.
                pipeline = EvaluationPipeline.Create(HebeiFramework.Default, method);
                full = pipeline.Evaluate(panel, year);
            }
            catch (Diagnostics.InvalidInputException) when (pipeline is not null)
            {
                Assert.ThrowsAny<Diagnostics.InvalidInputException>(() => pipeline.EvaluateScores(panel, year));
                return;
            }
            catch (Diagnostics.InvalidInputException)
            {
                return;
            }

            AssertSameScores(full, pipeline.EvaluateScores(panel, year));
        });
    }
}

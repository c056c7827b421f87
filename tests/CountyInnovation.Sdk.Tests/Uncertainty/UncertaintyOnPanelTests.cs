using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Tests.Uncertainty;

public sealed class UncertaintyOnPanelTests
{
    [Fact]
    public void Runs_on_the_multi_year_sample_with_imputation_that_reads_earlier_years()
    {
        var panel = CountyInnovation.Sdk.Data.SamplePanel.Load();
        var nominal = EvaluationScenario.Of(UncertaintyFixture.Framework, MethodConfiguration.Default);
        var spec = UncertaintySpecification.Of(
            nominal,
            WeightPerturbation.Of(1, 0.25),
            MethodAssumption.Imputation(MethodChoice.Of("carry-forward", ("max-years", 2)), MethodChoice.Of("group-mean")));
        var settings = UncertaintySettings.Default.WithRuns(256).WithSeed(3);

        var latest = UncertaintyAnalysis.Run(panel, EvaluationYear.ForDataYear(panel.Years[^1]), spec, settings);
        var earlier = UncertaintyAnalysis.Run(panel, EvaluationYear.ForDataYear(panel.Years[^3]), spec, settings);

        Assert.True(panel.Years.Length >= 3);
        Assert.True(latest.IsSynthetic);
        Assert.StartsWith("fast engine", latest.Engine);
        Assert.Equal(0, latest.FailedRuns);
        Assert.Equal(panel.Counties.Length, latest.Counties.Length);
        var nominalResult = EvaluationPipeline.Evaluate(panel, nominal.Framework, nominal.Method, latest.Year);
        Assert.Equal(nominalResult.Counties.Select(c => c.Rank), latest.Counties.Select(c => c.NominalRank));
        Assert.NotEqual(latest.Counties.Select(c => c.NominalRank), earlier.Counties.Select(c => c.NominalRank));
        Assert.Contains(latest.Counties, c => c.WorstRank > c.BestRank);
    }
}

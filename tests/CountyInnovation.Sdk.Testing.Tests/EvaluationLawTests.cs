using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Testing.Generators;
using CountyInnovation.Sdk.Testing.Laws;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace CountyInnovation.Sdk.Testing.Tests;

/// <summary>Whole scoring rules (framework × method) against the pipeline laws, on generated realistic panels.</summary>
public sealed class EvaluationLawTests(ITestOutputHelper output)
{
    private static readonly LawCheckOptions Fewer = LawCheckOptions.Default.WithMaxTests(40).WithSizes(1, 30);

    [Fact]
    public void The_default_method_on_the_Hebei_framework_satisfies_every_pipeline_law()
    {
        var report = EvaluationPipeline.Create(HebeiFramework.Default, MethodConfiguration.Default).ShouldSatisfyAllLaws(Fewer);
        output.WriteLine(report.ToString());

        Assert.All(report.Outcomes, o => Assert.Equal(LawStatus.Passed, o.Status));
    }

    [Fact]
    public void Generated_frameworks_and_method_configurations_satisfy_every_pipeline_law_that_applies()
    {
        var options = LawCheckOptions.Default.WithMaxTests(12).WithSizes(1, 16);
        var rules = Gen.Zip(Frameworks.Generator(), MethodConfigurations.Generator())
            .Sample(24, new Rnd(LawCheckOptions.DefaultSeed), 10);
        var checkedRules = 0;
        foreach (var (framework, method) in rules)
        {
            EvaluationPipeline pipeline;
            try
            {
                pipeline = EvaluationPipeline.Create(framework, method);
            }
            catch (Exception e) when (Law<EvaluationPipeline>.IsDeclaredRefusal(e))
            {
                continue; // refused up front with the reason, as the SDK promises for invalid combinations
            }

            EvaluationLaws.Check(pipeline, options).ThrowIfAnyFailed();
            checkedRules++;
        }

        Assert.True(checkedRules >= 12, $"only {checkedRules} of 24 generated rules were accepted");
    }

    [Fact]
    public void A_pipeline_with_a_team_s_non_monotone_normalisation_plugged_in_is_caught_with_a_shrunk_panel()
    {
        // A team registers its own normalisation under a name and refers to it from the method file.
        var registry = ScoringMethodRegistry.Default.WithNormalisation("distance-from-median", _ => new DistanceFromMedian());
        var method = MethodConfiguration.Default.WithName("team-rule").WithNormalisation(MethodChoice.Of("distance-from-median"));
        var pipeline = EvaluationPipeline.Create(HebeiFramework.Default, method, registry);

        var report = EvaluationLaws.Check(pipeline, Fewer);
        output.WriteLine(report.ToString());

        var outcome = report["monotone-in-each-indicator"];
        Assert.Equal(LawStatus.Failed, outcome.Status);
        var panel = Assert.IsType<PanelCase>(Assert.Single(outcome.CounterexampleArguments));
        Assert.True(panel.Counties.Length <= 4, $"the panel shrank only to {panel.Counties.Length} counties");
        Assert.Contains("lowered its score", outcome.Violation);
        Assert.Contains(outcome.Counterexample!, report.ToString());
    }

    /// <summary>100 minus the distance from the column median: the best and the worst county both lose.</summary>
    private sealed class DistanceFromMedian : Scoring.Normalisation.INormalisation
    {
        public string Name => "distance-from-median";

        public Scoring.Normalisation.NormalisationTraits Traits { get; } =
            Scoring.Normalisation.NormalisationTraits.Create(0, 100, Scoring.Normalisation.OutputSign.MayBeZeroOrNegative, affineInvariant: false);

        public void Normalise(ReadOnlySpan<double> column, Scoring.Normalisation.NormalisationContext context, Span<double> destination)
        {
            var observed = column.ToArray().Where(v => !double.IsNaN(v)).Order().ToArray();
            var median = observed.Length == 0 ? 0 : observed[observed.Length / 2];
            for (var i = 0; i < column.Length; i++)
            {
                destination[i] = Math.Clamp(100 - Math.Abs(column[i] - median), 0, 100);
            }
        }
    }
}

using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Tests.Uncertainty;

public sealed class UncertaintyAnalysisTests
{
    private static readonly ScoringMethodRegistry Registry = ScoringMethodRegistry.Default;

    public static TheoryData<string> Specifications => ["workload", "harmonic"];

    [Theory]
    [MemberData(nameof(Specifications))]
    public void Fast_engine_scores_equal_the_general_pipeline_within_1e_12(string name)
    {
        // The workload uses the vectorised arithmetic and geometric kernels; harmonic and generalised
        // means go through the registered aggregation itself on the cached columns.
        var specification = name == "workload"
            ? UncertaintyFixture.Workload
            : UncertaintySpecification.Of(
                UncertaintyFixture.Nominal,
                WeightPerturbation.Of(1, 0.3),
                MethodAssumption.Aggregation(MethodChoice.Of("harmonic"), MethodChoice.Of("generalised-mean", ("p", 2))),
                MethodAssumption.OutlierTreatment());
        var evaluator = new PipelineEvaluator(UncertaintyFixture.Panel(), UncertaintyFixture.Year, Registry);
        var model = UncertaintyModel.Prepare(evaluator, specification, Registry, UncertaintyEngine.Automatic, 2, default);
        Assert.NotNull(model.Layout);
        Assert.Equal(name == "workload", model.Layout.Tables.All(t => t.Failure is not null || t.Kernel != CompositeKernel.Generic));

        var general = new ScenarioScorer(evaluator, model.Specification.Nominal, model.Specification.Assumptions, model.Offsets);
        var fast = model.CreateScorer();
        var sample = UncertaintySample.Draw(40, model.Dimension, 123);
        var n = model.NominalRanks.Length;
        var compared = 0;
        for (var r = 0; r < 40; r++)
        {
            var row = sample.AsSpan(r * model.Dimension, model.Dimension);
            var expected = new double[n];
            var actual = new double[n];
            var generalFailure = general.Score(row, expected);
            var fastFailure = fast.Score(row, actual);
            Assert.Equal(generalFailure is null, fastFailure is null);
            if (generalFailure is not null)
            {
                Assert.Equal(generalFailure, fastFailure);
                continue;
            }

            compared++;
            for (var u = 0; u < n; u++)
            {
                Assert.Equal(expected[u], actual[u], 1e-12);
            }
        }

        Assert.True(compared >= 10, $"only {compared} runs succeeded");
    }

    [Fact]
    public void Results_are_bit_identical_with_one_two_and_four_threads_and_with_either_engine()
    {
        var panel = UncertaintyFixture.Panel();
        var settings = UncertaintySettings.Default.WithRuns(300).WithSeed(77);
        var results = new[] { 1, 2, 4 }
            .Select(t => UncertaintyAnalysis.Run(panel, UncertaintyFixture.Year, UncertaintyFixture.Workload, settings.WithMaxDegreeOfParallelism(t)))
            .ToArray();

        foreach (var other in results.Skip(1))
        {
            Assert.Equal(results[0].Counties.ToArray(), other.Counties.ToArray());
            Assert.Equal(Enumerable.Range(0, 300).Select(results[0].Run), Enumerable.Range(0, 300).Select(other.Run));

            Assert.Equal(results[0].FailedRuns, other.FailedRuns);
        }

        var general = UncertaintyAnalysis.Run(panel, UncertaintyFixture.Year, UncertaintyFixture.Workload, settings.WithEngine(UncertaintyEngine.General).WithRuns(100));
        var fast = UncertaintyAnalysis.Run(panel, UncertaintyFixture.Year, UncertaintyFixture.Workload, settings.WithEngine(UncertaintyEngine.Fast).WithRuns(100));
        Assert.StartsWith("general", general.Engine);
        Assert.StartsWith("fast", fast.Engine);
        Assert.Equal(general.FailedRuns, fast.FailedRuns);
        for (var u = 0; u < general.Counties.Length; u++)
        {
            Assert.Equal(general.Counties[u].MeanRank, fast.Counties[u].MeanRank, 1e-9);
            Assert.Equal(general.Counties[u].ProbabilityA, fast.Counties[u].ProbabilityA, 1e-9);
        }
    }

    [Fact]
    public void Each_run_records_its_parameters_and_failures_name_their_cause()
    {
        var result = UncertaintyAnalysis.Run(UncertaintyFixture.Panel(), UncertaintyFixture.Year, UncertaintyFixture.Workload, UncertaintySettings.Default.WithRuns(200));

        Assert.Equal(200, result.Runs);
        var runs = Enumerable.Range(0, result.Runs).Select(result.Run).ToList();
        Assert.All(runs, r => Assert.Equal(4, r.Parameters.Length));
        Assert.Contains(runs, r => r.Parameters[1] == UncertaintyFixture.ZScore.ToString());
        // z-scores are negative for weak counties: the geometric mean cannot take them.
        var failed = runs.Where(r => r.Failed).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, r => Assert.Equal("geometric", r.Parameters[2]));
        Assert.Equal(failed.Count, result.FailedRuns);
        Assert.Equal(failed.Count, result.FailureSummary().Sum(f => f.Runs));
        Assert.All(result.Counties, c => Assert.Equal(200 - failed.Count, c.RankedRuns));
    }

    [Fact]
    public void An_assumption_that_cannot_apply_is_an_error_naming_it_before_any_run()
    {
        var spec = UncertaintySpecification.Of(
            UncertaintyFixture.Nominal,
            WeightPerturbation.Of(3, 0.2),
            MethodAssumption.Normalisation(UncertaintyFixture.MinMax, MethodChoice.Of("no-such-method")),
            MethodAssumption.Aggregation(MethodChoice.Of("arithmetic"), MethodChoice.Of("geometric")),
            MethodAssumption.Aggregation(MethodChoice.Of("arithmetic"), MethodChoice.Of("harmonic")));

        var error = Assert.Throws<InvalidInputException>(() =>
            UncertaintyAnalysis.Run(UncertaintyFixture.Panel(), UncertaintyFixture.Year, spec));

        Assert.Contains(error.Problems, p => p.Message.Contains("no level 3", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Message.Contains("'no-such-method' is not a known normalisation", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Message.Contains("'aggregation' is given 2 times", StringComparison.Ordinal));
        Assert.All(error.Problems, p => Assert.Equal("<uncertainty specification>", p.Location.Source));
    }

    [Fact]
    public void Perturbing_weights_that_the_data_decide_is_an_error()
    {
        var method = UncertaintyFixture.Method.WithLevels(
            LevelMethod.Of(MethodChoice.Of("entropy"), MethodChoice.Of("arithmetic")),
            LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("arithmetic")));
        var spec = UncertaintySpecification.Of(EvaluationScenario.Of(UncertaintyFixture.Framework, method), WeightPerturbation.Of(2, 0.2));

        var problems = spec.Problems(Registry);

        Assert.Single(problems);
        Assert.Contains("weighted by 'entropy'", problems[0], StringComparison.Ordinal);
        Assert.Empty(UncertaintySpecification.Of(EvaluationScenario.Of(UncertaintyFixture.Framework, method), WeightPerturbation.Of(1, 0.2)).Problems(Registry));
    }

    [Fact]
    public void Indicator_level_weights_run_on_the_general_engine()
    {
        var spec = UncertaintySpecification.Of(UncertaintyFixture.Nominal, WeightPerturbation.Of(2, 0.5));
        var result = UncertaintyAnalysis.Run(UncertaintyFixture.Panel(20), UncertaintyFixture.Year, spec, UncertaintySettings.Default.WithRuns(30));

        Assert.StartsWith("general engine: assumption 'level-2-weights'", result.Engine);
        Assert.Equal(0, result.FailedRuns);
        Assert.Throws<InvalidInputException>(() => UncertaintyAnalysis.Run(UncertaintyFixture.Panel(20), UncertaintyFixture.Year, spec, UncertaintySettings.Default.WithRuns(30).WithEngine(UncertaintyEngine.Fast)));
    }

    [Fact]
    public void Cancellation_stops_the_analysis()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<UncertaintyProgress>(_ => cancel.Cancel());
        Assert.ThrowsAny<OperationCanceledException>(() => UncertaintyAnalysis.Run(
            UncertaintyFixture.Panel(),
            UncertaintyFixture.Year,
            UncertaintyFixture.Workload,
            UncertaintySettings.Default.WithRuns(5000).WithMaxDegreeOfParallelism(1),
            progress: progress,
            cancellationToken: cancel.Token));
    }

    [Fact]
    public void Sensitivity_finds_the_normalisation_matters_more_than_small_weight_changes_and_leaves_each_indicator_out()
    {
        var spec = UncertaintySpecification.Of(
            UncertaintyFixture.Nominal,
            WeightPerturbation.Of(1, 0.05),
            MethodAssumption.Normalisation(UncertaintyFixture.MinMax, MethodChoice.Of("rank")));
        var result = UncertaintyAnalysis.Sensitivity(UncertaintyFixture.Panel(), UncertaintyFixture.Year, spec, UncertaintySettings.Default.WithRuns(400).WithBootstrapResamples(200));

        Assert.Equal(400 * 4, result.TotalRuns);
        Assert.Equal(2, result.Indices.Length);
        var weights = result.Indices[0];
        var normalisation = result.Indices[1];
        Assert.True(normalisation.Total > weights.Total, result.ToString());
        Assert.True(normalisation.TotalLower <= normalisation.Total && normalisation.Total <= normalisation.TotalUpper);
        Assert.Equal(UncertaintyFixture.Framework.Indicators.Length, result.IndicatorRemovals.Length);
        Assert.All(result.IndicatorRemovals, r => Assert.Null(r.Failure));
        Assert.Contains(result.IndicatorRemovals, r => r.CountiesMoved > 0);
    }
}

using BenchmarkDotNet.Attributes;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Benchmarks.Evaluation;

/// <summary>
/// One full annual evaluation (screening, imputation, normalisation, weighting, aggregation, ranks,
/// classes, city summaries) under the default method and the Hebei framework: Hebei's 167 counties,
/// China's ≈2,844 county-level divisions, and 100,000 synthetic units to show how the cost grows.
/// The synthetic panels come from the seeded generator (data years 2018–2023) with derived
/// indicators computed once in the setup.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private EvaluationPipeline pipeline = null!;
    private Panel panel = null!;
    private EvaluationResult earlier = null!;
    private EvaluationResult later = null!;

    /// <summary>The number of counties.</summary>
    [Params(167, 2_844, 100_000)]
    public int Counties { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generated = SyntheticPanelGenerator.Create(countyCount: Counties).Generate();
        panel = DerivedIndicators.Derive(generated, HebeiFramework.Default).Panel;
        pipeline = EvaluationPipeline.Create(HebeiFramework.Default, MethodConfiguration.Default);
        earlier = pipeline.Evaluate(panel, EvaluationYear.Of(2023));
        later = pipeline.Evaluate(panel, EvaluationYear.Of(2024));
    }

    /// <summary>One evaluation of the latest year (2024, data of 2023).</summary>
    [Benchmark]
    public EvaluationResult Evaluate() => pipeline.Evaluate(panel, EvaluationYear.Of(2024));

    /// <summary>The leap between two evaluations.</summary>
    [Benchmark]
    public Leap LeapBetweenYears() => Leap.Between(earlier, later);
}

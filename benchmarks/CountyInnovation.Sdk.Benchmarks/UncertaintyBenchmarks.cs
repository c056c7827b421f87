using BenchmarkDotNet.Attributes;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Benchmarks;

/// <summary>
/// The uncertainty engine on workload W (2,844 synthetic counties × 17 indicators, first-level
/// weights ±25 %, normalisation ∈ {min-max, z-score, goalposts}, aggregation ∈ {arithmetic,
/// geometric}, imputation ∈ {column mean, group mean}, N = 10,000 runs, rank statistics and class
/// probabilities), at N = 100 and 1,000, and on Hebei's 167 counties. Everything is included:
/// validation, the nominal evaluation, one pipeline run per combination of discrete choices, the
/// runs on every core, and the per-county summaries.
/// </summary>
[MemoryDiagnoser]
public class UncertaintyBenchmarks
{
    private Panel panel = null!;

    [Params(2844, 167)]
    public int Counties { get; set; }

    [Params(100, 1000, 10000)]
    public int Runs { get; set; }

    [GlobalSetup]
    public void Setup() => panel = SyntheticPanelGenerator.Create(countyCount: Counties).Generate();

    [Benchmark]
    public UncertaintyResult Uncertainty() =>
        UncertaintyAnalysis.Run(panel, Workload.Year, Workload.Specification, UncertaintySettings.Default.WithRuns(Runs).WithSeed(1));
}

/// <summary>The workload W's specification, shared by the benchmarks.</summary>
internal static class Workload
{
    public static EvaluationYear Year { get; } = EvaluationYear.ForDataYear(2023);

    /// <summary>Nominal: group-mean imputation, min-max 1–100 (qualitative 1–100), arithmetic, fixed weights.</summary>
    public static UncertaintySpecification Specification { get; } = UncertaintySpecification.Of(
        EvaluationScenario.Of(
            HebeiFramework.Default,
            MethodConfiguration.Default
                .WithName("workload W")
                .WithImputation(MethodChoice.Of("group-mean"))
                .WithNormalisation(MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)))
                .WithQualitativeScaling(MethodChoice.Of("linear", ("lower", 1), ("upper", 100)))
                .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("arithmetic")))),
        WeightPerturbation.Of(1, 0.25),
        MethodAssumption.Normalisation(
            MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)),
            MethodChoice.Of("z-score", ("mean", 60), ("sd", 15)),
            MethodChoice.Of("goalposts", ("scale", 100))),
        MethodAssumption.Aggregation(MethodChoice.Of("arithmetic"), MethodChoice.Of("geometric")),
        MethodAssumption.Imputation(MethodChoice.Of("mean"), MethodChoice.Of("group-mean")));
}

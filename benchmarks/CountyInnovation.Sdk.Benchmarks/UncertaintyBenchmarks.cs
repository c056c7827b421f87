using BenchmarkDotNet.Attributes;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Benchmarks;

/// <summary>
/// Workload W, the benchmark to win: 2,844 synthetic counties × 17 indicators, first-level weights
/// ±25 %, normalisation ∈ {min-max, z-score, goalposts}, aggregation ∈ {arithmetic, geometric},
/// imputation ∈ {column mean, group mean}, N = 10,000 runs, rank statistics and class
/// probabilities. Everything is included: validation, the nominal evaluation, one pipeline run per
/// combination of discrete choices, the runs on every core, and the per-county summaries.
/// </summary>
[MemoryDiagnoser]
public class UncertaintyWorkloadBenchmarks
{
    private Panel panel = null!;

    [GlobalSetup]
    public void Setup() => panel = SyntheticPanelGenerator.Create(countyCount: 2844).Generate();

    [Benchmark]
    public UncertaintyResult W() =>
        UncertaintyAnalysis.Run(panel, Workload.Year, Workload.Specification, UncertaintySettings.Default.WithRuns(10_000).WithSeed(1));
}

/// <summary>
/// W's specification at other sizes: N = 100 and 1,000 runs on 2,844 counties (how cost grows with
/// N, and the fixed cost of evaluating the 12 combinations), and Hebei's 167 counties at N = 100
/// and 10,000.
/// </summary>
[MemoryDiagnoser]
public class UncertaintyBenchmarks
{
    private Panel panel = null!;

    [ParamsSource(nameof(Cases))]
    public (int Counties, int Runs) Size { get; set; }

    public static IEnumerable<(int Counties, int Runs)> Cases() => [(2844, 100), (2844, 1000), (167, 100), (167, 10_000)];

    [GlobalSetup]
    public void Setup() => panel = SyntheticPanelGenerator.Create(countyCount: Size.Counties).Generate();

    [Benchmark]
    public UncertaintyResult Uncertainty() =>
        UncertaintyAnalysis.Run(panel, Workload.Year, Workload.Specification, UncertaintySettings.Default.WithRuns(Size.Runs).WithSeed(1));
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

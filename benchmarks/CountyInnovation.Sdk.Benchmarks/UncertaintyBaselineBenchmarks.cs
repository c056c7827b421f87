using BenchmarkDotNet.Attributes;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Benchmarks;

/// <summary>
/// Side by side at small N on W's 2,844 counties: the naive baseline (the whole pipeline re-run for
/// every run, as existing toolkits do) against the fast engine (each combination of discrete
/// choices evaluated once, runs re-aggregate cached first-level columns).
/// </summary>
[MemoryDiagnoser]
public class UncertaintyBaselineBenchmarks
{
    private Panel panel = null!;

    [Params(10, 100)]
    public int Runs { get; set; }

    [GlobalSetup]
    public void Setup() => panel = SyntheticPanelGenerator.Create(countyCount: 2844).Generate();

    [Benchmark(Baseline = true)]
    public UncertaintyResult NaivePipelinePerRun() => Run(UncertaintyEngine.General);

    [Benchmark]
    public UncertaintyResult FastEngine() => Run(UncertaintyEngine.Fast);

    private UncertaintyResult Run(UncertaintyEngine engine) =>
        UncertaintyAnalysis.Run(panel, Workload.Year, Workload.Specification, UncertaintySettings.Default.WithRuns(Runs).WithSeed(1).WithEngine(engine));
}

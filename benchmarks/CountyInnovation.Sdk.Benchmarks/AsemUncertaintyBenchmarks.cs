using BenchmarkDotNet.Attributes;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Benchmarks;

/// <summary>
/// COINr's uncertainty example on its ASEM data (51 countries × 49 indicators in 8 pillars; pillar
/// weights ±25 %, arithmetic or geometric aggregation, min-max 1–100 or z-score (10, 2), N = 1,000),
/// in process: the same inputs and options as the whole-process ASEM row of docs/performance.md.
/// The inputs are the files <c>benchmarks/whole-process/asem_inputs.py</c> writes (run.sh puts them
/// in <c>artifacts/whole-process/asem</c>; <c>ASEM_INPUTS</c> names another folder).
/// </summary>
[MemoryDiagnoser]
public class AsemUncertaintyBenchmarks
{
    private string folder = null!;
    private Panel panel = null!;
    private UncertaintySpecification specification = null!;

    [GlobalSetup]
    public void Setup()
    {
        folder = InputFolder();
        (panel, specification) = Read(folder);
    }

    /// <summary>The analysis on inputs already read (what COINr's timing of its example covers).</summary>
    [Benchmark]
    public UncertaintyResult Analysis() => Run(panel, specification);

    /// <summary>Reading the three files and the analysis: everything the command does after start-up except writing.</summary>
    [Benchmark]
    public UncertaintyResult ReadAndAnalyse()
    {
        var (read, readSpecification) = Read(folder);
        return Run(read, readSpecification);
    }

    private static UncertaintyResult Run(Panel panel, UncertaintySpecification specification) =>
        UncertaintyAnalysis.Run(panel, EvaluationYear.Of(2019), specification, UncertaintySettings.Default.WithRuns(1000).WithSeed(7));

    private static (Panel Panel, UncertaintySpecification Specification) Read(string folder)
    {
        var registry = ScoringMethodRegistry.Default;
        var framework = IndicatorFrameworkReader.ReadFile(Path.Combine(folder, "framework.csv"));
        MethodConfiguration method;
        using (var reader = File.OpenText(Path.Combine(folder, "method.json")))
        {
            method = MethodConfigurationJson.Read(reader, "method.json", registry);
        }

        var panel = PanelCsvReader.ReadFile(Path.Combine(folder, "panel.csv"), framework, HebeiCounties.Directory, allowUnlistedCounties: true);
        var specification = UncertaintySpecification.Of(
            EvaluationScenario.Of(framework, method),
            [
                WeightPerturbation.Of(1, 0.25),
                MethodAssumption.Normalisation(MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)), MethodChoice.Of("z-score", ("mean", 10), ("sd", 2))),
                MethodAssumption.Aggregation(MethodChoice.Of("arithmetic"), MethodChoice.Of("geometric")),
            ]);
        return (panel, specification);
    }

    private static string InputFolder()
    {
        if (Environment.GetEnvironmentVariable("ASEM_INPUTS") is { Length: > 0 } named)
        {
            return named;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CountyInnovation.Sdk.sln")))
            {
                var folder = Path.Combine(directory.FullName, "artifacts", "whole-process", "asem");
                return File.Exists(Path.Combine(folder, "panel.csv"))
                    ? folder
                    : throw new InvalidOperationException($"No ASEM inputs in {folder}: run benchmarks/whole-process/run.sh (or asem_inputs.py) first, or set ASEM_INPUTS.");
            }
        }

        throw new InvalidOperationException("The repository root was not found: set ASEM_INPUTS to the folder asem_inputs.py wrote.");
    }
}

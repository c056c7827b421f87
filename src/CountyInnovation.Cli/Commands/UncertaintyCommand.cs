using System.CommandLine;
using CountyInnovation.Cli.Output;
using System.Globalization;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Uncertainty;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// <c>uncertainty [--data FILE] [--framework FILE] [--method FILE] [--year N] [--runs N] [--seed S]
/// [--vary LIST] [--weight-range F] [--threads N] [--sensitivity] [--format table|json|csv]</c>:
/// how sure each county's rank and class are under the method's uncertain assumptions.
/// </summary>
internal static class UncertaintyCommand
{
    private static readonly string[] Knobs = ["weights", "normalisation", "aggregation", "imputation", "treatment"];

    public static Command Create(CliContext context)
    {
        var data = new Option<FileInfo?>("--data") { Description = "Panel CSV (wide or long form); default: the embedded sample.", HelpName = "FILE" };
        var framework = FrameworkFile.CreateOption();
        var method = new Option<FileInfo?>("--method") { Description = "Method configuration JSON; default: the default method.", HelpName = "FILE" };
        var year = new Option<int?>("--year") { Description = "Evaluation year (it evaluates the data of the year before); default: the latest the data allow.", HelpName = "N" };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs (for --sensitivity: the base sample N, N(d + 2) runs in all).", DefaultValueFactory = _ => 1000, HelpName = "N" };
        var seed = new Option<ulong>("--seed") { Description = "Master seed: the same seed gives the same result on any number of threads.", DefaultValueFactory = _ => 2020, HelpName = "N" };
        var vary = new Option<string>("--vary")
        {
            Description = "Comma-separated assumptions to vary: weights (first-level, ±--weight-range), normalisation (the nominal one, min-max 0–100, goalposts), aggregation (arithmetic, geometric), imputation (group-median, group-mean, mean), treatment (on, off).",
            DefaultValueFactory = _ => "weights,imputation,treatment",
            HelpName = "LIST",
        };
        var normalisations = new Option<string?>("--normalisations")
        {
            Description = "Normalisation alternatives for --vary normalisation, separated by ';', each NAME or NAME(key=value, …) as printed, e.g. \"min-max(lower=1, upper=100);z-score(mean=10, sd=2)\"; default: the nominal one, min-max 0–100, goalposts.",
            HelpName = "LIST",
        };
        var range = new Option<double>("--weight-range") { Description = "f in w′ = w·(1 + (2U − 1)·f), between 0 and 1.", DefaultValueFactory = _ => 0.25, HelpName = "F" };
        var threads = new Option<int>("--threads") { Description = "Worker threads (0: one per processor). Results do not depend on it.", DefaultValueFactory = _ => 0, HelpName = "N" };
        var sensitivity = new Option<bool>("--sensitivity") { Description = "Also estimate first-order and total sensitivity indices (Saltelli) and leave each indicator out." };

        var command = new Command("uncertainty", "How sure is each county's rank and class? Monte Carlo uncertainty (and optionally sensitivity) analysis of the ranking.");
        foreach (var option in new Option[] { data, framework, method, year, runs, seed, vary, normalisations, range, threads, sensitivity })
        {
            command.Options.Add(option);
        }

        var output = OutputOptions.AddTo(command, "the result", "json: docs/uncertainty.md; csv: one row per county", OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        command.SetAction(parseResult =>
        {
            if (output.Resolve(parseResult, context) is not { } format)
            {
                return 1;
            }

            try
            {
                var request = new UncertaintyRequest(
                    parseResult.GetValue(data),
                    parseResult.GetValue(framework),
                    parseResult.GetValue(method),
                    parseResult.GetValue(year),
                    parseResult.GetValue(runs),
                    parseResult.GetValue(seed),
                    parseResult.GetValue(vary)!,
                    parseResult.GetValue(normalisations) is { } alternatives ? MethodChoiceText.ParseList(alternatives) : null,
                    parseResult.GetValue(range),
                    parseResult.GetValue(threads),
                    parseResult.GetValue(sensitivity),
                    format);
                return Execute(context, request, write => output.Write(parseResult, context, write));
            }
            catch (InvalidInputException e)
            {
                context.Error.WriteLine(e.Message);
                return 1;
            }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Execute(CliContext context, UncertaintyRequest request, Func<Func<CliContext, int>, int> write)
    {
        if (request.Runs < 2)
        {
            context.Error.WriteLine($"error: --runs must be at least 2, not {request.Runs}.");
            return 1;
        }

        if (!(request.WeightRange > 0 && request.WeightRange < 1))
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: --weight-range must lie strictly between 0 and 1, not {request.WeightRange}."));
            return 1;
        }

        var knobs = request.Vary.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = knobs.Where(k => !Knobs.Contains(k)).ToList();
        if (unknown.Count > 0 || knobs.Length == 0)
        {
            context.Error.WriteLine($"error: --vary takes a comma-separated list of {string.Join(", ", Knobs)}; unknown: {string.Join(", ", unknown.DefaultIfEmpty("(empty list)"))}.");
            return 1;
        }

        var registry = ScoringMethodRegistry.Default;
        var framework = request.Framework is null ? HebeiFramework.Default : IndicatorFrameworkReader.ReadFile(request.Framework.FullName);
        MethodConfiguration method;
        if (request.Method is null)
        {
            method = MethodConfiguration.Default;
        }
        else
        {
            using var reader = request.Method.OpenText();
            method = MethodConfigurationJson.Read(reader, request.Method.FullName, registry);
        }

        var panel = request.Data is null
            ? SamplePanel.Load()
            : PanelCsvReader.ReadFile(request.Data.FullName, framework, HebeiCounties.Directory, allowUnlistedCounties: true);
        var year = request.Year is { } y ? EvaluationYear.Of(y) : EvaluationYear.ForDataYear(panel.Years[^1]);
        var nominal = EvaluationScenario.Of(framework, method);
        var specification = UncertaintySpecification.Of(nominal, knobs.Distinct().Select(k => Assumption(k, method, request.WeightRange, request.Normalisations)));
        var settings = UncertaintySettings.Default
            .WithRuns(request.Runs)
            .WithSeed(request.Seed)
            .WithMaxDegreeOfParallelism(request.Threads);

        var (result, sensitivityResult) = WithProgress(context, (progress, time) =>
        {
            var result = UncertaintyAnalysis.Run(panel, year, specification, settings, registry, progress, time);
            var sensitivity = request.Sensitivity
                ? UncertaintyAnalysis.Sensitivity(panel, year, specification, settings, registry, progress, time)
                : null;
            return (result, sensitivity);
        });

        return write(target =>
        {
            if (request.Format == OutputFormat.Json)
            {
                CatalogueJson.Write(target.Output, UncertaintyJson.Of(result, sensitivityResult));
            }
            else if (request.Format == OutputFormat.Csv)
            {
                UncertaintyText.WriteCsv(target.Output, result);
            }
            else
            {
                UncertaintyText.WriteTable(target, result, sensitivityResult);
            }

            return 0;
        });
    }

    /// <summary>
    /// A progress bar on the terminal's standard error when it is a real, unredirected console;
    /// otherwise (redirected, or in-process tests) no progress output at all.
    /// </summary>
    private static T WithProgress<T>(CliContext context, Func<IProgress<UncertaintyProgress>?, TimeProvider?, T> work)
    {
        if (!ReferenceEquals(context.Error, Console.Error) || Console.IsErrorRedirected)
        {
            return work(null, null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Monte Carlo runs", maxValue: 1);
                var progress = new BarProgress(task);
                return work(progress, TimeProvider.System);
            });
    }

    private static IUncertainAssumption Assumption(string knob, MethodConfiguration method, double range, IReadOnlyList<MethodChoice>? normalisations) => knob switch
    {
        "weights" => WeightPerturbation.Of(1, range),
        "normalisation" => MethodAssumption.Normalisation(normalisations ?? new[]
        {
            method.Normalisation,
            MethodChoice.Of("min-max", ("lower", 0), ("upper", 100)),
            MethodChoice.Of("goalposts", ("scale", 100)),
        }.Distinct()),
        "aggregation" => MethodAssumption.Aggregation(MethodChoice.Of("arithmetic"), MethodChoice.Of("geometric")),
        "imputation" => MethodAssumption.Imputation(MethodChoice.Of("group-median"), MethodChoice.Of("group-mean"), MethodChoice.Of("mean")),
        _ => MethodAssumption.OutlierTreatment(),
    };

    private sealed record UncertaintyRequest(
        FileInfo? Data,
        FileInfo? Framework,
        FileInfo? Method,
        int? Year,
        int Runs,
        ulong Seed,
        string Vary,
        IReadOnlyList<MethodChoice>? Normalisations,
        double WeightRange,
        int Threads,
        bool Sensitivity,
        OutputFormat Format);

    private sealed class BarProgress(ProgressTask task) : IProgress<UncertaintyProgress>
    {
        public void Report(UncertaintyProgress value)
        {
            task.MaxValue = value.TotalRuns;
            task.Value = value.RunsDone;
            task.Description = double.IsNaN(value.RunsPerSecond)
                ? "Monte Carlo runs"
                : string.Create(CultureInfo.InvariantCulture, $"{value.RunsDone:N0}/{value.TotalRuns:N0} runs, {value.RunsPerSecond:N0} runs/s");
        }
    }
}

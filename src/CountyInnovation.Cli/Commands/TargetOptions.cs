using System.CommandLine;
using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Accountability;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Targets;
using NodaTime;
using NodaTime.Text;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// The options the target commands share (<c>--as-of</c>, <c>--observations</c>, <c>--plan</c>,
/// <c>--method</c>, <c>--format</c>) and how they turn into a plan, observations and a date.
/// </summary>
internal sealed class TargetOptions
{
    private TargetOptions()
    {
    }

    public Option<string?> AsOf { get; } = new("--as-of")
    {
        Description = "Assess as of this date (yyyy-MM-dd). Default: today in Asia/Shanghai by the tool's clock.",
        HelpName = "DATE",
    };

    public Option<FileInfo?> Observations { get; } = new("--observations")
    {
        Description = "Observation file (.csv or .json, see docs/formats/observations.md). " +
            "Default: the shipped ILLUSTRATIVE example (made-up values).",
        HelpName = "FILE",
    };

    public Option<FileInfo?> Plan { get; } = new("--plan")
    {
        Description = "A target plan file (.json, see docs/formats/targets.md) instead of the 2020 policy's targets.",
        HelpName = "FILE",
    };

    public Option<string> Method { get; } = CreateMethod();

    /// <summary>The <c>--format</c> and <c>--out</c> options.</summary>
    public OutputOptions Output { get; private set; } = null!;

    public static TargetOptions AddTo(Command command)
    {
        var options = new TargetOptions();
        command.Options.Add(options.AsOf);
        command.Options.Add(options.Observations);
        command.Options.Add(options.Plan);
        command.Options.Add(options.Method);
        options.Output = OutputOptions.AddTo(command, "the report", "json: docs/targets.md", OutputFormat.Table, OutputFormat.Json, OutputFormat.Markdown, OutputFormat.Csv);
        return options;
    }

    /// <summary>The report format of an output format, or <see langword="null"/> for the table.</summary>
    public static ReportFormat? ReportFormat(OutputFormat format) =>
        format == OutputFormat.Json ? Sdk.Accountability.ReportFormat.Json
        : format == OutputFormat.Markdown ? Sdk.Accountability.ReportFormat.Markdown
        : format == OutputFormat.Csv ? Sdk.Accountability.ReportFormat.Csv
        : null;

    /// <summary>Resolves the options; on a problem writes it to stderr and returns <see langword="null"/>.</summary>
    public Inputs? Resolve(ParseResult parseResult, CliContext context)
    {
        LocalDate asOf;
        string asOfNote;
        if (parseResult.GetValue(AsOf) is { } text)
        {
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                context.Error.WriteLine($"error: --as-of '{text}' is not a date: write yyyy-MM-dd, for example 2023-06-30.");
                return null;
            }

            asOf = parsed.Value;
            asOfNote = "as given";
        }
        else
        {
            asOf = AssessmentDate.Today(context.Clock);
            asOfNote = $"today in {AssessmentDate.DefaultTimeZoneId}";
        }

        INumericProgressMethod method = parseResult.GetValue(Method) == "extrapolation" ? ProgressChartMethod.Default : OpenSdgRatioMethod.Default;
        try
        {
            var plan = parseResult.GetValue(Plan) is { } planFile
                ? ReadFile(planFile, "--plan", reader => TargetPlanJsonReader.Read(reader, planFile.ToString()), context)
                : PolicyTargets.Hebei2020;
            if (plan is null)
            {
                return null;
            }

            ObservationSet? observations;
            if (parseResult.GetValue(Observations) is { } file)
            {
                var extension = file.Extension.ToLowerInvariant();
                if (extension is not (".csv" or ".json"))
                {
                    context.Error.WriteLine($"error: --observations '{file}': the file must end in .csv or .json.");
                    return null;
                }

                observations = ReadFile(
                    file,
                    "--observations",
                    reader => extension == ".csv" ? ObservationCsvReader.Read(reader, file.ToString(), plan) : ObservationJsonReader.Read(reader, file.ToString(), plan),
                    context);
            }
            else
            {
                observations = parseResult.GetValue(Plan) is null ? IllustrativeObservations.Hebei2020 : ObservationSet.Empty;
            }

            return observations is null ? null : new Inputs(plan, observations, asOf, asOfNote, method);
        }
        catch (InvalidInputException e)
        {
            ReportProblems(context, e, "the input");
            return null;
        }
    }

    /// <summary>Writes every problem of an invalid input file to stderr.</summary>
    public static void ReportProblems(CliContext context, InvalidInputException e, string what)
    {
        context.Error.WriteLine($"error: {Wording.Count(e.Problems.Length, "problem")} in {what}; nothing was loaded:");
        foreach (var problem in e.Problems)
        {
            context.Error.WriteLine("  " + problem);
        }
    }

    /// <summary>Writes the illustrative banner when the observations are made up.</summary>
    public static void Banner(CliContext context, bool illustrative)
    {
        if (illustrative)
        {
            context.Output.WriteLine("*** ILLUSTRATIVE DATA: the observations are made-up example values, not statistics. ***");
            context.Output.WriteLine("*** Pass --observations FILE with real observations (docs/formats/observations.md). ***");
        }
    }

    private static T? ReadFile<T>(FileInfo file, string option, Func<TextReader, T> read, CliContext context)
        where T : class
    {
        if (InputFile.Problem(file) is { } problem)
        {
            context.Error.WriteLine("error: " + InputFile.Message(file, option, problem));
            return null;
        }

        try
        {
            using var reader = file.OpenText();
            return read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: {option} '{file}': cannot be read: {e.Message}");
            return null;
        }
    }

    private static Option<string> CreateMethod()
    {
        var option = new Option<string>("--method")
        {
            Description = "Method for numeric targets: ratio (Open SDG / Eurostat, default) or extrapolation (UN Progress Chart).",
            DefaultValueFactory = _ => "ratio",
        };
        option.AcceptOnlyFromAmong("ratio", "extrapolation");
        return option;
    }

    /// <summary>What the options resolve to.</summary>
    internal sealed record Inputs(TargetPlan Plan, ObservationSet Observations, LocalDate AsOf, string AsOfNote, INumericProgressMethod Method);
}

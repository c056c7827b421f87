using System.CommandLine;
using System.Globalization;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Output;
using CountyInnovation.Sdk.Reports.Bulletins;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// <c>county-innovation evaluate</c>: runs the annual evaluation and prints the bulletin. With no
/// options it evaluates the embedded (synthetic) sample for the latest year against the year before.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<FileInfo?>("--data") { Description = "Panel data CSV (wide or long form, docs/formats/panel-data.md); the embedded synthetic sample when omitted." };
        var framework = new Option<FileInfo?>("--framework") { Description = "Indicator framework (.csv metadata table or .json); the Hebei default framework when omitted." };
        var method = new Option<FileInfo?>("--method") { Description = "Method configuration JSON (docs/formats/method.md); the SDK's default method when omitted." };
        var year = new Option<int?>("--year") { Description = "Evaluation year N (uses data of year N−1); the latest the data allow when omitted." };
        var compareWith = new Option<int?>("--compare-with") { Description = "Earlier evaluation year to compute leaps against; the year before --year when the data have it." };
        var format = new Option<string>("--format") { Description = "Output format: table, json, csv or markdown.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "markdown");
        var output = new Option<FileInfo?>("--out") { Description = "Write the bulletin to this file instead of standard output." };

        var command = new Command("evaluate", "Run the annual county S&T innovation capacity evaluation and print the bulletin: class counts, the A list, city averages, leaps and data-quality notes.");
        foreach (var option in new Option[] { data, framework, method, year, compareWith, format, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            context,
            parse.GetValue(data),
            parse.GetValue(framework),
            parse.GetValue(method),
            parse.GetValue(year),
            parse.GetValue(compareWith),
            Enum.Parse<BulletinFormat>(parse.GetValue(format)!, ignoreCase: true),
            parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, FileInfo? dataFile, FileInfo? frameworkFile, FileInfo? methodFile, int? year, int? compareWith, BulletinFormat format, FileInfo? outFile)
    {
        try
        {
            // Framework and method first: an impossible method is refused before any data is read.
            var framework = frameworkFile is null ? HebeiFramework.Default : IndicatorFrameworkReader.ReadFile(RequireFile(frameworkFile, "--framework"));
            var methodConfiguration = methodFile is null ? MethodConfiguration.Default : ReadMethod(RequireFile(methodFile, "--method"));
            var pipeline = Compile(framework, methodConfiguration, methodFile);
            var panel = dataFile is null ? SamplePanel.Load() : PanelCsvReader.ReadFile(RequireFile(dataFile, "--data"), framework, HebeiCounties.Directory, allowUnlistedCounties: true);

            var (evaluationYear, earlierYear) = ChooseYears(panel, year, compareWith);
            var result = pipeline.Evaluate(panel, evaluationYear);
            Leap? leap = null;
            if (earlierYear is { } earlier)
            {
                // Every evaluation the data allow before the later one: the best-ever rank needs them all.
                var history = panel.Years
                    .Select(y => y + 1)
                    .Where(y => y is >= EvaluationYear.MinValue and <= EvaluationYear.MaxValue && y < evaluationYear.Value && y != earlier.Value)
                    .Select(y => pipeline.Evaluate(panel, EvaluationYear.Of(y)))
                    .ToList();
                leap = Leap.Between(pipeline.Evaluate(panel, earlier), result, history);
            }

            var bulletin = Bulletin.Create(result, leap);
            if (outFile is null)
            {
                BulletinWriter.Write(bulletin, format, context.Output);
            }
            else
            {
                // Written whole or not at all: a failure (a full disk, say) leaves no truncated bulletin.
                AtomicFile.WriteText(outFile.FullName, writer => BulletinWriter.Write(bulletin, format, writer));

                context.Output.WriteLine($"Bulletin for the {result.Year} evaluation ({result.DataYear} data{(result.IsSynthetic ? ", SYNTHETIC" : string.Empty)}) written to {outFile.FullName}.");
            }

            return 0;
        }
        catch (InvalidInputException e)
        {
            context.Error.WriteLine($"error: {(e.Problems.Length == 1 ? "1 problem" : $"{e.Problems.Length} problems")}:");
            foreach (var problem in e.Problems)
            {
                context.Error.WriteLine("  " + problem);
            }

            return 1;
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static (EvaluationYear Year, EvaluationYear? Earlier) ChooseYears(Panel panel, int? year, int? compareWith)
    {
        var source = SourceLocation.Of(panel.Metadata.Source);
        var available = panel.Years.Select(y => y + 1).ToList();
        var range = available.Count == 0 ? "none" : $"{available[0]}–{available[^1]}";
        if (available.Count == 0)
        {
            throw new InvalidInputException([DataProblem.At(source, "The data hold no year to evaluate.")]);
        }

        var chosen = year ?? available[^1];
        if (!available.Contains(chosen))
        {
            throw new InvalidInputException([DataProblem.At(source, string.Create(CultureInfo.InvariantCulture, $"--year {chosen}: the {chosen} evaluation needs data of {chosen - 1}, which the data do not have; evaluation years available: {range}."))]);
        }

        if (compareWith is { } earlier)
        {
            if (earlier >= chosen)
            {
                throw new InvalidInputException([DataProblem.At(source, string.Create(CultureInfo.InvariantCulture, $"--compare-with {earlier}: it must be an evaluation year before {chosen}; evaluation years available: {range}."))]);
            }

            if (!available.Contains(earlier))
            {
                throw new InvalidInputException([DataProblem.At(source, string.Create(CultureInfo.InvariantCulture, $"--compare-with {earlier}: the {earlier} evaluation needs data of {earlier - 1}, which the data do not have; evaluation years available: {range}."))]);
            }

            return (EvaluationYear.Of(chosen), EvaluationYear.Of(earlier));
        }

        return (EvaluationYear.Of(chosen), available.Contains(chosen - 1) ? EvaluationYear.Of(chosen - 1) : null);
    }

    /// <summary>Checks the method against the framework; problems are placed in the method file when there is one.</summary>
    private static EvaluationPipeline Compile(IndicatorFramework framework, MethodConfiguration method, FileInfo? methodFile)
    {
        try
        {
            return EvaluationPipeline.Create(framework, method);
        }
        catch (InvalidInputException e) when (methodFile is not null)
        {
            var place = SourceLocation.Of(methodFile.FullName);
            throw new InvalidInputException(e.Problems.Select(p => DataProblem.At(place, p.Message, p.County, p.Indicator, p.Measure)));
        }
    }

    private static string RequireFile(FileInfo file, string option) => InputFile.Require(file, option);

    private static MethodConfiguration ReadMethod(string path)
    {
        using var reader = new StreamReader(path);
        return MethodConfigurationJson.Read(reader, path);
    }
}

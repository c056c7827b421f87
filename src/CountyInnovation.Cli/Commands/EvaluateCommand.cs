using System.CommandLine;
using System.Globalization;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Localization;

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
        var format = new Option<string>("--format") { Description = "Output format: table, json, csv, markdown, html (one self-contained file with charts, map and county profiles) or xlsx (needs --out).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "markdown", "html", "xlsx");
        var output = new Option<FileInfo?>("--out") { Description = "Write the bulletin to this file instead of standard output (whole or not at all)." };
        var language = new Option<string?>("--lang") { Description = "Language of the report text: zh-CN or en; zh-CN for html and xlsx, en for the others when omitted." };
        language.AcceptOnlyFromAmong(ReportLanguageTag.ChineseSimplified, ReportLanguageTag.English);
        var noBom = new Option<bool>("--no-bom") { Description = "Write CSV without the UTF-8 byte order mark (Excel needs the mark to read Chinese names)." };
        var encoding = new Option<string>("--encoding") { Description = "Encoding of the --data file: auto (UTF-8, else GBK/GB18030), utf-8, gbk or gb18030.", DefaultValueFactory = _ => TextFileEncoding.Auto };
        encoding.AcceptOnlyFromAmong([.. TextFileEncoding.Names]);

        var command = new Command("evaluate", "Run the annual county S&T innovation capacity evaluation and print the bulletin: class counts, the A list, city averages, leaps and data-quality notes.");
        foreach (var option in new Option[] { data, framework, method, year, compareWith, format, output, language, noBom, encoding })
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
            parse.GetValue(output),
            new ReportChoices(parse.GetValue(language), parse.GetValue(noBom), parse.GetValue(encoding) ?? TextFileEncoding.Auto)));
        return command;
    }

    private static int Run(CliContext context, FileInfo? dataFile, FileInfo? frameworkFile, FileInfo? methodFile, int? year, int? compareWith, BulletinFormat format, FileInfo? outFile, ReportChoices choices)
    {
        if (format == BulletinFormat.Xlsx && outFile is null)
        {
            context.Error.WriteLine("error: --format xlsx writes a binary workbook: give the file with --out.");
            return 1;
        }

        try
        {
            // Framework and method first: an impossible method is refused before any data is read.
            var framework = frameworkFile is null ? HebeiFramework.Default : IndicatorFrameworkReader.ReadFile(RequireFile(frameworkFile, "--framework"));
            var methodConfiguration = methodFile is null ? MethodConfiguration.Default : ReadMethod(RequireFile(methodFile, "--method"));
            var pipeline = Compile(framework, methodConfiguration, methodFile);
            var panel = dataFile is null ? SamplePanel.Load() : ReadPanel(RequireFile(dataFile, "--data"), framework, choices.Encoding);

            var (evaluationYear, earlierYear) = ChooseYears(panel, year, compareWith);
            var bulletin = Bulletin.Evaluate(pipeline, panel, evaluationYear, earlierYear);
            var result = bulletin.Result;
            var options = BulletinOptions.Default
                .WithLanguage(choices.Language is { } tag ? ReportLanguageTag.Parse(tag) : null)
                .WithByteOrderMark(!choices.NoBom);
            foreach (var warning in bulletin.Warnings(options.LanguageFor(format)))
            {
                context.Error.WriteLine("warning: " + warning);
            }

            if (outFile is null)
            {
                BulletinWriter.Write(bulletin, format, context.Output, options);
            }
            else
            {
                BulletinWriter.WriteFile(bulletin, format, outFile.FullName, options);
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

    private static Panel ReadPanel(string path, IndicatorFramework framework, string encoding)
    {
        using var reader = new StringReader(TextFileEncoding.ReadAllText(path, encoding));
        return PanelCsvReader.Read(reader, path, framework, HebeiCounties.Directory, allowUnlistedCounties: true);
    }

    /// <summary>The report options of the command line: language tag, CSV byte order mark, data file encoding.</summary>
    private readonly record struct ReportChoices(string? Language, bool NoBom, string Encoding);

    private static string RequireFile(FileInfo file, string option) =>
        file.Exists ? file.FullName : throw new FileNotFoundException($"{option} {file.FullName}: no such file.");

    private static MethodConfiguration ReadMethod(string path)
    {
        using var reader = new StreamReader(path);
        return MethodConfigurationJson.Read(reader, path);
    }
}

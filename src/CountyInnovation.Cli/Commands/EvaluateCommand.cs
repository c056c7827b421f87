using System.CommandLine;
using System.Globalization;
using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Details;
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
        var inputs = new EvaluationInputs();
        var year = new Option<int?>("--year") { Description = "Evaluation year N (uses data of year N−1, or of N with --year-is-data-year); the latest the data allow when omitted.", HelpName = "N" };
        var compareWith = new Option<int?>("--compare-with") { Description = "Earlier evaluation year to compute leaps against; the year before --year when the data have it.", HelpName = "N" };
        var detail = new Option<bool>("--detail") { Description = "With --format json: every number of the evaluation — each unit's raw, imputed, treated and normalised indicator values, every group's score and rank at every level, the weights applied (docs/formats/evaluation-detail.md)." };
        var table = new Option<string?>("--table") { Description = "With --format csv: one tidy table of the detail instead of the bulletin: indicators, groups or weights.", HelpName = "indicators|groups|weights" };
        table.AcceptOnlyFromAmong("indicators", "groups", "weights");
        var language = new Option<string?>("--lang") { Description = "Language of the report text: zh-CN or en; zh-CN for html and xlsx, en for the others when omitted.", HelpName = "zh-CN|en" };
        language.AcceptOnlyFromAmong(ReportLanguageTag.ChineseSimplified, ReportLanguageTag.English);
        var noBom = new Option<bool>("--no-bom") { Description = "Write CSV without the UTF-8 byte order mark (Excel needs the mark to read Chinese names)." };

        var command = new Command("evaluate", "Run the annual county S&T innovation capacity evaluation and print the bulletin: class counts, the A list, city averages, leaps and data-quality notes.");
        foreach (var option in inputs.Options.Concat([year, compareWith, detail, table, language, noBom]))
        {
            command.Options.Add(option);
        }

        var output = OutputOptions.AddTo(
            command,
            "the bulletin",
            "json: docs/formats/bulletin-json.md; html: one self-contained page with charts, map and county profiles; xlsx: a workbook, with --out",
            OutputFormat.Table,
            OutputFormat.Json,
            OutputFormat.Csv,
            OutputFormat.Markdown,
            OutputFormat.Html,
            OutputFormat.Xlsx);
        command.SetAction(parse => output.Resolve(parse, context) is not { } format ? 1 : EvaluationInputs.Reporting(context, () =>
        {
            var bulletinFormat = Enum.Parse<BulletinFormat>(format.Name, ignoreCase: true);
            var wantsDetail = parse.GetValue(detail);
            var detailTable = parse.GetValue(table);
            if (wantsDetail && bulletinFormat != BulletinFormat.Json)
            {
                throw Problem("--detail writes JSON: add --format json (or use --format csv --table indicators|groups|weights).");
            }

            if (detailTable is not null && bulletinFormat != BulletinFormat.Csv)
            {
                throw Problem("--table writes CSV: add --format csv.");
            }

            var outFile = parse.GetValue(output.Out);
            if (bulletinFormat == BulletinFormat.Xlsx && outFile is null)
            {
                throw Problem("--format xlsx writes a binary workbook: give the file with --out.");
            }

            var loaded = inputs.Load(parse);
            var (evaluationYear, earlierYear) = ChooseYears(loaded, parse.GetValue(year), parse.GetValue(compareWith));
            if (wantsDetail || detailTable is not null)
            {
                var evaluationDetail = loaded.Pipeline.EvaluateInDetail(loaded.Panel, evaluationYear);
                return output.Write(
                    parse,
                    context,
                    target =>
                    {
                        if (detailTable is null)
                        {
                            target.Output.Write(EvaluationDetailJsonWriter.Write(evaluationDetail));
                        }
                        else
                        {
                            EvaluationDetailCsvWriter.Write(evaluationDetail, Enum.Parse<DetailTable>(detailTable, ignoreCase: true), target.Output);
                        }

                        return 0;
                    },
                    $"Detail of the {evaluationDetail.Result.Year} evaluation ({evaluationDetail.Result.DataYear} data)");
            }

            var bulletin = Bulletin.Evaluate(loaded.Pipeline, loaded.Panel, evaluationYear, earlierYear);
            if (loaded.Units is { } units)
            {
                bulletin = bulletin.WithUnits(UnitCoverage.Of(loaded.Panel, units, bulletin.Result.DataYear));
            }

            var options = BulletinOptions.Default
                .WithLanguage(parse.GetValue(language) is { } tag ? ReportLanguageTag.Parse(tag) : null)
                .WithByteOrderMark(!parse.GetValue(noBom));
            foreach (var warning in bulletin.Warnings(options.LanguageFor(bulletinFormat)))
            {
                context.Error.WriteLine("warning: " + warning);
            }

            var result = bulletin.Result;
            var subject = $"Bulletin for the {result.Year} evaluation ({result.DataYear} data{(result.IsSynthetic ? ", SYNTHETIC" : string.Empty)})";
            if (outFile is not null)
            {
                // Written whole or not at all, in the bytes the format needs (a BOM for CSV, a binary workbook).
                BulletinWriter.WriteFile(bulletin, bulletinFormat, outFile.FullName, options);
                context.Output.WriteLine($"{subject} written to {outFile.FullName}.");
                return 0;
            }

            BulletinWriter.Write(bulletin, bulletinFormat, context.Output, options);
            return 0;
        }));
        return command;
    }

    private static InvalidInputException Problem(string message) => new([DataProblem.At(SourceLocation.Of("<command line>"), message)]);

    private static (EvaluationYear Year, EvaluationYear? Earlier) ChooseYears(EvaluationInputs.Loaded loaded, int? year, int? compareWith)
    {
        var source = SourceLocation.Of(loaded.Panel.Metadata.Source);
        var available = loaded.AvailableYears.ToList();
        var lag = loaded.SameAsData ? 0 : 1;
        var range = available.Count == 0 ? "none" : $"{available[0]}–{available[^1]}";
        if (available.Count == 0)
        {
            throw new InvalidInputException([DataProblem.At(source, "The data hold no year to evaluate.")]);
        }

        var chosen = year ?? available[^1];
        if (!available.Contains(chosen))
        {
            throw new InvalidInputException([DataProblem.At(source, string.Create(CultureInfo.InvariantCulture, $"--year {chosen}: the {chosen} evaluation needs data of {chosen - lag}, which the data do not have; evaluation years available: {range}."))]);
        }

        if (compareWith is { } earlier)
        {
            if (earlier >= chosen)
            {
                throw new InvalidInputException([DataProblem.At(source, string.Create(CultureInfo.InvariantCulture, $"--compare-with {earlier}: it must be an evaluation year before {chosen}; evaluation years available: {range}."))]);
            }

            if (!available.Contains(earlier))
            {
                throw new InvalidInputException([DataProblem.At(source, string.Create(CultureInfo.InvariantCulture, $"--compare-with {earlier}: the {earlier} evaluation needs data of {earlier - lag}, which the data do not have; evaluation years available: {range}."))]);
            }

            return (loaded.Year(chosen), loaded.Year(earlier));
        }

        return (loaded.Year(chosen), available.Contains(chosen - 1) ? loaded.Year(chosen - 1) : null);
    }
}

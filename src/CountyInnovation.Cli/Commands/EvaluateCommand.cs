using System.CommandLine;
using System.Globalization;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Output;
using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Details;

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
        var year = new Option<int?>("--year") { Description = "Evaluation year N (uses data of year N−1, or of N with --year-is-data-year); the latest the data allow when omitted." };
        var compareWith = new Option<int?>("--compare-with") { Description = "Earlier evaluation year to compute leaps against; the year before --year when the data have it." };
        var format = new Option<string>("--format") { Description = "Output format: table, json, csv or markdown.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "markdown");
        var detail = new Option<bool>("--detail") { Description = "With --format json: every number of the evaluation — each unit's raw, imputed, treated and normalised indicator values, every group's score and rank at every level, the weights applied (docs/formats/evaluation-detail.md)." };
        var table = new Option<string?>("--table") { Description = "With --format csv: one tidy table of the detail instead of the bulletin: indicators, groups or weights." };
        table.AcceptOnlyFromAmong("indicators", "groups", "weights");
        var output = new Option<FileInfo?>("--out") { Description = "Write the bulletin to this file instead of standard output." };

        var command = new Command("evaluate", "Run the annual county S&T innovation capacity evaluation and print the bulletin: class counts, the A list, city averages, leaps and data-quality notes.");
        foreach (var option in inputs.Options.Concat([year, compareWith, format, detail, table, output]))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            context,
            inputs,
            parse,
            parse.GetValue(year),
            parse.GetValue(compareWith),
            Enum.Parse<BulletinFormat>(parse.GetValue(format)!, ignoreCase: true),
            parse.GetValue(detail),
            parse.GetValue(table),
            parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, EvaluationInputs inputs, ParseResult parse, int? year, int? compareWith, BulletinFormat format, bool detail, string? table, FileInfo? outFile)
    {
        return EvaluationInputs.Reporting(context, () =>
        {
            if (detail && format != BulletinFormat.Json)
            {
                throw new InvalidInputException([DataProblem.At(SourceLocation.Of("<command line>"), "--detail writes JSON: add --format json (or use --format csv --table indicators|groups|weights).")]);
            }

            if (table is not null && format != BulletinFormat.Csv)
            {
                throw new InvalidInputException([DataProblem.At(SourceLocation.Of("<command line>"), "--table writes CSV: add --format csv.")]);
            }

            var loaded = inputs.Load(parse);
            var pipeline = loaded.Pipeline;
            var panel = loaded.Panel;
            var (evaluationYear, earlierYear) = ChooseYears(loaded, year, compareWith);
            if (detail || table is not null)
            {
                var evaluationDetail = pipeline.EvaluateInDetail(panel, evaluationYear);
                void WriteDetail(TextWriter writer)
                {
                    if (table is null)
                    {
                        writer.Write(EvaluationDetailJsonWriter.Write(evaluationDetail));
                    }
                    else
                    {
                        EvaluationDetailCsvWriter.Write(evaluationDetail, Enum.Parse<DetailTable>(table, ignoreCase: true), writer);
                    }
                }

                if (outFile is null)
                {
                    WriteDetail(context.Output);
                }
                else
                {
                    AtomicFile.WriteText(outFile.FullName, WriteDetail);
                    context.Output.WriteLine($"Detail of the {evaluationDetail.Result.Year} evaluation ({evaluationDetail.Result.DataYear} data) written to {outFile.FullName}.");
                }

                return 0;
            }

            var result = pipeline.Evaluate(panel, evaluationYear);
            Leap? leap = null;
            if (earlierYear is { } earlier)
            {
                // Every evaluation the data allow before the later one: the best-ever rank needs them all.
                var history = loaded.AvailableYears
                    .Where(y => y < evaluationYear.Value && y != earlier.Value)
                    .Select(y => pipeline.Evaluate(panel, loaded.Year(y)))
                    .ToList();
                leap = Leap.Between(pipeline.Evaluate(panel, earlier), result, history);
            }

            var bulletin = Bulletin.Create(result, leap);
            if (loaded.Units is { } units)
            {
                bulletin = bulletin.WithUnits(UnitCoverage.Of(panel, units, result.DataYear));
            }

            if (outFile is null)
            {
                BulletinWriter.Write(bulletin, format, context.Output);
            }
            else
            {
                using (var writer = new StreamWriter(outFile.FullName, append: false, new System.Text.UTF8Encoding(false)))
                {
                    BulletinWriter.Write(bulletin, format, writer);
                }

                context.Output.WriteLine($"Bulletin for the {result.Year} evaluation ({result.DataYear} data{(result.IsSynthetic ? ", SYNTHETIC" : string.Empty)}) written to {outFile.FullName}.");
            }

            return 0;
        });
    }

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

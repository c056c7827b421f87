using System.CommandLine;
using System.Globalization;
using CountyInnovation.Sdk.Analysis;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Output;
using CountyInnovation.Sdk.Reports.Analysis;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// <c>county-innovation analyse</c>: the composite indicator's diagnostics for one evaluation —
/// indicator statistics, correlations with their flags, Cronbach's alpha and principal components
/// per group — on the same inputs as <c>evaluate</c>.
/// </summary>
internal static class AnalyseCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new EvaluationInputs();
        var year = new Option<int?>("--year") { Description = "Evaluation year N (uses data of year N−1, or of N with --year-is-data-year); the latest the data allow when omitted." };
        var format = new Option<string>("--format") { Description = "Output format: table, json, csv or markdown (docs/formats/analysis.md).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "markdown");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("analyse", "Diagnose the composite indicator: statistics of every indicator, correlations within groups and with parent and index (flags for strong negative and near-duplicate pairs), Cronbach's alpha and principal components per group.");
        foreach (var option in inputs.Options.Concat([year, format, output]))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(context, inputs, parse, parse.GetValue(year), Enum.Parse<AnalysisFormat>(parse.GetValue(format)!, ignoreCase: true), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, EvaluationInputs inputs, ParseResult parse, int? year, AnalysisFormat format, FileInfo? outFile)
    {
        return EvaluationInputs.Reporting(context, () =>
        {
            var loaded = inputs.Load(parse);
            var available = loaded.AvailableYears;
            if (available.Count == 0)
            {
                throw new InvalidInputException([DataProblem.At(SourceLocation.Of(loaded.Panel.Metadata.Source), "The data hold no year to analyse.")]);
            }

            var chosen = year ?? available[^1];
            if (!available.Contains(chosen))
            {
                throw new InvalidInputException([DataProblem.At(SourceLocation.Of(loaded.Panel.Metadata.Source), string.Create(CultureInfo.InvariantCulture, $"--year {chosen}: the data allow the evaluation years {available[0]}–{available[^1]}."))]);
            }

            var detail = loaded.Pipeline.EvaluateInDetail(loaded.Panel, loaded.Year(chosen));
            var analysis = CompositeAnalysis.Of(detail);
            if (outFile is null)
            {
                AnalysisWriter.Write(analysis, format, context.Output);
            }
            else
            {
                AtomicFile.WriteText(outFile.FullName, w => AnalysisWriter.Write(analysis, format, w));
                context.Output.WriteLine($"Analysis of the {analysis.Year} evaluation ({analysis.Year.DataYear} data) written to {outFile.FullName}.");
            }

            return 0;
        });
    }
}

using System.CommandLine;
using System.Globalization;
using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Analysis;
using CountyInnovation.Sdk.Diagnostics;
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
        var year = new Option<int?>("--year") { Description = "Evaluation year N (uses data of year N−1, or of N with --year-is-data-year); the latest the data allow when omitted.", HelpName = "N" };
        var command = new Command("analyse", "Diagnose the composite indicator: statistics of every indicator, correlations within groups and with parent and index (flags for strong negative and near-duplicate pairs), Cronbach's alpha and principal components per group.");
        foreach (var option in inputs.Options.Append(year))
        {
            command.Options.Add(option);
        }

        var output = OutputOptions.AddTo(command, "the analysis", "docs/formats/analysis.md", OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        command.SetAction(parse => output.Resolve(parse, context) is not { } format
            ? 1
            : Run(context, inputs, parse, parse.GetValue(year), Enum.Parse<AnalysisFormat>(format.Name, ignoreCase: true), output));
        return command;
    }

    private static int Run(CliContext context, EvaluationInputs inputs, ParseResult parse, int? year, AnalysisFormat format, OutputOptions output)
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
            return output.Write(
                parse,
                context,
                target =>
                {
                    AnalysisWriter.Write(analysis, format, target.Output);
                    return 0;
                },
                $"Analysis of the {analysis.Year} evaluation ({analysis.Year.DataYear} data)");
        });
    }
}

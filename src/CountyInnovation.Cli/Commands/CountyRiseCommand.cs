using System.CommandLine;
using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Accountability;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Targets;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// <c>targets counties [--data FILE] [--indicator CODE] [--format …]</c>: measure 22 per county —
/// for each year, which counties' fiscal S&amp;T share did not rise.
/// </summary>
internal static class CountyRiseCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<FileInfo?>("--data") { Description = "Panel data CSV (docs/formats/panel-data.md); the embedded SYNTHETIC sample when omitted.", HelpName = "FILE" };
        var indicator = new Option<string>("--indicator")
        {
            Description = "The indicator that must rise every year (default fiscal_st_share, the fiscal S&T share).",
            DefaultValueFactory = _ => CountyRiseReport.FiscalScienceShare.ToString(),
            HelpName = "CODE",
        };
        var command = new Command("counties", "Measure 22 per county: for each year, which counties' fiscal S&T share (or --indicator) did not rise over the year before.");
        command.Options.Add(data);
        command.Options.Add(indicator);
        var output = OutputOptions.AddTo(command, "the report", null, OutputFormat.Table, OutputFormat.Json, OutputFormat.Markdown, OutputFormat.Csv);
        command.SetAction(parseResult =>
        {
            if (output.Resolve(parseResult, context) is not { } format)
            {
                return 1;
            }

            var code = parseResult.GetValue(indicator) ?? string.Empty;
            if (!IndicatorCode.TryParse(code, out var indicatorCode, out var reason))
            {
                context.Error.WriteLine($"error: --indicator '{code}': {reason}");
                return 1;
            }

            CountyInnovation.Sdk.Data.Panel panel;
            try
            {
                if (parseResult.GetValue(data) is { } file)
                {
                    if (InputFile.Problem(file) is { } problem)
                    {
                        context.Error.WriteLine("error: " + InputFile.Message(file, "--data", problem));
                        return 1;
                    }

                    panel = PanelCsvReader.ReadFile(file.FullName, counties: HebeiCounties.Directory, allowUnlistedCounties: true);
                }
                else
                {
                    panel = SamplePanel.Load();
                }
            }
            catch (InvalidInputException e)
            {
                TargetOptions.ReportProblems(context, e, "the panel");
                return 1;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"error: --data '{parseResult.GetValue(data)}': cannot be read: {e.Message}");
                return 1;
            }

            if (!panel.Contains(indicatorCode))
            {
                context.Error.WriteLine($"error: --indicator '{indicatorCode}': the panel has no such indicator. It has: {string.Join(", ", panel.Indicators)}.");
                return 1;
            }

            var report = CountyRiseReport.From(panel, indicatorCode);
            return output.Write(parseResult, context, target => Write(target, report, indicatorCode, format));
        });
        return command;
    }

    private static int Write(CliContext context, CountyRiseReport report, IndicatorCode indicatorCode, OutputFormat format)
    {
        if (TargetOptions.ReportFormat(format) is { } reportFormat)
        {
            CountyRiseReportWriter.Write(context.Output, report, reportFormat);
            return 0;
        }

        if (report.IsSynthetic)
        {
            context.Output.WriteLine($"*** {CountyRiseReportWriter.SyntheticBanner} ***");
        }

        context.Output.WriteLine($"{indicatorCode} must rise every year (measure 22); panel: {report.Source}.");
        var table = new Table();
        table.AddColumn("Year");
        table.AddColumn("Rose");
        table.AddColumn("Did not rise");
        table.AddColumn("No data");
        table.AddColumn("Counties that did not rise");
        foreach (var year in report.Years)
        {
            table.AddRow(
                year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                year.Rose.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                year.DidNotRise.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                year.NoData.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("、", year.DidNotRise.Select(c => c.County.NameZh))));
        }

        context.Console.Write(table);
        return 0;
    }
}

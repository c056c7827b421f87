using System.CommandLine;
using System.Globalization;
using System.Text;
using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// <c>indicators [--framework FILE] [--format table|csv|json] [--out FILE]</c>: the indicator
/// framework as a tree — codes, units, directions, weights, goalposts, and the raw statistics the
/// derived indicators are computed from. CSV and JSON are the framework file formats
/// (docs/formats/framework.md), so the output is a starting point for an own framework.
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Create(CliContext context)
    {
        var framework = FrameworkFile.CreateOption();
        var command = new Command(
            "indicators",
            "Show the indicator framework as a tree: codes (the panel's column names), units, directions, weights, goalposts, and which raw statistics the derived indicators need.");
        command.Options.Add(framework);
        var output = OutputOptions.AddTo(command, "the framework", "csv and json: the framework file formats of docs/formats/framework.md", OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        command.SetAction(parseResult =>
        {
            if (output.Resolve(parseResult, context) is not { } format)
            {
                return 1;
            }

            return ProblemReport.Guard(context, () =>
            {
                var chosen = FrameworkFile.Load(parseResult.GetValue(framework));
                return output.Write(parseResult, context, target => Write(target, chosen, format));
            });
        });
        return command;
    }

    private static int Write(CliContext context, IndicatorFramework framework, OutputFormat format)
    {
        if (format == OutputFormat.Csv)
        {
            IndicatorFrameworkWriter.WriteCsv(framework, context.Output);
            return 0;
        }

        if (format == OutputFormat.Json)
        {
            using var buffer = new MemoryStream();
            IndicatorFrameworkWriter.WriteJson(framework, buffer);
            context.Output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
            context.Output.WriteLine();
            return 0;
        }

        var table = new Table().Title(Markup.Escape($"{framework.Root.NameZh} {framework.Root.NameEn}"));
        foreach (var column in new[] { "Code", "Name", "Unit", "Direction", "Points", "Goalposts", "Data needed" })
        {
            table.AddColumn(column);
        }

        AddRows(table, framework, framework.Root.Code, 0);
        context.Console.Write(table);
        var quantitative = framework.Indicators.Count(i => i.Kind == IndicatorKind.Quantitative);
        context.Output.WriteLine(
            $"{Wording.Count(framework.Indicators.Length, "indicator")} ({quantitative} quantitative, {framework.Indicators.Length - quantitative} qualitative) " +
            $"under {Wording.Count(framework.FirstLevel.Length, "first-level indicator")}. Points: the share of the 100-point index each contributes.");
        if (!framework.RawStatistics.IsEmpty)
        {
            context.Output.WriteLine($"Raw statistics the derived indicators are computed from (a panel may hold them instead of those indicators): {string.Join(", ", framework.RawStatistics)}.");
        }

        context.Output.WriteLine("A panel data file has one column per indicator code (docs/formats/panel-data.md); `county-innovation template` writes a blank one.");
        return 0;
    }

    private static void AddRows(Table table, IndicatorFramework framework, IndicatorCode code, int depth)
    {
        var indent = new string(' ', 2 * depth);
        if (framework.TryGetIndicator(code, out var indicator))
        {
            table.AddRow(
                Markup.Escape(indent + code.Value),
                Markup.Escape(indent + indicator.NameZh + " " + indicator.NameEn),
                Markup.Escape(indicator.Unit),
                Wording.Of(indicator.Direction),
                Points(framework.EffectiveWeightOf(code)),
                indicator.Goalposts is { } g ? Markup.Escape(g.ToString()) : "—",
                Markup.Escape(DataNeeded(indicator)));
            return;
        }

        framework.TryGetGroup(code, out var group);
        table.AddRow(
            Markup.Escape(indent + code.Value),
            Markup.Escape(indent + group!.NameZh + " " + group.NameEn),
            string.Empty,
            string.Empty,
            Points(framework.IndicatorsUnder(code).Sum(i => framework.EffectiveWeightOf(i.Code))),
            string.Empty,
            string.Empty);
        foreach (var child in framework.ChildrenOf(code))
        {
            AddRows(table, framework, child, depth + 1);
        }
    }

    private static string DataNeeded(Indicator indicator) => indicator switch
    {
        { Kind: IndicatorKind.Qualitative } => "the assessors' score",
        { Formula: { } formula } => $"this column, or the raw statistics {string.Join(" and ", formula.Inputs)}: {indicator.Code} = {formula.Describe()}",
        _ => "this column",
    };

    private static string Points(double effectiveWeight) => (effectiveWeight * 100).ToString("0.##", CultureInfo.InvariantCulture);
}

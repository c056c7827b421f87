using System.CommandLine;
using System.Globalization;
using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// <c>template [--framework FILE] [--years LIST] [--form wide|long] [--out FILE]</c>: a blank panel
/// data file with every indicator column of the framework and a row for every county and year, ready
/// to fill in. Read back unfilled it is a panel whose every value is missing.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var framework = FrameworkFile.CreateOption();
        var years = new Option<string?>("--years")
        {
            Description = "Data years: one (2023), a list (2022,2023) or a range (2021-2023). Default: last year by the tool's clock (Asia/Shanghai).",
            HelpName = "YEARS",
        };
        var form = new Option<string>("--form")
        {
            Description = "wide (one row per county and year, one column per indicator; default) or long (one row per county, year and indicator).",
            DefaultValueFactory = _ => "wide",
            HelpName = "wide|long",
        };
        form.AcceptOnlyFromAmong("wide", "long");
        var command = new Command(
            "template",
            $"Write a blank panel data file (docs/formats/panel-data.md): every indicator column of the framework, a row for each of the {HebeiCounties.Count} counties and each year. Fill it in (an empty cell is a missing value) and pass it to evaluate --data.");
        command.Options.Add(framework);
        command.Options.Add(years);
        command.Options.Add(form);
        var output = OutputOptions.AddTo(command, "the template", null, OutputFormat.Csv);
        command.SetAction(parseResult =>
        {
            if (output.Resolve(parseResult, context) is null)
            {
                return 1;
            }

            return ProblemReport.Guard(context, () =>
            {
                var chosen = FrameworkFile.Load(parseResult.GetValue(framework));
                var dataYears = parseResult.GetValue(years) is { } text ? ParseYears(text) : [AssessmentDate.Today(context.Clock).Year - 1];
                var panel = Blank(chosen, dataYears);
                var wide = parseResult.GetValue(form) != "long";
                return output.Write(parseResult, context, target =>
                {
                    if (wide)
                    {
                        PanelCsvWriter.WriteWide(panel, target.Output);
                    }
                    else
                    {
                        PanelCsvWriter.WriteLong(panel, target.Output);
                    }

                    return 0;
                });
            });
        });
        return command;
    }

    /// <summary>Every county of the Hebei list, every year, every indicator of the framework, every value missing.</summary>
    internal static Panel Blank(IndicatorFramework framework, IReadOnlyList<int> years)
    {
        var counties = HebeiCounties.All;
        var values = new double[framework.Indicators.Length * years.Count * counties.Length];
        Array.Fill(values, double.NaN);
        var comments = new[]
        {
            string.Create(CultureInfo.InvariantCulture, $"Panel data template for the framework {framework.Root.Code} ({framework.Root.NameZh}), {(years.Count == 1 ? "data year" : "data years")} {string.Join(", ", years)}."),
            "Fill in the values: invariant numbers (. as decimal point); an empty cell is a missing value, never zero. Format: docs/formats/panel-data.md.",
            "Codes and units: county-innovation counties, county-innovation indicators. Delete these comment lines or keep them: both read.",
        };
        return Panel.Create(PanelMetadata.Create("template", isSynthetic: false, comments), counties, years, framework.Indicators.Select(i => i.Code), values);
    }

    /// <summary>Parses <c>2023</c>, <c>2022,2023</c> or <c>2021-2023</c> into ascending distinct years.</summary>
    /// <exception cref="InvalidInputException">The text is not such a list.</exception>
    internal static IReadOnlyList<int> ParseYears(string text)
    {
        var years = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || !bounds.All(IsYear))
            {
                throw Refuse($"--years {text}: '{part}' is not a year or a range of years (for example 2023, 2022,2023 or 2021-2023; years 1900 to 2200).");
            }

            var first = int.Parse(bounds[0], CultureInfo.InvariantCulture);
            var last = int.Parse(bounds[^1], CultureInfo.InvariantCulture);
            if (last < first)
            {
                throw Refuse($"--years {text}: the range {part} ends before it starts.");
            }

            for (var y = first; y <= last; y++)
            {
                years.Add(y);
            }
        }

        return [.. years];
    }

    private static bool IsYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200;

    private static InvalidInputException Refuse(string message) =>
        new([DataProblem.At(SourceLocation.Of("command line"), message)]);
}

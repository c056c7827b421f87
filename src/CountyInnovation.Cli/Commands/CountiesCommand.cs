using System.CommandLine;
using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Counties;
using CsvHelper;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// <c>counties [--city NAME] [--format table|csv|json] [--out FILE]</c>: Hebei's 167 county-level
/// divisions with the codes a data file needs, their names, cities and kinds.
/// </summary>
internal static class CountiesCommand
{
    public static Command Create(CliContext context)
    {
        var city = new Option<string?>("--city")
        {
            Description = "Only the divisions of one city: Chinese or English name, with or without 市 (石家庄市, 石家庄, Shijiazhuang), or 雄安新区.",
            HelpName = "NAME",
        };
        var command = new Command(
            "counties",
            $"List Hebei's {HebeiCounties.Count} county-level divisions (NBS {HebeiCounties.DivisionYear} codes): code, name, city and kind — the codes a panel data file needs.");
        command.Options.Add(city);
        var output = OutputOptions.AddTo(command, "the list", "csv: county_code,county_name,city,city_en,kind", OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        command.SetAction(parseResult =>
        {
            if (output.Resolve(parseResult, context) is not { } format)
            {
                return 1;
            }

            IReadOnlyList<County> counties = HebeiCounties.All;
            if (parseResult.GetValue(city) is { } name)
            {
                var wanted = HebeiCounties.Cities.FirstOrDefault(c => c.IsNamed(name.Trim()));
                if (wanted is null)
                {
                    context.Error.WriteLine($"error: --city {name}: no such city; the cities are {string.Join(", ", HebeiCounties.Cities.Select(c => $"{c.NameZh} ({c.NameEn})"))}.");
                    return 1;
                }

                counties = [.. counties.Where(c => c.City.Equals(wanted) || c.EvaluationGroup.Equals(wanted))];
            }

            return output.Write(parseResult, context, target => Write(target, counties, format));
        });
        return command;
    }

    private static int Write(CliContext context, IReadOnlyList<County> counties, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            CatalogueJson.Write(context.Output, new CountiesJson(CountiesSchema, [.. counties.Select(c => new DivisionJson(c.Code.ToString(), c.NameZh, c.EvaluationGroup.NameZh, c.EvaluationGroup.NameEn, KindName(c.Kind)))]));
            return 0;
        }

        if (format == OutputFormat.Csv)
        {
            using var csv = CsvWriter.Create(context.Output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
            foreach (var field in new[] { "county_code", "county_name", "city", "city_en", "kind" })
            {
                csv.WriteField(field);
            }

            csv.EndRecord();
            foreach (var c in counties)
            {
                foreach (var field in new[] { c.Code.ToString(), c.NameZh, c.EvaluationGroup.NameZh, c.EvaluationGroup.NameEn, KindName(c.Kind) })
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }

            return 0;
        }

        var table = new Table();
        foreach (var column in new[] { "Code", "Name", "City", "Kind" })
        {
            table.AddColumn(column);
        }

        foreach (var c in counties)
        {
            var cityText = c.EvaluationGroup.Equals(c.City) ? $"{c.City.NameZh} {c.City.NameEn}" : $"{c.EvaluationGroup.NameZh} {c.EvaluationGroup.NameEn} (code of {c.City.NameZh})";
            table.AddRow(c.Code.ToString(), Markup.Escape(c.NameZh), Markup.Escape(cityText), Markup.Escape(Wording.Of(c.Kind)));
        }

        context.Console.Write(table);
        context.Output.WriteLine($"{Wording.Count(counties.Count, "county-level division")}. City is the grouping the evaluation averages in; 雄安新区's counties keep their 保定 codes.");
        return 0;
    }

    /// <summary>The stable name of a kind in CSV and JSON.</summary>
    private static string KindName(CountyKind kind) => kind switch
    {
        CountyKind.County => "county",
        CountyKind.District => "district",
        CountyKind.CountyLevelCity => "countyLevelCity",
        CountyKind.AutonomousCounty => "autonomousCounty",
        _ => "other",
    };

    /// <summary>One division in <c>counties --format json</c>.</summary>
    /// <summary>The schema id of the counties document (docs/formats/json-schemas.md).</summary>
    internal const string CountiesSchema = "county-innovation/counties/v1";

    internal sealed record CountiesJson(string Schema, IReadOnlyList<DivisionJson> Counties);

    internal sealed record DivisionJson(string Code, string NameZh, string City, string CityEn, string Kind);
}

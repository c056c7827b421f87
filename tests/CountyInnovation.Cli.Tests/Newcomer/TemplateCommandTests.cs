using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Cli.Tests.Newcomer;

public class TemplateCommandTests
{
    [Theory]
    [InlineData("wide")]
    [InlineData("long")]
    public void An_unfilled_template_reads_back_as_a_panel_with_every_value_missing(string form)
    {
        var path = Path.Combine(CliRun.ScratchFolder(), "data.csv");
        CliRun.Ok("template", "--years", "2022,2023", "--form", form, "--out", path);

        var framework = HebeiFramework.Default;
        var panel = PanelCsvReader.ReadFile(path, framework);
        Assert.Equal(HebeiCounties.All.ToArray(), panel.Counties.ToArray());
        Assert.Equal([2022, 2023], panel.Years.ToArray());
        Assert.Equal(framework.Indicators.Select(i => i.Code).ToArray(), panel.Indicators.ToArray());
        Assert.False(panel.IsSynthetic);
        Assert.Equal(HebeiCounties.Count * 2 * framework.Indicators.Length, panel.MissingCells.Length);
        Assert.Empty(panel.AbsentCountyYears);
    }

    [Fact]
    public void The_wide_template_has_names_and_cities_to_fill_in_by()
    {
        var lines = CliRun.Ok("template", "--years", "2023").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines.First(l => !l.StartsWith('#'));
        Assert.StartsWith("county_code,county_name,city,year,fiscal_st_exp,", header, StringComparison.Ordinal);
        Assert.Contains("130638,雄县,雄安新区,2023,,,,,,,,,,,,,,,,,", lines);
    }

    [Fact]
    public void Without_years_the_template_is_for_last_year_by_the_clock()
    {
        var lines = CliRun.Ok("template").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("130102,长安区,石家庄市,2025,", lines.First(l => l.StartsWith("130102", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_of_years_gives_a_row_per_county_and_year()
    {
        var path = Path.Combine(CliRun.ScratchFolder(), "data.csv");
        CliRun.Ok("template", "--years", "2021-2023", "--out", path);
        Assert.Equal([2021, 2022, 2023], PanelCsvReader.ReadFile(path).Years.ToArray());
    }

    [Theory]
    [InlineData("23")]
    [InlineData("2023-2021")]
    [InlineData("2023,x")]
    public void Bad_years_are_refused_and_no_file_is_written(string years)
    {
        var path = Path.Combine(CliRun.ScratchFolder(), "data.csv");
        var (code, _, error) = CliRun.Run("template", "--years", years, "--out", path);
        Assert.Equal(1, code);
        Assert.Contains("--years " + years, error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_filled_template_evaluates()
    {
        var path = Path.Combine(CliRun.ScratchFolder(), "data.csv");
        CliRun.Ok("template", "--years", "2023", "--out", path);
        var framework = HebeiFramework.Default;
        var filled = File.ReadAllLines(path).Select(line =>
            line.StartsWith('#') || line.StartsWith("county_code", StringComparison.Ordinal)
                ? line
                : line[..(line.Length - framework.Indicators.Length)] + "," + string.Join(",", framework.Indicators.Select((_, i) => ((int.Parse(line[..6], System.Globalization.CultureInfo.InvariantCulture) % 97) + (i * 3)).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        File.WriteAllLines(path, filled);

        var output = CliRun.Ok("evaluate", "--data", path, "--format", "json");
        Assert.Contains("\"scored\": 167", output, StringComparison.Ordinal);
    }
}

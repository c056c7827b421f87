using System.Text.Json;

namespace CountyInnovation.Cli.Tests.Evaluate;

public class EvaluateCommandTests(EvaluateFixture fixture) : IClassFixture<EvaluateFixture>
{
    [Fact]
    public void Json_evaluates_the_latest_year_against_the_year_before()
    {
        var (exit, output, error) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("county-innovation/bulletin/v1", root.GetProperty("schema").GetString());
        Assert.Equal(2023, root.GetProperty("evaluationYear").GetInt32());
        Assert.Equal(2022, root.GetProperty("dataYear").GetInt32());
        Assert.False(root.GetProperty("synthetic").GetBoolean());
        Assert.Equal(24, root.GetProperty("counties").GetArrayLength());
        Assert.Equal(2022, root.GetProperty("leap").GetProperty("earlierYear").GetInt32());
        var classes = root.GetProperty("summary").GetProperty("classes");
        Assert.Equal(24, classes.GetProperty("A").GetInt32() + classes.GetProperty("B").GetInt32() + classes.GetProperty("C").GetInt32());
        Assert.Equal(1, root.GetProperty("dataQuality").GetProperty("imputations").GetArrayLength());
        Assert.Equal("default", root.GetProperty("method").GetProperty("name").GetString());
    }

    [Fact]
    public void Year_and_compare_with_choose_the_evaluations()
    {
        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--year", "2022", "--compare-with", "2020", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2022, json.RootElement.GetProperty("evaluationYear").GetInt32());
        Assert.Equal(2021, json.RootElement.GetProperty("dataYear").GetInt32());
        Assert.Equal(2020, json.RootElement.GetProperty("leap").GetProperty("earlierYear").GetInt32());
    }

    [Fact]
    public void The_first_year_has_no_leap()
    {
        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--year", "2020", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("leap").ValueKind);
    }

    [Fact]
    public void Table_is_the_default_format_and_shows_every_section()
    {
        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile);
        Assert.Equal(0, exit);
        Assert.Contains("evaluation 2023 (data year 2022)", output, StringComparison.Ordinal);
        Assert.Contains("Class counts", output, StringComparison.Ordinal);
        Assert.Contains("Class A in score order", output, StringComparison.Ordinal);
        Assert.Contains("City averages", output, StringComparison.Ordinal);
        Assert.Contains("Leaps 2022 → 2023", output, StringComparison.Ordinal);
        Assert.Contains("Data quality", output, StringComparison.Ordinal);
        Assert.Contains("1 value imputed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("SYNTHETIC", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("markdown")]
    public void Synthetic_data_are_labelled_in_every_format(string format)
    {
        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--data", fixture.SyntheticDataFile, "--format", format);
        Assert.Equal(0, exit);
        if (format == "csv")
        {
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(lines.Skip(1), l => Assert.Contains(",true,", l, StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains("SYNTHETIC", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_county()
    {
        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "csv");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("evaluation_year,data_year,synthetic,rank,county_code,county_name,city,score,class,sub_input,", lines[0], StringComparison.Ordinal);
        Assert.Contains("rank_gain", lines[0], StringComparison.Ordinal);
        Assert.Equal(25, lines.Length);
        Assert.StartsWith("2023,2022,false,1,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_the_bulletin_sections()
    {
        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "markdown");
        Assert.Equal(0, exit);
        Assert.StartsWith("# County S\\&T innovation capacity evaluation 2023 (data year 2022)", output, StringComparison.Ordinal);
        Assert.Contains("## Class A in score order", output, StringComparison.Ordinal);
        Assert.Contains("## City averages", output, StringComparison.Ordinal);
        Assert.Contains("## Leaps 2022 → 2023", output, StringComparison.Ordinal);
        Assert.Contains("## Data quality", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_the_file_and_says_where()
    {
        var path = Path.Combine(fixture.Directory, "bulletin.json");
        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "json", "--out", path);
        Assert.Equal(0, exit);
        Assert.Contains(path, output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(2023, json.RootElement.GetProperty("evaluationYear").GetInt32());
    }

    [Fact]
    public void A_method_file_is_used_and_recorded()
    {
        var method = fixture.Write("minmax.json", """{ "name": "min-max-test", "normalisation": { "default": { "method": "min-max", "lower": 0, "upper": 100 } } }""");
        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--method", method, "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("min-max-test", json.RootElement.GetProperty("method").GetProperty("name").GetString());
        Assert.Equal("min-max", json.RootElement.GetProperty("method").GetProperty("normalisation").GetProperty("default").GetProperty("method").GetString());
    }

    [Fact]
    public void A_framework_file_is_used()
    {
        var writer = new StringWriter();
        CountyInnovation.Sdk.Indicators.IndicatorFrameworkWriter.WriteCsv(CountyInnovation.Sdk.Indicators.HebeiFramework.Default, writer);
        var framework = fixture.Write("framework.csv", writer.ToString());
        var (exit, _, error) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--framework", framework, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(error);
    }

    [Fact]
    public void A_missing_file_is_named_on_stderr()
    {
        var missing = Path.Combine(fixture.Directory, "nope.csv");
        foreach (var option in new[] { "--data", "--method", "--framework" })
        {
            var (exit, output, error) = EvaluateFixture.Run("evaluate", option, missing);
            Assert.NotEqual(0, exit);
            Assert.Empty(output);
            Assert.Contains(option, error, StringComparison.Ordinal);
            Assert.Contains(missing, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_malformed_method_file_is_reported_with_line_and_column()
    {
        var method = fixture.Write("bad.json", "{\n  \"levels\": [ { \"aggregation\": \"geometrik\" } ]\n}");
        var (exit, _, error) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--method", method);
        Assert.Equal(1, exit);
        Assert.Contains($"{method}:2:", error, StringComparison.Ordinal);
        Assert.Contains("unknown aggregation method 'geometrik'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_combination_is_refused_with_the_reason()
    {
        var method = fixture.Write("geometric.json", """{ "levels": [ { "aggregation": "geometric" } ] }""");
        var (exit, output, error) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--method", method);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains($"{method}: Indicators fiscal_st_exp,", error, StringComparison.Ordinal);
        Assert.Contains("geometric", error, StringComparison.Ordinal);
        Assert.Contains("strictly positive", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_data_are_reported_with_file_line_and_column()
    {
        var lines = File.ReadAllLines(fixture.DataFile).ToList();
        var row = lines.FindIndex(l => !l.StartsWith('#') && !l.StartsWith("county_code", StringComparison.Ordinal));
        var cells = lines[row].Split(',');
        cells[4] = "abc";
        lines[row] = string.Join(',', cells);
        var bad = fixture.Write("bad.csv", string.Join('\n', lines) + "\n");
        var (exit, _, error) = EvaluateFixture.Run("evaluate", "--data", bad);
        Assert.Equal(1, exit);
        Assert.Contains($"{bad}:{row + 1}:5", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--year", "2030", "--year 2030")]
    [InlineData("--year", "2019", "--year 2019")]
    [InlineData("--compare-with", "2023", "--compare-with 2023")]
    [InlineData("--compare-with", "2015", "--compare-with 2015")]
    public void Unknown_years_are_refused_naming_the_option(string option, string value, string said)
    {
        var (exit, output, error) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, option, value);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains(said, error, StringComparison.Ordinal);
        Assert.Contains("2020–2023", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "xml");
        Assert.NotEqual(0, exit);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }
}

public class EvaluateLeapTests(EvaluateFixture fixture) : IClassFixture<EvaluateFixture>
{
    [Fact]
    public void A_county_absent_in_the_earlier_data_year_is_listed_as_entered()
    {
        // Remove one county's 2021 row: it is not in the 2022 evaluation but is in 2023's.
        var lines = File.ReadAllLines(fixture.DataFile).ToList();
        var header = lines.First(l => l.StartsWith("county_code", StringComparison.Ordinal)).Split(',');
        var yearColumn = Array.IndexOf(header, "year");
        var victim = lines.First(l => !l.StartsWith('#') && !l.StartsWith("county_code", StringComparison.Ordinal)).Split(',')[0];
        lines.RemoveAll(l => l.StartsWith(victim + ",", StringComparison.Ordinal) && l.Split(',')[yearColumn] == "2021");
        var file = fixture.Write("gap.csv", string.Join('\n', lines) + "\n");

        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--data", file, "--format", "json");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var leap = json.RootElement.GetProperty("leap");
        Assert.Equal(victim, Assert.Single(leap.GetProperty("entered").EnumerateArray()).GetString());
        Assert.Equal(24, leap.GetProperty("counties").GetArrayLength());
        var entry = leap.GetProperty("counties").EnumerateArray().Single(c => c.GetProperty("code").GetString() == victim);
        Assert.Equal("entered", entry.GetProperty("presence").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, entry.GetProperty("rankGain").ValueKind);
    }

    [Fact]
    public void Long_form_data_give_the_same_bulletin_as_wide_form()
    {
        var panel = CountyInnovation.Sdk.Data.PanelCsvReader.ReadFile(fixture.DataFile);
        var writer = new StringWriter();
        CountyInnovation.Sdk.Data.PanelCsvWriter.WriteLong(panel, writer);
        var longFile = fixture.Write("long.csv", writer.ToString());
        var wide = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "csv");
        var @long = EvaluateFixture.Run("evaluate", "--data", longFile, "--format", "csv");
        Assert.Equal(0, @long.Exit);
        Assert.Equal(wide.Output, @long.Output);
    }

    [Fact]
    public void The_json_bulletin_is_identical_run_after_run()
    {
        var first = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "json").Output;
        var second = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "json").Output;
        Assert.Equal(first, second);
    }
}

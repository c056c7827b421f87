using System.Text.Json;
using CountyInnovation.Cli.Tests.Evaluate;

namespace CountyInnovation.Cli.Tests.Uncertainty;

public sealed class UncertaintyCommandTests(EvaluateFixture fixture) : IClassFixture<EvaluateFixture>
{
    private (int Exit, string Output, string Error) Run(params string[] args) =>
        EvaluateFixture.Run(["uncertainty", "--data", fixture.SyntheticDataFile, .. args]);

    private JsonElement Json(params string[] args)
    {
        var (exit, output, error) = Run([.. args, "--format", "json"]);
        Assert.True(exit == 0, error);
        Assert.Equal(string.Empty, error);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Table_shows_each_county_with_its_interval_and_class_probabilities_most_uncertain_first()
    {
        var (exit, output, error) = Run("--runs", "200");

        Assert.True(exit == 0, error);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Uncertainty of the 2023 evaluation (data of 2022)", output, StringComparison.Ordinal);
        Assert.Contains("SYNTHETIC DATA", output, StringComparison.Ordinal);
        Assert.Contains("200 runs, seed 2020", output, StringComparison.Ordinal);
        Assert.Contains("90% interval", output, StringComparison.Ordinal);
        Assert.Contains("P(A)", output, StringComparison.Ordinal);
        Assert.Contains("first-level-weights ±25%", output, StringComparison.Ordinal);
        Assert.Contains("Most uncertain first", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_every_county_with_probabilities_summing_to_one_most_uncertain_first()
    {
        var json = Json("--runs", "300", "--seed", "5");

        Assert.Equal(2023, json.GetProperty("year").GetInt32());
        Assert.Equal(2022, json.GetProperty("dataYear").GetInt32());
        Assert.True(json.GetProperty("synthetic").GetBoolean());
        Assert.Equal(300, json.GetProperty("runs").GetInt32());
        Assert.Equal(5UL, json.GetProperty("seed").GetUInt64());
        Assert.Equal(3, json.GetProperty("assumptions").GetArrayLength());
        var counties = json.GetProperty("counties").EnumerateArray().ToList();
        Assert.Equal(24, counties.Count);
        var widths = new List<double>();
        foreach (var c in counties)
        {
            var sum = c.GetProperty("probabilityA").GetDouble() + c.GetProperty("probabilityB").GetDouble() + c.GetProperty("probabilityC").GetDouble();
            Assert.Equal(1.0, sum, 12);
            var p5 = c.GetProperty("percentile5Rank").GetDouble();
            var p95 = c.GetProperty("percentile95Rank").GetDouble();
            Assert.InRange(p5, c.GetProperty("bestRank").GetInt32(), p95);
            Assert.InRange(p95, p5, c.GetProperty("worstRank").GetInt32());
            widths.Add(p95 - p5);
        }

        Assert.Equal(widths.OrderByDescending(w => w), widths);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("sensitivity").ValueKind);
    }

    [Fact]
    public void Same_seed_gives_the_same_output_whatever_the_thread_count()
    {
        var one = Run("--runs", "150", "--format", "csv", "--threads", "1");
        var two = Run("--runs", "150", "--format", "csv", "--threads", "2");
        var other = Run("--runs", "150", "--format", "csv", "--seed", "99");

        Assert.Equal(0, one.Exit);
        Assert.Equal(one.Output, two.Output);
        Assert.NotEqual(one.Output, other.Output);
        var lines = one.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("code,name,city,nominal_score,nominal_rank", lines[0], StringComparison.Ordinal);
        Assert.Equal(25, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.EndsWith("true", l.TrimEnd('\r'), StringComparison.Ordinal));
    }

    [Fact]
    public void Sensitivity_adds_indices_per_assumption_and_indicator_removals()
    {
        var json = Json("--runs", "64", "--vary", "weights,normalisation", "--sensitivity");

        var sensitivity = json.GetProperty("sensitivity");
        Assert.Equal(64, sensitivity.GetProperty("baseRuns").GetInt32());
        Assert.Equal(64 * 4, sensitivity.GetProperty("totalRuns").GetInt32());
        Assert.Equal(["first-level-weights", "normalisation"], sensitivity.GetProperty("indices").EnumerateArray().Select(i => i.GetProperty("assumption").GetString()));
        Assert.Equal(17, sensitivity.GetProperty("indicatorRemovals").GetArrayLength());
    }

    [Theory]
    [InlineData("--vary", "weights,colour", "unknown: colour")]
    [InlineData("--runs", "1", "--runs must be at least 2")]
    [InlineData("--weight-range", "1.5", "--weight-range must lie strictly between 0 and 1")]
    [InlineData("--format", "xml", "xml")]
    [InlineData("--normalisations", "min-max(lower=1", "'min-max(lower=1' is not a method choice")]
    [InlineData("--normalisations", "z-score(sd)", "'sd' in 'z-score(sd)' is not a parameter")]
    public void Bad_options_are_clear_errors_with_a_nonzero_exit(string option, string value, string message)
    {
        var (exit, output, error) = Run(option, value);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Uncertainty of", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalisation_alternatives_are_read_as_printed()
    {
        var json = Json("--runs", "50", "--vary", "normalisation", "--normalisations", "min-max(lower=1, upper=100); z-score(mean=10, sd=2)");

        var assumption = Assert.Single(json.GetProperty("assumptions").EnumerateArray()).GetString();
        Assert.Equal("normalisation ∈ {min-max(lower=1, upper=100), z-score(mean=10, sd=2)}", assumption);
    }

    [Fact]
    public void A_missing_data_file_is_named()
    {
        var (exit, _, error) = EvaluateFixture.Run("uncertainty", "--data", Path.Combine(fixture.Directory, "nope.csv"));

        Assert.NotEqual(0, exit);
        Assert.Contains("nope.csv", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_cells_from_the_data_cannot_become_spreadsheet_formulas()
    {
        // Unlisted units named by the data: a name and a city that a spreadsheet would run.
        var framework = fixture.Write("hostile-framework.csv", """
            code,level,parent,name_zh,name_en,kind,unit,direction,weight,lower,upper
            w,0,,指数,Index,index,,,1,,
            g1,1,w,组1,Group 1,group,,,1,,
            i1,2,g1,指标1,Indicator 1,quantitative,,more_is_better,1,0,10
            g2,1,w,组2,Group 2,group,,,1,,
            i2,2,g2,指标2,Indicator 2,quantitative,,more_is_better,1,0,10
            """);
        var rows = new List<string> { "county_code,county_name,city,year,i1,i2" };
        for (var u = 0; u < 6; u++)
        {
            var name = u == 0 ? "=HYPERLINK(\"http://x\")" : $"U{u}";
            const string city = "+cmd";
            rows.Add(FormattableString.Invariant($"33011{u},\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{city},2023,{u + 1},{6 - u}"));
        }

        var data = fixture.Write("hostile-panel.csv", string.Join('\n', rows) + "\n");
        var (exit, output, error) = EvaluateFixture.Run("uncertainty", "--data", data, "--framework", framework, "--year", "2024", "--runs", "20", "--vary", "weights", "--format", "csv");

        Assert.True(exit == 0, error);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", output, StringComparison.Ordinal);
        Assert.Contains(",'+cmd,", output, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", output, StringComparison.Ordinal);
        Assert.DoesNotContain(",+cmd", output, StringComparison.Ordinal);
    }
}

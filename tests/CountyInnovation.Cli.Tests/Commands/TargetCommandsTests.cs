using System.Text.Json;
using NodaTime;
using NodaTime.Testing;

namespace CountyInnovation.Cli.Tests.Commands;

public sealed class TargetCommandsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("targets-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Out, string Err) RunAt(Instant now, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, new FakeClock(now));
        return (code, output.ToString(), error.ToString());
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => RunAt(Instant.FromUtc(2026, 1, 1, 0, 0), args);

    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == 0, error);
        Assert.Equal(string.Empty, error);
        return JsonDocument.Parse(output).RootElement;
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private static string[] Statuses(JsonElement root) =>
        [.. root.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("status").GetString()!)];

    [Fact]
    public void Without_observations_the_illustrative_file_is_used_and_labelled()
    {
        var (code, output, error) = Run("targets", "--as-of", "2023-06-30");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("ILLUSTRATIVE DATA", output, StringComparison.Ordinal);
        Assert.Contains("as of 2023-06-30", output, StringComparison.Ordinal);
        Assert.Contains("acceleration needed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_carries_status_method_thresholds_and_the_illustrative_flag()
    {
        var root = Json("targets", "--as-of", "2023-06-30", "--format", "json");

        Assert.True(root.GetProperty("illustrative").GetBoolean());
        Assert.Equal("2023-06-30", root.GetProperty("asOf").GetString());
        Assert.Equal("OpenSdgRatio", root.GetProperty("numericMethod").GetString());
        Assert.Equal(
            ["onTrack", "insufficientData", "onTrack", "onTrack", "insufficientData", "accelerationNeeded", "missed", "onTrack", "achieved", "achieved"],
            Statuses(root));
        var m19 = root.GetProperty("targets")[5];
        Assert.Equal(0.95, m19.GetProperty("thresholds")[0].GetProperty("value").GetDouble());
        Assert.True(m19.GetProperty("isProjection").GetBoolean());
    }

    [Fact]
    public void As_of_defaults_to_today_in_Shanghai_from_the_clock()
    {
        // 2020-12-31T16:30Z is 2021-01-01 00:30 in Shanghai: the certificates deadline has passed.
        var csv = File("obs.csv", "target,period,value\nM27-2,2019-12-31,10\nM27-2,2020-06-30,80\n");

        var (_, before, _) = RunAt(Instant.FromUtc(2020, 12, 31, 15, 30), "targets", "--observations", csv, "--format", "json");
        var (_, after, _) = RunAt(Instant.FromUtc(2020, 12, 31, 16, 30), "targets", "--observations", csv, "--format", "json");

        var b = JsonDocument.Parse(before).RootElement;
        var a = JsonDocument.Parse(after).RootElement;
        Assert.Equal("2020-12-31", b.GetProperty("asOf").GetString());
        Assert.Equal("2021-01-01", a.GetProperty("asOf").GetString());
        Assert.Equal("onTrack", Statuses(b)[9]);
        Assert.Equal("missed", Statuses(a)[9]);
        Assert.Equal(95, a.GetProperty("targets")[9].GetProperty("shortfall").GetDouble());
        Assert.False(a.GetProperty("illustrative").GetBoolean());
    }

    [Theory]
    [InlineData("2020-12-30", "onTrack")]
    [InlineData("2020-12-31", "onTrack")]
    [InlineData("2021-01-01", "missed")]
    public void The_day_before_on_and_after_a_deadline(string asOf, string status)
    {
        var csv = File("obs.csv", "target,period,value\nM27-2,2019-12-31,10\nM27-2,2020-06-30,80\n");

        Assert.Equal(status, Statuses(Json("targets", "--observations", csv, "--as-of", asOf, "--format", "json"))[9]);
    }

    [Fact]
    public void Real_observations_print_no_illustrative_banner_and_the_method_can_be_chosen()
    {
        var json = File("obs.json", """{ "observations": [ { "target": "M27-2", "period": "2019", "value": 10 }, { "target": "M27-2", "period": "2020-06-30", "value": 80 } ] }""");

        var (code, output, _) = Run("targets", "--observations", json, "--as-of", "2020-09-30", "--method", "extrapolation");
        var root = Json("targets", "--observations", json, "--as-of", "2020-09-30", "--method", "extrapolation", "--format", "json");

        Assert.Equal(0, code);
        Assert.DoesNotContain("ILLUSTRATIVE", output, StringComparison.Ordinal);
        Assert.Equal("ProgressChartExtrapolation", root.GetProperty("numericMethod").GetString());
        Assert.Equal("notYetDue", Statuses(root)[9]);
    }

    [Fact]
    public void Bad_observations_are_all_reported_with_their_place_and_nothing_is_printed()
    {
        var csv = File("bad.csv", "target,period,value\nM99-1,2021,1\nM27-2,2021-02-30,x\n");

        var (code, output, error) = Run("targets", "--observations", csv);

        Assert.NotEqual(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("3 problems", error, StringComparison.Ordinal);
        Assert.Contains("bad.csv:2:1", error, StringComparison.Ordinal);
        Assert.Contains("bad.csv:3:2", error, StringComparison.Ordinal);
        Assert.Contains("bad.csv:3:3", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "2021-13-01", "is not a date")]
    [InlineData("--observations", "missing.csv", "no such file")]
    [InlineData("--observations", "obs.txt", "must end in .csv or .json")]
    [InlineData("--plan", "missing.json", "no such file")]
    public void Bad_options_are_clear_errors(string option, string value, string message)
    {
        var argument = option == "--as-of" ? value : Path.Combine(folder, value);
        if (value == "obs.txt")
        {
            File(value, "x");
        }

        var (code, _, error) = Run("targets", option, argument);

        Assert.NotEqual(0, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--method", "magic")]
    [InlineData("--format", "xml")]
    public void Unknown_option_values_are_rejected(string option, string value)
    {
        var (code, _, error) = Run("targets", option, value);

        Assert.NotEqual(0, code);
        Assert.Contains(value, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown", "# Target status as of 2023-06-30")]
    [InlineData("csv", "target,measure,title,status")]
    public void Markdown_and_csv_are_labelled_illustrative(string format, string header)
    {
        var (code, output, _) = Run("targets", "--as-of", "2023-06-30", "--format", format);

        Assert.Equal(0, code);
        Assert.Contains(header, output, StringComparison.Ordinal);
        Assert.Contains("ILLUSTRATIVE DATA", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_file_replaces_the_policy_targets()
    {
        var plan = File("plan.json", """{ "name": "mine", "targets": [ { "id": "x-1", "title": "ten things", "kind": "quantity", "value": 10, "deadline": "2025-12-31" } ] }""");
        var obs = File("obs.csv", "target,period,value\nx-1,2023,4\nx-1,2024,7\n");

        var root = Json("targets", "--plan", plan, "--observations", obs, "--as-of", "2025-01-01", "--format", "json");

        Assert.Equal("mine", root.GetProperty("plan").GetString());
        Assert.Equal(["onTrack"], Statuses(root));
    }

    [Fact]
    public void A_unit_report_lists_measures_roles_targets_overdue_and_due_next()
    {
        var root = Json("units", "report", "省教育厅", "--as-of", "2026-01-01", "--format", "json");

        Assert.Equal("省教育厅", root.GetProperty("unit").GetProperty("name").GetString());
        var measures = root.GetProperty("measures").EnumerateArray().ToList();
        Assert.Contains(measures, m => m.GetProperty("measure").GetInt32() == 19 && m.GetProperty("role").GetString() == "lead" && m.GetProperty("roleInferred").GetBoolean());
        Assert.Equal(["M19-1", "M19-2", "M19-3", "M24-1"], root.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(["M19-1", "M19-3"], root.GetProperty("overdue").EnumerateArray().Select(t => t.GetString()));
        Assert.True(root.GetProperty("illustrative").GetBoolean());
    }

    [Fact]
    public void A_city_government_is_judged_on_its_own_city_and_the_collective_per_city()
    {
        var tangshan = Json("units", "report", "唐山市政府", "--as-of", "2023-06-30", "--format", "json");
        var all = Json("units", "report", "各市政府", "--as-of", "2023-06-30", "--format", "json");

        var m22 = tangshan.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "M22-1");
        Assert.Equal("唐山市", m22.GetProperty("scope").GetString());
        Assert.Equal("missed", m22.GetProperty("status").GetString());
        Assert.Equal("各市政府", tangshan.GetProperty("measures")[0].GetProperty("via").GetString());
        var cities = all.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "M22-1").GetProperty("cities");
        Assert.Equal(11, cities.GetArrayLength());
        Assert.Equal("onTrack", cities[0].GetProperty("status").GetString());
        Assert.Equal("missed", cities[1].GetProperty("status").GetString());
    }

    [Fact]
    public void A_unit_report_table_and_markdown_are_readable()
    {
        var (code, table, _) = Run("units", "report", "省政务服务管理办公室", "--as-of", "2021-06-30");
        var (_, markdown, _) = Run("units", "report", "省政务服务管理办公室", "--as-of", "2021-06-30", "--format", "markdown");

        Assert.Equal(0, code);
        Assert.Contains("M27-1", table, StringComparison.Ordinal);
        Assert.Contains("Overdue: M27-1", table, StringComparison.Ordinal);
        Assert.Contains("## Falls due next", markdown, StringComparison.Ordinal);
        Assert.Contains("lead (inferred)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_unit_gets_the_closest_names_and_a_non_zero_exit()
    {
        var (code, output, error) = Run("units", "report", "省科技局");

        Assert.NotEqual(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("unit '省科技局'", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean '省科技厅'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "measure,position,unit")]
    [InlineData("markdown", "# Responsibility matrix")]
    [InlineData("json", "\"assignments\"")]
    public void The_matrix_exports_in_three_formats(string format, string marker)
    {
        var (code, output, _) = Run("units", "matrix", "--format", format);

        Assert.Equal(0, code);
        Assert.Contains(marker, output, StringComparison.Ordinal);
        Assert.Contains("各市政府", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_22_per_county_on_the_synthetic_sample_is_labelled()
    {
        var (code, table, _) = Run("targets", "counties");
        var root = Json("targets", "counties", "--format", "json");

        Assert.Equal(0, code);
        Assert.Contains("SYNTHETIC DATA", table, StringComparison.Ordinal);
        Assert.True(root.GetProperty("synthetic").GetBoolean());
        Assert.Equal("fiscal_st_share", root.GetProperty("indicator").GetString());
        var years = root.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal(2019, years[0].GetProperty("year").GetInt32());
        Assert.All(years, y => Assert.All(y.GetProperty("didNotRise").EnumerateArray(), c => Assert.True(c.GetProperty("change").GetDouble() <= 0)));
    }

    [Fact]
    public void Measure_22_per_county_on_a_panel_file()
    {
        var panel = File("panel.csv", "county_code,year,fiscal_st_share\n130102,2019,2.0\n130104,2019,3.0\n130102,2020,2.1\n130104,2020,2.9\n");

        var root = Json("targets", "counties", "--data", panel, "--format", "json");
        var (csvCode, csv, _) = Run("targets", "counties", "--data", panel, "--format", "csv");

        Assert.False(root.GetProperty("synthetic").GetBoolean());
        var y2020 = root.GetProperty("years")[0];
        Assert.Equal(1, y2020.GetProperty("rose").GetInt32());
        Assert.Equal("130104", y2020.GetProperty("didNotRise")[0].GetProperty("code").GetString());
        Assert.Equal(0, csvCode);
        Assert.Contains("2020,130104,桥西区,石家庄市,did not rise,3,2.9,", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--indicator", "no_such_indicator", "no such indicator")]
    [InlineData("--indicator", "Bad Code!", "--indicator 'Bad Code!'")]
    [InlineData("--data", "missing.csv", "no such file")]
    public void Measure_22_per_county_errors(string option, string value, string message)
    {
        var argument = option == "--data" ? Path.Combine(folder, value) : value;

        var (code, _, error) = Run("targets", "counties", option, argument);

        Assert.NotEqual(0, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_writes_numbers_the_same_whatever_the_user_s_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // A culture with a decimal comma (cloned: this machine may run in globalization-invariant mode).
            var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            System.Globalization.CultureInfo.CurrentCulture = comma;

            var (code, output, _) = Run("targets", "--as-of", "2023-06-30");

            Assert.Equal(0, code);
            // M22-1 is missed by 0.05 (a share that fell) in the illustrative data.
            Assert.Contains("│ 0.05 ", output, StringComparison.Ordinal);
            Assert.DoesNotContain("0,05", output, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_bad_plan_file_is_reported_with_its_places_and_the_measure()
    {
        var plan = File("plan.json", """{ "name": "p", "targets": [ { "id": "a", "measure": 19, "title": "t", "kind": "quantity", "value": -1 } ] }""");

        var (code, output, error) = Run("targets", "--plan", plan);

        Assert.NotEqual(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("2 problems", error, StringComparison.Ordinal);
        Assert.Contains("plan.json:1:", error, StringComparison.Ordinal);
        Assert.Contains("measure 19", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_observation_of_a_policy_target_names_its_measure()
    {
        var csv = File("bad.csv", "target,period,value\nM27-2,2021,x\n");

        var (code, _, error) = Run("targets", "--observations", csv);

        Assert.NotEqual(0, code);
        Assert.Contains("bad.csv:2:3", error, StringComparison.Ordinal);
        Assert.Contains("measure 27", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "30.06.2023", "is not a date")]
    [InlineData("--observations", "missing.json", "no such file")]
    public void A_unit_report_with_bad_options_is_a_clear_error(string option, string value, string message)
    {
        var argument = option == "--as-of" ? value : Path.Combine(folder, value);

        var (code, output, error) = Run("units", "report", "省科技厅", option, argument);

        Assert.NotEqual(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_observation_file_that_cannot_be_read_is_a_clear_error_not_a_crash()
    {
        var csv = File("locked.csv", "target,period,value\nM27-2,2020,1\n");
        using var holder = new FileStream(csv, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var (code, output, error) = Run("targets", "--observations", csv);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--observations", error, StringComparison.Ordinal);
        Assert.Contains("cannot be read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_panel_file_that_cannot_be_read_is_a_clear_error_not_a_crash()
    {
        var csv = File("locked-panel.csv", "county,year\n");
        using var holder = new FileStream(csv, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var (code, output, error) = Run("targets", "counties", "--data", csv);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--data", error, StringComparison.Ordinal);
        Assert.Contains("cannot be read", error, StringComparison.Ordinal);
    }
}

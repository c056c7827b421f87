using System.Text.Json;
using NodaTime;
using NodaTime.Testing;

namespace CountyInnovation.Cli.Tests.Commands;

public class CatalogueCommandsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        return (code, output.ToString(), error.ToString());
    }

    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == 0, error);
        Assert.Equal(string.Empty, error);
        return JsonDocument.Parse(output).RootElement;
    }

    /// <summary>The <c>measures</c> array of <c>measures --format json</c>, after checking the document's schema id.</summary>
    private static JsonElement Measures(params string[] args) => Listing("county-innovation/measures/v1", "measures", ["measures", .. args]);

    private static JsonElement Listing(string schema, string property, string[] args)
    {
        var document = Json(args);
        Assert.Equal(schema, document.GetProperty("schema").GetString());
        return document.GetProperty(property);
    }

    [Fact]
    public void Measures_json_has_the_documented_shape()
    {
        var measures = Measures("--format", "json");
        Assert.Equal(28, measures.GetArrayLength());
        var m19 = measures[18];
        Assert.Equal(19, m19.GetProperty("number").GetInt32());
        Assert.Equal(5, m19.GetProperty("section").GetProperty("number").GetInt32());
        Assert.Equal("加强人才引进与培养", m19.GetProperty("section").GetProperty("titleZh").GetString());
        Assert.False(string.IsNullOrEmpty(m19.GetProperty("section").GetProperty("titleEn").GetString()));
        Assert.StartsWith("持续实施高等职业教育创新发展行动计划", m19.GetProperty("textZh").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(m19.GetProperty("textEn").GetString()));
        var unit = Assert.Single(m19.GetProperty("responsibleUnits").EnumerateArray());
        Assert.Equal("省教育厅", unit.GetProperty("nameZh").GetString());
        Assert.Equal("Hebei Provincial Department of Education", unit.GetProperty("nameEn").GetString());
        Assert.Equal("lead", unit.GetProperty("role").GetString());
        Assert.True(unit.GetProperty("roleInferred").GetBoolean());
        var targets = m19.GetProperty("targets").EnumerateArray().ToArray();
        Assert.Equal([25m, 4m, 30m], targets.Select(t => t.GetProperty("value").GetDecimal()));
        Assert.All(targets, t => Assert.Equal("2025-12-31", t.GetProperty("deadline").GetString()));
        Assert.All(targets, t => Assert.Equal("quantityByDeadline", t.GetProperty("kind").GetString()));
        Assert.Equal("colleges", targets[0].GetProperty("unit").GetString());
        Assert.Equal(["冀办发〔2016〕65号"], measures[16].GetProperty("citedDocuments").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void Json_keeps_chinese_readable()
    {
        var (_, output, _) = Run("measures", "--format", "json", "--section", "1");
        Assert.Contains("\"nameZh\": \"省科技厅\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_standing_threshold_has_a_null_deadline()
    {
        var m27 = Measures("--format", "json", "--section", "8")[1];
        var threshold = m27.GetProperty("targets")[0];
        Assert.Equal("standingThreshold", threshold.GetProperty("kind").GetString());
        Assert.Equal(95m, threshold.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, threshold.GetProperty("deadline").ValueKind);
        Assert.Equal("2020-12-31", m27.GetProperty("targets")[1].GetProperty("deadline").GetString());
    }

    [Theory]
    [InlineData("1", new[] { 1, 2, 3 })]
    [InlineData("8", new[] { 26, 27, 28 })]
    public void Measures_by_section(string section, int[] expected) =>
        Assert.Equal(expected, Measures("--section", section, "--format", "json").EnumerateArray().Select(m => m.GetProperty("number").GetInt32()));

    [Theory]
    [InlineData("省科技厅", 10)]
    [InlineData("各市政府", 6)]
    [InlineData("雄安新区管委会", 5)]
    [InlineData("Hebei Provincial Department of Education", 2)]
    [InlineData("石家庄市政府", 6)]
    public void Measures_by_unit(string unit, int count) =>
        Assert.Equal(count, Measures("--unit", unit, "--format", "json").GetArrayLength());

    [Fact]
    public void Section_and_unit_filters_combine() =>
        Assert.Equal([7, 8, 9, 13], Measures("--section", "3", "--unit", "省科技厅", "--format", "json").EnumerateArray().Select(m => m.GetProperty("number").GetInt32()));

    [Theory]
    [InlineData("9")]
    [InlineData("0")]
    public void An_unknown_section_is_an_error(string section)
    {
        var (code, output, error) = Run("measures", "--section", section);
        Assert.NotEqual(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"--section {section}", error, StringComparison.Ordinal);
        Assert.Contains("1 to 8", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_unit_is_an_error_with_the_closest_names()
    {
        var (code, output, error) = Run("measures", "--unit", "省科技局");
        Assert.NotEqual(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("'省科技局'", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean '省科技厅'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_like_nothing_lists_the_known_units()
    {
        var (code, _, error) = Run("measures", "--unit", "zzzzzzzzzzzzzzzzzzzz");
        Assert.NotEqual(0, code);
        Assert.Contains("Known units: 省科技厅", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("measures")]
    [InlineData("units")]
    [InlineData("targets")]
    public void An_unknown_format_is_an_error(string command)
    {
        var (code, _, error) = Run(command, "--format", "xml");
        Assert.NotEqual(0, code);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_that_is_not_a_number_is_an_error()
    {
        var (code, _, error) = Run("measures", "--section", "三");
        Assert.NotEqual(0, code);
        Assert.NotEqual(string.Empty, error);
    }

    [Fact]
    public void Measures_table_lists_every_measure()
    {
        var (code, output, error) = Run("measures");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("关于加快推进县域科技创新的若干措施", output, StringComparison.Ordinal);
        Assert.Contains("28 measures.", output, StringComparison.Ordinal);
        Assert.Contains("│ 28 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_json_lists_fifteen_units_with_roles_both_ways()
    {
        var units = Listing("county-innovation/units/v1", "units", ["units", "--format", "json"]);
        Assert.Equal(15, units.GetArrayLength());
        var science = units[0];
        Assert.Equal("省科技厅", science.GetProperty("nameZh").GetString());
        Assert.Equal("河北省科学技术厅", science.GetProperty("fullNameZh").GetString());
        Assert.Equal("provincialDepartment", science.GetProperty("kind").GetString());
        Assert.Equal([1, 4, 7, 8, 9, 13, 14, 15, 21, 23], science.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("number").GetInt32()));
        Assert.Equal("coResponsible", science.GetProperty("measures")[1].GetProperty("role").GetString());
        var cities = units[1];
        Assert.Equal("collectiveCityGovernments", cities.GetProperty("kind").GetString());
        Assert.Equal(11, cities.GetProperty("members").GetArrayLength());
        Assert.Equal("衡水市政府", cities.GetProperty("members")[10].GetProperty("nameZh").GetString());
    }

    [Fact]
    public void Units_table()
    {
        var (code, output, _) = Run("units");
        Assert.Equal(0, code);
        Assert.Contains("15 units.", output, StringComparison.Ordinal);
        Assert.Contains("inferred", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_json_is_data_with_deadlines()
    {
        var targets = Json("targets", "--format", "json").GetProperty("targets");
        Assert.Equal(10, targets.GetArrayLength());
        Assert.Equal([1, 3, 7, 19, 19, 19, 22, 24, 27, 27], targets.EnumerateArray().Select(t => t.GetProperty("measure").GetInt32()));
        var doubling = targets[2];
        Assert.Equal("doubling", doubling.GetProperty("kind").GetString());
        Assert.True(doubling.GetProperty("deadlineInferred").GetBoolean());
        var certificates = targets[9];
        Assert.Equal(175m, certificates.GetProperty("targetValue").GetDecimal());
        Assert.Equal("electronic certificates", certificates.GetProperty("unit").GetString());
        Assert.Equal("2020-12-31", certificates.GetProperty("deadline").GetString());
        Assert.Equal("standingThreshold", targets[8].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, targets[8].GetProperty("deadline").ValueKind);
    }

    [Fact]
    public void Targets_table()
    {
        var (code, output, _) = Run("targets");
        Assert.Equal(0, code);
        Assert.Contains("10 targets", output, StringComparison.Ordinal);
        Assert.Contains("2020-12-31", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_stable() => Assert.Equal(Run("measures", "--format", "json").Out, Run("measures", "--format", "json").Out);
}

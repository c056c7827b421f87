using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Tests.Hardening;

/// <summary>The minimal inputs that once crashed a reader with something other than <see cref="InvalidInputException"/>, or were silently accepted.</summary>
public class CrashRegressionTests
{
    public static TheoryData<string> Readers => [.. JsonReaders.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_escaped_lone_surrogate_is_a_located_problem(string reader)
    {
        // A string the reader reads (the framework reader skips unknown properties unread).
        var (text, column) = reader == "framework" ? ("""[ { "name_zh": "\ud800" } ]""", 16) : ("""{ "name": "\ud800" }""", 11);
        var e = Assert.Throws<InvalidInputException>(() => JsonReaders.Reader(reader)(text));
        Assert.Equal((1, column), (e.First.Location.Line, e.First.Location.Column));
        Assert.Contains("lone surrogate", e.First.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_escaped_lone_surrogate_in_a_property_name_is_a_located_problem(string reader)
    {
        var e = Assert.Throws<InvalidInputException>(() => JsonReaders.Reader(reader)("{\n  \"\\udc00x\": 1 }"));
        Assert.Equal((2, 3), (e.First.Location.Line, e.First.Location.Column));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_unpaired_surrogate_character_in_the_text_is_a_located_problem(string reader)
    {
        var e = Assert.Throws<InvalidInputException>(() => JsonReaders.Reader(reader)("{\n \"name\": \"a\uD800\" }"));
        Assert.Equal((2, 12), (e.First.Location.Line, e.First.Location.Column));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Nesting_past_the_limit_is_a_located_problem(string reader)
    {
        var deep = new string('[', InputLimits.MaxJsonDepth + 1) + new string(']', InputLimits.MaxJsonDepth + 1);
        var e = Assert.Throws<InvalidInputException>(() => JsonReaders.Reader(reader)(deep));
        Assert.Equal(1, e.First.Location.Line);
        Assert.NotNull(e.First.Location.Column);
    }

    [Theory]
    [InlineData("up")]
    [InlineData("Increase")]
    public void An_unknown_plan_direction_stops_reading_before_use(string direction)
    {
        var plan = $$"""{ "name": "p", "targets": [ { "id": "t-1", "title": "t", "kind": "quantity", "value": 10, "deadline": "2025-12-31", "direction": "{{direction}}" } ] }""";
        var e = Assert.Throws<InvalidInputException>(() => TargetPlanJsonReader.Read(new StringReader(plan), "plan.json"));
        Assert.Single(e.Problems);
        Assert.Contains($"'{direction}' is not a direction", e.First.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    public void A_number_beyond_double_is_refused_where_it_is_read(string number)
    {
        var method = $$"""{ "name": "m", "classThresholds": { "a": {{number}}, "b": 60 } }""";
        var e = Assert.Throws<InvalidInputException>(() => MethodConfigurationJson.Read(new StringReader(method), "method.json"));
        Assert.Equal((1, 42), (e.First.Location.Line, e.First.Location.Column));
        Assert.Contains("finite", e.First.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_observation_value_is_refused_in_every_reader()
    {
        var json = """{ "observations": [ { "target": "M27-1", "period": 2021, "value": 1e999 } ] }""";
        Assert.Throws<InvalidInputException>(() => ObservationJsonReader.Read(new StringReader(json), "o.json", PolicyTargets.Hebei2020));
        var csv = "target,period,value\nM27-1,2021,1e999\n";
        Assert.Throws<InvalidInputException>(() => ObservationCsvReader.Read(new StringReader(csv), "o.csv", PolicyTargets.Hebei2020));
        var framework = """[ { "code": "X1", "parent": "", "name_zh": "甲", "name_en": "x", "kind": "first", "weight": 1e400 } ]""";
        Assert.Throws<InvalidInputException>(() => IndicatorFrameworkReader.ReadJson(new StringReader(framework), "f.json"));
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(1948)]
    public void Data_years_before_the_first_evaluation_year_are_refused_by_the_panel_reader(int year)
    {
        var csv = $"county_code,year,rd_intensity\n130102,{year},1.5\n";
        var e = Assert.Throws<InvalidInputException>(() => PanelCsvReader.ReadWide(new StringReader(csv), "panel.csv"));
        Assert.Equal((2, 2), (e.First.Location.Line, e.First.Location.Column));
        Assert.Contains("from 1949 to 2200", e.First.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_data_year_the_panel_reader_accepts_can_be_evaluated()
    {
        var csv = "county_code,year,rd_intensity\n130102,1949,1.5\n130102,2200,1.6\n";
        var panel = PanelCsvReader.ReadWide(new StringReader(csv), "panel.csv");
        Assert.All(panel.Years, y => Assert.Equal(y, EvaluationYear.ForDataYear(y).DataYear));
    }

    [Fact]
    public void Imputation_none_is_accepted_as_documented()
    {
        foreach (var imputation in new[] { "\"none\"", "[\"none\"]", "[]" })
        {
            var method = MethodConfigurationJson.Read(new StringReader($$"""{ "name": "m", "imputation": {{imputation}} }"""), "method.json");
            Assert.Empty(method.Imputation);
        }
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("\"Province, City\"")]
    [InlineData("\"Province\"")]
    [InlineData("\"towns\"")]
    public void Plan_levels_accept_only_the_documented_names(string level)
    {
        var plan = $$"""{ "name": "p", "targets": [ { "id": "t-1", "title": "t", "kind": "standing-threshold", "minimum": 95, "levels": [ "county", {{level}} ] } ] }""";
        var e = Assert.Throws<InvalidInputException>(() => TargetPlanJsonReader.Read(new StringReader(plan), "plan.json"));
        Assert.Contains("A level is", e.First.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.First.Location.Line);
    }

    [Fact]
    public void Plan_levels_read_the_documented_names()
    {
        var plan = """{ "name": "p", "targets": [ { "id": "t-1", "title": "t", "kind": "standing-threshold", "minimum": 95, "levels": [ "province", "county" ] } ] }""";
        var rule = Assert.IsType<StandingThresholdRule>(TargetPlanJsonReader.Read(new StringReader(plan), "plan.json").Targets.Single().Rule);
        Assert.Equal([GovernmentLevel.Province, GovernmentLevel.County], rule.Levels.ToArray());
    }

    [Fact]
    public void An_empty_observation_list_is_reported_at_the_file_not_at_the_set_name()
    {
        // Found by the fuzz campaign (observations-json, seed 1007225): the problem named the set.
        var json = "{\n  \"name\": \"Hebei target evidence\",\n  \"observations\": [\n  ]\n}";
        var e = Assert.Throws<InvalidInputException>(() => ObservationJsonReader.Read(new StringReader(json), "o.json", PolicyTargets.Hebei2020));
        Assert.Equal(("o.json", 3, 19), (e.First.Location.Source, e.First.Location.Line, e.First.Location.Column));
        Assert.Contains("no observations", e.First.Message, StringComparison.Ordinal);
    }
}

using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Tests.Evaluation;

public class MethodConfigurationJsonTests
{
    [Fact]
    public void An_empty_object_is_the_default_method()
    {
        Assert.Equal(MethodConfiguration.Default, MethodConfigurationJson.Parse("{}", "m.json"));
    }

    [Fact]
    public void The_written_default_reads_back_equal()
    {
        var json = MethodConfigurationJson.Write(MethodConfiguration.Default);
        Assert.Equal(MethodConfiguration.Default, MethodConfigurationJson.Parse(json, "m.json"));
    }

    [Fact]
    public void Every_option_is_read()
    {
        const string json = """
            {
              // comments are allowed
              "name": "entropy-geometric",
              "screening": { "minimumDataAvailability": 0.6 },
              "imputation": [ { "method": "carry-forward", "max-years": 1 }, "median" ],
              "outlierTreatment": { "enabled": false, "method": "winsorise-or-log", "max-winsorised": 3 },
              "normalisation": {
                "default": { "method": "min-max", "lower": 1, "upper": 100, "zero-range": "upper", "pooled": true },
                "indicators": { "rd_intensity": { "method": "goalposts", "scale": 100 } }
              },
              "levels": [
                { "weighting": "entropy", "aggregation": "geometric", "minimumDataAvailability": 0.5,
                  "groups": { "management": "arithmetic" } },
                { "weighting": "fixed", "aggregation": { "method": "arithmetic" } }
              ],
              "qualitativeScaling": { "method": "linear", "lower": 1, "upper": 100 },
              "finalScaling": "none",
              "classThresholds": { "a": 85, "b": 65 },
            }
            """;
        var m = MethodConfigurationJson.Parse(json, "m.json");
        Assert.Equal("entropy-geometric", m.Name);
        Assert.Equal(0.6, m.ScreeningThreshold);
        Assert.Equal(new[] { MethodChoice.Of("carry-forward", ("max-years", 1)), MethodChoice.Of("median") }, m.Imputation.ToArray());
        Assert.False(m.OutlierTreatmentEnabled);
        Assert.Equal(MethodChoice.Of("winsorise-or-log", ("max-winsorised", 3)), m.OutlierTreatment);
        Assert.Equal(MethodChoice.Of("min-max", [new("lower", 1), new("upper", 100)], [new("zero-range", "upper"), new("pooled", "true")]), m.Normalisation);
        Assert.Equal("goalposts", m.NormalisationFor("rd_intensity").Name);
        Assert.Equal(100, m.NormalisationFor("rd_intensity").Get("scale", 0));
        Assert.Equal("entropy", m.LevelFor(0).Weighting.Name);
        Assert.Equal("geometric", m.LevelFor(0).AggregationFor("input").Name);
        Assert.Equal("arithmetic", m.LevelFor(0).AggregationFor("management").Name);
        Assert.Equal(0.5, m.LevelFor(0).MinimumDataAvailability);
        Assert.Equal("fixed", m.LevelFor(1).Weighting.Name);
        Assert.Equal("fixed", m.LevelFor(7).Weighting.Name);
        Assert.Equal(ClassThresholds.Of(85, 65), m.ClassThresholds);
        Assert.Equal(m, MethodConfigurationJson.Parse(MethodConfigurationJson.Write(m), "again.json"));
    }

    [Fact]
    public void Malformed_json_names_line_and_column()
    {
        var e = Assert.Throws<InvalidInputException>(() => MethodConfigurationJson.Parse("{\n  \"name\": \"x\"\n  \"levels\": []\n}", "bad.json"));
        var problem = Assert.Single(e.Problems);
        Assert.Equal("bad.json", problem.Location.Source);
        Assert.Equal(3, problem.Location.Line);
        Assert.Equal(3, problem.Location.Column);
    }

    [Fact]
    public void Every_semantic_problem_is_reported_with_its_place_and_property()
    {
        const string json = "{\n" +
            "  \"normalisation\": { \"default\": { \"method\": \"min-maxx\" } },\n" +
            "  \"levels\": [ { \"aggregation\": { \"method\": \"geometric\", \"q\": 2 } } ],\n" +
            "  \"screening\": { \"minimumDataAvailability\": 1.5 },\n" +
            "  \"colour\": \"red\",\n" +
            "  \"classThresholds\": { \"a\": 50, \"b\": 60 }\n" +
            "}";
        var e = Assert.Throws<InvalidInputException>(() => MethodConfigurationJson.Parse(json, "m.json"));
        var text = e.Problems.Select(p => p.ToString()).ToList();
        Assert.Equal(5, e.Problems.Length);
        Assert.Contains(text, t => t.StartsWith("m.json:2:45: $.normalisation.default.method: unknown normalisation method 'min-maxx'", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("m.json:3:44: $.levels[0].aggregation.method:", StringComparison.Ordinal) && t.Contains("unknown parameter 'q'", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("m.json:4:", StringComparison.Ordinal) && t.Contains("$.screening.minimumDataAvailability", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("m.json:5:3: $.colour: unknown property", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("m.json:6:", StringComparison.Ordinal) && t.Contains("must be above", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_types_and_duplicates_are_reported()
    {
        var e = Assert.Throws<InvalidInputException>(() => MethodConfigurationJson.Parse(
            """{ "name": 3, "imputation": [ { "max-years": 1 } ], "name": "x" }""", "m.json"));
        Assert.Contains(e.Problems, p => p.Message.Contains("$.name: expected a non-empty string, found a number (3)", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("$.imputation[0]: the \"method\" property is missing", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("given twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var e = Assert.Throws<InvalidInputException>(() => MethodConfigurationJson.Parse("{ \"name\": \"评价\", \"x\": 1 }", "m.json"));
        Assert.Equal(17, e.First.Location.Column);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => MethodConfigurationJson.Parse("  ", "m.json"));
        Assert.Contains("empty", e.First.Message, StringComparison.Ordinal);
    }
}

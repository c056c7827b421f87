using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Tests.Targets;

public class ObservationJsonReaderTests
{
    private static readonly HashSet<string> Known = ["M27-2", "M22-1"];

    private static ObservationSet Read(string json) => ObservationJsonReader.Read(new StringReader(json), "obs.json", Known);

    [Fact]
    public void Reads_every_field_and_the_illustrative_label()
    {
        var set = Read("""
            {
              "name": "demo",
              "illustrative": true,
              "note": "made up",
              "observations": [
                { "target": "M27-2", "period": "2020-12-31", "value": 175, "source": "bulletin" },
                { "target": "M22-1", "period": 2021, "value": 2.5, "level": "county", "place": "130102" }
              ]
            }
            """);

        Assert.Equal("demo", set.Name);
        Assert.True(set.IsIllustrative);
        Assert.Equal(2, set.Observations.Length);
        var county = set.For("M22-1").Single();
        Assert.Equal(GovernmentLevel.County, county.Level);
        Assert.Equal("130102", county.Place);
        Assert.True(county.Period.IsYear);
        Assert.Equal("bulletin", set.For("M27-2").Single().Source);
    }

    [Fact]
    public void Collects_every_problem_with_line_and_column_and_loads_nothing()
    {
        var json = """
            {
              "observations": [
                { "target": "M99-1", "period": "2020-12-31", "value": 1 },
                { "target": "M27-2", "period": "2020-02-30", "value": 1 },
                { "target": "M27-2", "period": "2021", "value": "lots" },
                { "target": "M22-1", "period": "2021", "value": 2, "level": "county" },
                { "target": "M27-2", "period": "2022", "value": 2, "colour": "red" }
              ]
            }
            """;

        var e = Assert.Throws<InvalidInputException>(() => Read(json));

        Assert.Equal(5, e.Problems.Length);
        Assert.Equal(SourceLocation.Of("obs.json", 3, 17), e.Problems[0].Location);
        Assert.Contains("Unknown target id 'M99-1'", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(SourceLocation.Of("obs.json", 4, 36), e.Problems[1].Location);
        Assert.Equal(SourceLocation.Of("obs.json", 5, 53), e.Problems[2].Location);
        Assert.Contains("not a number", e.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("must name its county", e.Problems[3].Message, StringComparison.Ordinal);
        Assert.Contains("Unknown field \"colour\"", e.Problems[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_does_not_hide_the_problems_of_the_known_ones()
    {
        var json = """
            { "observations": [
              { "target": "M27-2", "period": "2022", "value": "lots", "colour": "red" } ] }
            """;

        var e = Assert.Throws<InvalidInputException>(() => Read(json));

        Assert.Equal(2, e.Problems.Length);
        Assert.Contains("Unknown field \"colour\"", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(SourceLocation.Of("obs.json", 2, 51), e.Problems[1].Location);
        Assert.Contains("'lots' is not a number", e.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_observation_names_both_places()
    {
        var json = """
            { "observations": [
              { "target": "M27-2", "period": "2021", "value": 1 },
              { "target": "M27-2", "period": "2021", "value": 2 } ] }
            """;

        var e = Assert.Throws<InvalidInputException>(() => Read(json));

        Assert.Equal(3, e.First.Location.Line);
        Assert.Contains("obs.json:2:3", e.First.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "Expected an object")]
    [InlineData("{ \"observations\": [] }", "no observations")]
    [InlineData("{ \"observations\": [ 1 ] }", "must be an object")]
    [InlineData("{ \"obs\": [] }", "Unknown property")]
    [InlineData("{ \"observations\": [ { \"target\": \"M27-2\", ", "Malformed JSON")]
    [InlineData("{ \"observations\": [ { \"target\": \"M27-2\", \"period\": \"2021\", \"value\": 1, \"level\": \"town\", \"place\": \"x\" } ] }", "not a level")]
    [InlineData("{ \"observations\": [ { \"target\": \"M27-2\", \"period\": \"2021\", \"value\": 1, \"place\": \"x\" } ] }", "names no place")]
    public void Structural_errors_are_reported(string json, string message)
    {
        var e = Assert.Throws<InvalidInputException>(() => Read(json));

        Assert.Contains(e.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_known_id_list_any_id_is_accepted()
    {
        var set = ObservationJsonReader.Read(new StringReader("""{ "observations": [ { "target": "mine", "period": "2021", "value": 1 } ] }"""), "x.json");

        Assert.Equal("x.json", set.Name);
        Assert.False(set.IsIllustrative);
    }

    [Fact]
    public void Read_against_a_plan_names_the_measure_of_the_target_a_problem_concerns()
    {
        var json = """
            { "observations": [
              { "target": "M22-1", "period": "2021", "value": 2, "level": "county" },
              { "target": "M99-1", "period": "2021", "value": 1 } ] }
            """;

        var e = Assert.Throws<InvalidInputException>(() => ObservationJsonReader.Read(new StringReader(json), "obs.json", PolicyTargets.Hebei2020));

        Assert.Equal([22, null], e.Problems.Select(p => p.Measure));
    }
}

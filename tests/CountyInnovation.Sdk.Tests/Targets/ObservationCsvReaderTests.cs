using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Tests.Targets;

public class ObservationCsvReaderTests
{
    private static readonly HashSet<string> Known = ["M27-2", "M22-1"];

    private static ObservationSet Read(string csv) => ObservationCsvReader.Read(new StringReader(csv), "obs.csv", Known);

    [Fact]
    public void Reads_columns_in_any_order_with_quotes_and_comments()
    {
        var set = Read("""
            # illustrative: demo values
            value,target,period,level,place,source
            175,M27-2,2020-12-31,,,"bulletin, January"
            2.4,M22-1,2020,county,130102,
            2.6,M22-1,2021,县,130102,
            """);

        Assert.True(set.IsIllustrative);
        Assert.Equal(3, set.Observations.Length);
        Assert.Equal("bulletin, January", set.For("M27-2").Single().Source);
        Assert.All(set.For("M22-1"), o => Assert.Equal(GovernmentLevel.County, o.Level));
        Assert.Equal([2.4, 2.6], set.For("M22-1").Select(o => o.Value));
    }

    [Fact]
    public void Collects_every_row_problem_with_line_and_field_and_loads_nothing()
    {
        var csv = """
            target,period,value,level,place
            M99-1,2021,1,,
            M27-2,2021-02-30,1,,
            M27-2,2021,12%,,
            M27-2,2022,1,province,石家庄市
            M27-2,2023,1
            M27-2,2024,,,
            """;

        var e = Assert.Throws<InvalidInputException>(() => Read(csv));

        Assert.Equal(
            [
                SourceLocation.Of("obs.csv", 2, 1),
                SourceLocation.Of("obs.csv", 3, 2),
                SourceLocation.Of("obs.csv", 4, 3),
                SourceLocation.Of("obs.csv", 5, 5),
                SourceLocation.Of("obs.csv", 6),
                SourceLocation.Of("obs.csv", 7, 3),
            ],
            e.Problems.Select(p => p.Location));
        Assert.Contains("Known ids: M22-1, M27-2", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'12%' is not a number", e.Problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_one_row_is_reported()
    {
        var e = Assert.Throws<InvalidInputException>(() => Read("target,period,value,level,place\nM99-1,21,x,county,\n"));

        Assert.Equal([1, 2, 3, 5], e.Problems.Select(p => p.Location.Column!.Value));
    }

    [Theory]
    [InlineData("", "no header")]
    [InlineData("target,period\nM27-2,2021", "no 'value' column")]
    [InlineData("target,period,value,colour\n", "Unknown column 'colour'")]
    [InlineData("target,period,value,value\n", "appears twice")]
    [InlineData("target,period,value\n", "no observations")]
    [InlineData("target,period,value\nM27-2,2021,1\nM27-2,2021,2", "second observation")]
    [InlineData("target,period,value\n\"M27-2,2021,1", "not closed")]
    public void Structural_errors_are_reported(string csv, string message)
    {
        var e = Assert.Throws<InvalidInputException>(() => Read(csv));

        Assert.Contains(e.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_against_a_plan_names_the_measure_of_the_target_a_problem_concerns()
    {
        var csv = """
            target,period,value
            M27-2,2021,lots
            M99-1,2021,1
            M19-1,2021,1
            M19-1,2021,2
            """;

        var e = Assert.Throws<InvalidInputException>(() => ObservationCsvReader.Read(new StringReader(csv), "obs.csv", PolicyTargets.Hebei2020));

        Assert.Equal([27, null, 19], e.Problems.Select(p => p.Measure));
        Assert.Equal(SourceLocation.Of("obs.csv", 2, 3), e.Problems[0].Location);
        Assert.Contains("measure 27", e.Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_against_a_plan_a_rising_target_takes_one_value_per_year_and_place()
    {
        var csv = """
            target,period,value,level,place
            M22-1,2021-06-30,1.2,,
            M22-1,2021,1.3,,
            M22-1,2021,2.0,county,130102
            M27-2,2020-06-30,80,,
            M27-2,2020,175,,
            """;

        var e = Assert.Throws<InvalidInputException>(() => ObservationCsvReader.Read(new StringReader(csv), "obs.csv", PolicyTargets.Hebei2020));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(SourceLocation.Of("obs.csv", 3), problem.Location);
        Assert.Equal(22, problem.Measure);
        Assert.Contains("one value per year", problem.Message, StringComparison.Ordinal);
        Assert.Contains("obs.csv:2", problem.Message, StringComparison.Ordinal);
    }
}

public class ObservationPlaceTests
{
    private static readonly HashSet<string> Known = ["M27-1", "M22-1"];

    private static ObservationSet Read(string csv) => ObservationCsvReader.Read(new StringReader(csv), "obs.csv", Known);

    [Fact]
    public void Known_cities_and_counties_by_name_or_code_are_accepted()
    {
        var set = Read("""
            target,period,value,level,place
            M27-1,2021,96,city,石家庄市
            M27-1,2021,95,city,唐山
            M27-1,2021,97,city,130300
            M27-1,2021,98,city,Handan
            M27-1,2021,99,city,雄安新区
            M22-1,2021,2.6,county,130102
            M22-1,2021,2.6,county,长安区
            """);

        Assert.Equal(7, set.Observations.Length);
    }

    [Fact]
    public void A_misspelt_city_is_reported_at_its_cell_with_the_closest_names()
    {
        var e = Assert.Throws<InvalidInputException>(() => Read("target,period,value,level,place\nM27-1,2021,96,city,石家庄\nM27-1,2021,96,city,石家装市\n"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(3, problem.Location.Line);
        Assert.Equal(5, problem.Location.Column);
        Assert.Contains("石家装市", problem.Message, StringComparison.Ordinal);
        Assert.Contains("石家庄市", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_county_name_or_code_is_reported_with_the_closest_names()
    {
        var e = Assert.Throws<InvalidInputException>(() => Read("target,period,value,level,place\nM22-1,2021,2.6,county,长按区\nM22-1,2021,2.6,county,139999\n"));

        Assert.Equal([2, 3], e.Problems.Select(p => p.Location.Line!.Value));
        Assert.All(e.Problems, p => Assert.Equal(5, p.Location.Column));
        Assert.Contains("长安区", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("139999", e.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_county_name_two_cities_share_must_be_written_as_a_code()
    {
        var e = Assert.Throws<InvalidInputException>(() => Read("target,period,value,level,place\nM22-1,2021,2.6,county,桥西区\n"));

        var problem = Assert.Single(e.Problems);
        Assert.Contains("130104", problem.Message, StringComparison.Ordinal);
        Assert.Contains("130703", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_reader_checks_places_too()
    {
        var e = Assert.Throws<InvalidInputException>(() => ObservationJsonReader.Read(
            new StringReader("""{ "observations": [ { "target": "M27-1", "period": 2021, "value": 96, "level": "city", "place": "唐山是" } ] }"""),
            "obs.json",
            Known));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(1, problem.Location.Line);
        Assert.Contains("唐山市", problem.Message, StringComparison.Ordinal);
    }
}

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

using System.Text.Json;

namespace CountyInnovation.Cli.Tests.Evaluate;

/// <summary><c>analyse</c>: the diagnostics of the sample, of panel data and of COINr's files, in every format.</summary>
public class AnalyseCommandTests(EvaluateFixture fixture) : IClassFixture<EvaluateFixture>
{
    [Fact]
    public void Json_has_every_section()
    {
        var (exit, output, error) = EvaluateFixture.Run("analyse", "--data", fixture.DataFile, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("county-innovation/analysis/v1", root.GetProperty("schema").GetString());
        Assert.Equal(2022, root.GetProperty("dataYear").GetInt32());
        Assert.True(root.GetProperty("statistics").GetArrayLength() > 0);
        Assert.All(root.GetProperty("correlations").EnumerateArray(), c =>
        {
            var r = c.GetProperty("pearson");
            Assert.True(r.ValueKind == JsonValueKind.Null || Math.Abs(r.GetDouble()) <= 1);
        });
        Assert.All(root.GetProperty("groups").EnumerateArray(), g =>
            Assert.Equal(1, g.GetProperty("varianceShares").EnumerateArray().Sum(v => v.GetDouble()), 9));
    }

    [Theory]
    [InlineData("table", "Indicator statistics")]
    [InlineData("markdown", "## Groups: Cronbach's alpha and principal components")]
    [InlineData("csv", "section,subject,other,group,statistic,value")]
    public void Other_formats(string format, string expected)
    {
        var (exit, output, _) = EvaluateFixture.Run("analyse", "--format", format, "--year", "2023");
        Assert.Equal(0, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_the_data_lack_is_refused()
    {
        var (exit, _, error) = EvaluateFixture.Run("analyse", "--data", fixture.DataFile, "--year", "2030");
        Assert.Equal(1, exit);
        Assert.Contains("--year 2030", error, StringComparison.Ordinal);
    }
}

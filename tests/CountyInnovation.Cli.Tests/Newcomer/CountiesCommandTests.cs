using System.Text.Json;
using CountyInnovation.Sdk.Counties;

namespace CountyInnovation.Cli.Tests.Newcomer;

public class CountiesCommandTests
{
    [Fact]
    public void Csv_lists_every_division_once_with_code_name_city_and_kind()
    {
        var lines = CliRun.Ok("counties", "--format", "csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("county_code,county_name,city,city_en,kind", lines[0]);
        Assert.Equal(HebeiCounties.Count, lines.Length - 1);
        Assert.Equal(HebeiCounties.All.Select(c => c.Code.ToString()), lines[1..].Select(l => l.Split(',')[0]));
        Assert.Contains("130638,雄县,雄安新区,Xiong'an New Area,county", lines);
        Assert.Contains("130102,长安区,石家庄市,Shijiazhuang,district", lines);
        Assert.Contains("130181,辛集市,石家庄市,Shijiazhuang,countyLevelCity", lines);
    }

    [Theory]
    [InlineData("保定")]
    [InlineData("保定市")]
    [InlineData("baoding")]
    public void City_filter_takes_any_spelling_of_the_city_and_keeps_xiongan_counties_with_their_code_city(string city)
    {
        var json = JsonDocument.Parse(CliRun.Ok("counties", "--city", city, "--format", "json")).RootElement;
        Assert.Equal("county-innovation/counties/v1", json.GetProperty("schema").GetString());
        var codes = json.GetProperty("counties").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Equal(HebeiCounties.All.Count(c => c.City.Equals(HebeiCounties.Baoding)), codes.Count);
        Assert.Contains("130638", codes);
        Assert.All(codes, c => Assert.StartsWith("1306", c, StringComparison.Ordinal));
    }

    [Fact]
    public void Xiongan_is_a_city_of_its_own_for_the_filter()
    {
        var lines = CliRun.Ok("counties", "--city", "雄安新区", "--format", "csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["130629", "130632", "130638"], lines[1..].Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void An_unknown_city_is_refused_with_the_list_of_cities()
    {
        var (code, output, error) = CliRun.Run("counties", "--city", "北京");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--city 北京", error, StringComparison.Ordinal);
        Assert.Contains("石家庄市 (Shijiazhuang)", error, StringComparison.Ordinal);
        Assert.Contains("雄安新区", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_names_kinds_in_words_and_counts_without_parentheses()
    {
        var output = CliRun.Ok("counties", "--city", "衡水");
        Assert.Contains("county-level city 县级市", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CountyLevelCity", output, StringComparison.Ordinal);
        Assert.Contains("11 county-level divisions.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", output, StringComparison.Ordinal);
    }
}

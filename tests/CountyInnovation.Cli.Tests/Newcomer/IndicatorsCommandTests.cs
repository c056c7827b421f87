using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Cli.Tests.Newcomer;

public class IndicatorsCommandTests
{
    [Fact]
    public void The_tree_shows_every_indicator_group_and_raw_statistic_with_words_for_directions()
    {
        var output = CliRun.Ok("indicators");
        var framework = HebeiFramework.Default;
        Assert.All(framework.Groups, g => Assert.Contains(g.Code.Value, output, StringComparison.Ordinal));
        Assert.All(framework.Indicators, i => Assert.Contains(i.Code.Value + " ", output, StringComparison.Ordinal));
        Assert.All(framework.RawStatistics, r => Assert.Contains(r.Value, output, StringComparison.Ordinal));
        Assert.Contains("fiscal_st_share = fiscal_st_exp / budget_exp × 100", output, StringComparison.Ordinal);
        Assert.Contains("more is better", output, StringComparison.Ordinal);
        Assert.DoesNotContain("MoreIsBetter", output, StringComparison.Ordinal);
        Assert.Contains("17 indicators (14 quantitative, 3 qualitative) under 5 first-level indicators.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Piped_tables_keep_long_names_on_one_line()
    {
        var output = CliRun.Ok("indicators");
        Assert.Contains(
            "规上工业企业R&D经费支出占主营业务收入的比重 R&D expenditure of industrial enterprises above designated size / their main business revenue",
            output,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Csv_and_json_are_framework_files_that_read_back_equal(string format)
    {
        var folder = CliRun.ScratchFolder();
        var path = Path.Combine(folder, "framework." + format);
        var output = CliRun.Ok("indicators", "--out", path);
        Assert.Contains("Written to", output, StringComparison.Ordinal);
        Assert.Equal(HebeiFramework.Default, IndicatorFrameworkReader.ReadFile(path));

        var again = CliRun.Ok("indicators", "--framework", path, "--format", "csv");
        Assert.Equal(CliRun.Ok("indicators", "--format", "csv"), again);
    }

    [Fact]
    public void A_missing_framework_file_is_an_error()
    {
        var (code, _, error) = CliRun.Run("indicators", "--framework", "/nonexistent/f.csv");
        Assert.Equal(1, code);
        Assert.Contains("--framework", error, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Cli.Tests.Newcomer;

/// <summary>docs/formats/panel-data.md: its examples evaluate and its column table is the default framework's.</summary>
public partial class PanelDataPageTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(CliRun.RepositoryRoot(), "docs", "formats", "panel-data.md"));

    public static TheoryData<int> Examples() => [.. Enumerable.Range(0, CsvBlocks().Count)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_csv_example_evaluates_with_the_default_framework(int example)
    {
        var path = Path.Combine(CliRun.ScratchFolder(), "example.csv");
        File.WriteAllText(path, CsvBlocks()[example]);
        var output = CliRun.Ok("evaluate", "--data", path, "--format", "json");
        Assert.Contains("\"evaluationYear\": 2024", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_has_a_wide_and_a_long_example()
    {
        Assert.Contains(CsvBlocks(), b => b.Contains("county_code,county_name,city,year,", StringComparison.Ordinal));
        Assert.Contains(CsvBlocks(), b => b.StartsWith("county_code,year,indicator,value", StringComparison.Ordinal));
    }

    [Fact]
    public void The_required_columns_are_exactly_the_default_frameworks_indicators_with_their_raw_statistics()
    {
        var section = Page[Page.IndexOf("## Required columns", StringComparison.Ordinal)..Page.IndexOf("## Wide form", StringComparison.Ordinal)];
        var rows = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        var framework = HebeiFramework.Default;
        Assert.Equal(framework.Indicators.Select(i => i.Code.Value), rows.Select(r => Code().Match(r).Groups[1].Value));
        foreach (var indicator in framework.Indicators)
        {
            var row = rows.Single(r => r.StartsWith($"| `{indicator.Code}` ", StringComparison.Ordinal));
            Assert.Contains($"| {indicator.Unit} |", row, StringComparison.Ordinal);
            foreach (var input in indicator.Formula?.Inputs ?? [])
            {
                Assert.Contains($"`{input}`", row, StringComparison.Ordinal);
            }
        }
    }

    private static List<string> CsvBlocks() =>
        [.. CsvBlock().Matches(Page).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("```csv\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsvBlock();

    [GeneratedRegex(@"^\| `([a-z0-9_]+)` ")]
    private static partial Regex Code();
}

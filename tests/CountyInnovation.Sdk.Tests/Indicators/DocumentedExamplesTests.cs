using System.Text;
using System.Text.RegularExpressions;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Indicators;

public class DocumentedExamplesTests
{
    private static string RepositoryFile(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CountyInnovation.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory!.FullName, relative);
    }

    [Fact]
    public void The_documented_csv_example_is_the_default_framework_as_written()
    {
        var writer = new StringWriter();
        IndicatorFrameworkWriter.WriteCsv(HebeiFramework.Default, writer);
        var path = RepositoryFile("docs/examples/hebei-framework.csv");
        Assert.Equal(writer.ToString(), File.ReadAllText(path, Encoding.UTF8));
        Assert.Equal(HebeiFramework.Default, IndicatorFrameworkReader.ReadFile(path));
    }

    [Fact]
    public void The_documented_json_example_reads_as_the_default_framework() =>
        Assert.Equal(HebeiFramework.Default, IndicatorFrameworkReader.ReadFile(RepositoryFile("docs/examples/hebei-framework.json")));

    private static List<string> Blocks(string document, string language) =>
        [.. Regex.Matches(File.ReadAllText(RepositoryFile(document), Encoding.UTF8), "```" + language + "\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value)];

    [Fact]
    public void The_examples_in_the_framework_format_page_are_valid()
    {
        var csv = Assert.Single(Blocks("docs/formats/framework.md", "csv"));
        var json = Assert.Single(Blocks("docs/formats/framework.md", "json"));
        Assert.Equal(3, IndicatorFrameworkReader.ReadCsv(new StringReader(csv), "doc.csv").Indicators.Length);
        Assert.Single(IndicatorFrameworkReader.ReadJson(new StringReader(json), "doc.json").Indicators);
    }

    [Fact]
    public void The_examples_in_the_panel_data_page_are_valid()
    {
        var blocks = Blocks("docs/formats/panel-data.md", "csv");
        Assert.Equal(2, blocks.Count);
        var wide = PanelCsvReader.Read(new StringReader(blocks[0]), "wide.csv", HebeiFramework.Default);
        Assert.True(wide.IsSynthetic);
        Assert.Single(wide.MissingCells);
        Assert.Equal(3, wide.Counties.Length);
        var narrow = PanelCsvReader.Read(new StringReader(blocks[1]), "long.csv", HebeiFramework.Default);
        Assert.Single(narrow.Counties);
        Assert.Equal(HebeiFramework.Default.Indicators.Length, narrow.Indicators.Length);
        Assert.Empty(narrow.MissingCells);
    }
}

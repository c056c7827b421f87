using System.Text;
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
}

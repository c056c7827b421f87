using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Evaluation;

/// <summary>The C# example of docs/evaluation.md, run, and the sample behaving like the published bulletins.</summary>
public class EvaluationDocsTests
{
    [Fact]
    public void The_example_prints_what_the_page_says()
    {
        var console = new StringWriter();
        var panel = SamplePanel.Load();
        var pipeline = EvaluationPipeline.Create(HebeiFramework.Default, MethodConfiguration.Default);
        var y2024 = pipeline.Evaluate(panel, EvaluationYear.Of(2024));
        var y2023 = pipeline.Evaluate(panel, EvaluationYear.Of(2023));
        var leap = Leap.Between(y2023, y2024);
        console.WriteLine(y2024);
        console.WriteLine(y2024.ClassA[0]);
        console.WriteLine(leap);

        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "evaluation.md"));
        foreach (var line in console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains(line, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void On_the_sample_class_A_grows_every_year_towards_the_published_82()
    {
        var panel = SamplePanel.Load();
        var pipeline = EvaluationPipeline.Create(HebeiFramework.Default, MethodConfiguration.Default);
        var counts = Enumerable.Range(2019, 6).Select(y => pipeline.Evaluate(panel, EvaluationYear.Of(y)).Classes.A).ToList();
        Assert.True(counts.Zip(counts.Skip(1)).All(p => p.Second > p.First), string.Join(", ", counts));
        Assert.InRange(counts[^1], 72, 92);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CountyInnovation.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}

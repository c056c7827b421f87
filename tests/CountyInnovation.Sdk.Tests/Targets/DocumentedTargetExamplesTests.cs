using System.Text;
using System.Text.RegularExpressions;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

/// <summary>The examples on the observation and target-plan format pages parse, so the pages cannot drift from the readers.</summary>
public class DocumentedTargetExamplesTests
{
    private static List<string> Blocks(string document, string language)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CountyInnovation.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var text = File.ReadAllText(Path.Combine(directory!.FullName, document), Encoding.UTF8);
        return [.. Regex.Matches(text, "```" + language + "\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value)];
    }

    [Fact]
    public void The_observation_examples_read_against_the_policy_targets()
    {
        var csv = ObservationCsvReader.Read(new StringReader(Assert.Single(Blocks("docs/formats/observations.md", "csv"))), "doc.csv", PolicyTargets.Hebei2020.Ids);
        var json = ObservationJsonReader.Read(new StringReader(Assert.Single(Blocks("docs/formats/observations.md", "json"))), "doc.json", PolicyTargets.Hebei2020.Ids);

        Assert.Equal(5, csv.Observations.Length);
        Assert.Equal(2, json.Observations.Length);
        Assert.Equal("Hebei target evidence 2022-03", json.Name);
    }

    [Fact]
    public void The_plan_example_reads_and_assesses()
    {
        var plan = TargetPlanJsonReader.Read(new StringReader(Assert.Single(Blocks("docs/formats/targets.md", "json"))), "doc.json");

        Assert.Equal(6, plan.Targets.Length);
        Assert.All(PlanAssessment.Of(plan, ObservationSet.Empty, new LocalDate(2023, 1, 1)).Targets, t => Assert.NotEqual(TargetStatus.Achieved, t.Status));
    }
}

using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;

namespace CountyInnovation.Sdk.Tests.Docs;

/// <summary>The first program of docs/getting-started.md, run, with what the page says it prints.</summary>
public class GettingStartedTests
{
    [Fact]
    public void The_first_program_prints_what_the_page_says()
    {
        var console = new StringWriter();

        var document = PolicyCatalogue.Hebei2020;
        console.WriteLine($"{document.TitleEn}, issued {document.IssueDate:uuuu-MM-dd}");
        console.WriteLine($"implements {document.Implements} over {document.Implements.Horizon}");
        foreach (var measure in document.MeasuresIn(SectionNumber.From(3)))
        {
            console.WriteLine($"{measure.Number}. {measure.TextEn} (lead: {measure.Lead.NameEn})");
        }

        var science = ResponsibleUnits.Get("省科技厅");
        console.WriteLine($"省科技厅 is named in {document.Responsibilities.ForUnit(science).Length} measures");
        foreach (var target in document.Targets)
        {
            console.WriteLine(target);
        }

        var lines = console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Several Measures on Accelerating County-level Science and Technology Innovation, issued 2020-10-16", lines[0]);
        Assert.Equal("implements 《河北省县域科技创新跃升计划（2019-2025年）》（冀政办字〔2019〕9号） over 2019-01-01..2025-12-31", lines[1]);
        Assert.Equal(["7", "8", "9", "10", "11", "12", "13"], lines[2..9].Select(l => l[..l.IndexOf('.', StringComparison.Ordinal)]));
        Assert.Equal("省科技厅 is named in 10 measures", lines[9]);
        Assert.Equal(10, lines.Length - 10);
        Assert.Contains(lines, l => l == "measure 24: Support the building of 35 provincial collaborative innovation centres (by 2025-12-31)");
    }

    [Fact]
    public void The_error_examples_fail_as_the_page_says()
    {
#pragma warning disable CIS0001, CIS0004, CIS0005 // the page's error examples, run to check the run-time errors these rules report at compile time
        Assert.Contains("between 1 and 28", Assert.Throws<ArgumentOutOfRangeException>(() => MeasureNumber.From(29)).Message, StringComparison.Ordinal);
        Assert.Contains("city-level code (county part DD = 00)", Assert.Throws<FormatException>(() => CountyCode.Parse("130100")).Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean '冀政办字〔2019〕9号'", Assert.Throws<DocumentNumberFormatException>(() => DocumentNumber.Parse("冀政办字[2019]9号")).Message, StringComparison.Ordinal);
#pragma warning restore CIS0001, CIS0004, CIS0005
    }
}

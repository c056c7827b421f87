using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Output;
using CountyInnovation.Sdk.Reports.Bulletins;

namespace CountyInnovation.Sdk.Reports.Tests;

/// <summary>A bulletin of a panel whose unlisted county and its city carry hostile names, read from a source with a hostile name.</summary>
public sealed class HostileNameTests
{
    private const string County = "=cmd|' /C calc'!A0";
    private const string City = "<script>alert(1)</script>|x\n# heading";
    private const string Source = "<embedded synthetic sample> [x](javascript:alert(1))";

    private static readonly Bulletin Hostile = Create();

    private static Bulletin Create()
    {
        var wide = new StringWriter();
        PanelCsvWriter.WriteWide(SamplePanel.Load(), wide);
        var lines = wide.ToString().Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("county_code,", StringComparison.Ordinal));
        var first = lines[header + 1].Split(',')[0];
        var copies = lines.Where(l => l.StartsWith(first + ",", StringComparison.Ordinal))
            .Select(l => $"139901,{CsvCell.Quote(County)},{CsvCell.Quote(City)},{string.Join(',', l.Split(',').Skip(3))}");
        var text = string.Join('\n', lines.Where(l => l.Length > 0).Concat(copies)) + "\n";
        var panel = PanelCsvReader.ReadWide(new StringReader(text), Source, HebeiFramework.Default, allowUnlistedCounties: true);
        var pipeline = EvaluationPipeline.Create(HebeiFramework.Default, MethodConfiguration.Default);
        return Bulletin.Create(pipeline.Evaluate(panel, EvaluationYear.Of(2024)), Leap.Between(pipeline.Evaluate(panel, EvaluationYear.Of(2023)), pipeline.Evaluate(panel, EvaluationYear.Of(2024))));
    }

    private static string Write(BulletinFormat format)
    {
        var text = new StringWriter();
        BulletinWriter.Write(Hostile, format, text);
        return text.ToString();
    }

    [Fact]
    public void The_hostile_county_is_in_the_bulletin() =>
        Assert.Contains(Hostile.Result.Counties, c => c.Name == County && c.City == City);

    [Fact]
    public void Csv_cells_cannot_become_formulas()
    {
        var csv = Write(BulletinFormat.Csv);

        Assert.Contains("'=cmd|' /C calc'!A0", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=cmd", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_names_and_keeps_the_source_label_visible()
    {
        var markdown = Write(BulletinFormat.Markdown);

        Assert.Contains("\\<embedded synthetic sample\\>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# heading", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" [x](javascript:", markdown, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>alert(1)\\</script\\>\\|x \\# heading", markdown, StringComparison.Ordinal);
    }
}

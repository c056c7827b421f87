using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Policy;

/// <summary>
/// The 2020 catalogue against the shipped text, read here line by line with plain string operations,
/// independently of the library's reader.
/// </summary>
public class CatalogueFaithfulnessTests
{
    private static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "Policy", "measures-2020.zh.txt");

    private static readonly PolicyDocument Document = PolicyCatalogue.Hebei2020;

    private sealed record RawMeasure(int Number, int Section, string Text, string[] Units);

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八"];

    private static (List<string> SectionTitles, List<RawMeasure> Measures) ReadIndependently()
    {
        var titles = new List<string>();
        var measures = new List<RawMeasure>();
        foreach (var raw in File.ReadAllLines(FilePath))
        {
            var line = raw.Trim();
            if (line.Length > 1 && line[1] == '、' && Array.IndexOf(Numerals, line[..1]) >= 0)
            {
                titles.Add(line[2..]);
                continue;
            }

            var dot = line.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && int.TryParse(line[..dot], out var number))
            {
                var clause = line.LastIndexOf("（责任单位：", StringComparison.Ordinal);
                Assert.True(clause > 0, $"measure {number} has a responsibility clause");
                Assert.EndsWith("）", line, StringComparison.Ordinal);
                var units = line[(clause + "（责任单位：".Length)..^1].Split('、', '，');
                measures.Add(new RawMeasure(number, titles.Count, line[(dot + 1)..clause], units));
            }
        }

        return (titles, measures);
    }

    [Fact]
    public void The_embedded_text_is_the_shipped_file() =>
        Assert.Equal(File.ReadAllText(FilePath), PolicyCatalogue.ReadText2020());

    [Fact]
    public void Has_8_sections_and_28_measures()
    {
        Assert.Equal(8, Document.Sections.Length);
        Assert.Equal(28, Document.Measures.Length);
        Assert.Equal(Enumerable.Range(1, 28), Document.Measures.Select(m => m.Number.Value));
        Assert.Equal(Enumerable.Range(1, 8), Document.Sections.Select(s => s.Number.Value));
    }

    [Fact]
    public void Sections_are_as_written()
    {
        var (titles, measures) = ReadIndependently();
        Assert.Equal(titles, Document.Sections.Select(s => s.TitleZh));
        foreach (var section in Document.Sections)
        {
            Assert.Equal(
                measures.Where(m => m.Section == section.Number.Value).Select(m => m.Number),
                section.MeasureNumbers.Select(n => n.Value));
            Assert.False(string.IsNullOrWhiteSpace(section.TitleEn));
        }

        Assert.Equal("三、加快培育创新型市场主体", Document.Section(SectionNumber.From(3)).HeadingZh);
    }

    [Fact]
    public void Each_measure_text_and_units_are_exactly_as_written()
    {
        var (_, measures) = ReadIndependently();
        Assert.Equal(28, measures.Count);
        foreach (var raw in measures)
        {
            var measure = Document.Measure(MeasureNumber.From(raw.Number));
            Assert.Equal(raw.Section, measure.Section.Number.Value);
            Assert.Equal(raw.Text, measure.TextZh);
            Assert.DoesNotContain("责任单位", measure.TextZh, StringComparison.Ordinal);
            Assert.Equal(raw.Units, measure.ResponsibleUnits.Select(a => a.Unit.ShortNameZh));
            Assert.Equal("（责任单位：" + string.Join("", RawClause(raw)) + "）", measure.ResponsibilityClauseZh);
            Assert.Equal(Enumerable.Range(1, raw.Units.Length), measure.ResponsibleUnits.Select(a => a.Position));
            Assert.False(string.IsNullOrWhiteSpace(measure.TextEn));
        }
    }

    private static string RawClause(RawMeasure raw)
    {
        var line = File.ReadAllLines(FilePath).Select(l => l.Trim()).Single(l => l.StartsWith(raw.Number + ".", StringComparison.Ordinal));
        var start = line.LastIndexOf("（责任单位：", StringComparison.Ordinal) + "（责任单位：".Length;
        return line[start..^1];
    }

    [Fact]
    public void The_first_listed_unit_leads_and_the_role_is_flagged_as_inferred()
    {
        foreach (var measure in Document.Measures)
        {
            Assert.Equal(UnitRole.Lead, measure.ResponsibleUnits[0].Role);
            Assert.All(measure.ResponsibleUnits.Skip(1), a => Assert.Equal(UnitRole.CoResponsible, a.Role));
            Assert.All(measure.ResponsibleUnits, a => Assert.True(a.IsRoleInferred));
            Assert.Equal(measure.ResponsibleUnits[0].Unit, measure.Lead);
        }

        Assert.Equal(ResponsibleUnits.LocalFinancialSupervisionBureau, Document.Measure(MeasureNumber.From(9)).Lead);
    }

    [Fact]
    public void Cited_documents_are_found()
    {
        Assert.Equal(["冀办发〔2016〕65号"], Document.Measure(MeasureNumber.From(17)).CitedDocuments.Select(d => d.ToString()));
        Assert.Equal(["冀政办字〔2020〕52号"], Document.Measure(MeasureNumber.From(18)).CitedDocuments.Select(d => d.ToString()));
        Assert.Equal(
            ["冀政办字〔2019〕9号", "冀办发〔2016〕65号", "冀政办字〔2020〕52号"],
            Document.CitedDocuments.Select(d => d.ToString()));
        Assert.Equal(2, Document.Measures.Count(m => !m.CitedDocuments.IsEmpty));
        var fileText = File.ReadAllText(FilePath);
        Assert.All(Document.CitedDocuments, d => Assert.Contains(d.ToString(), fileText, StringComparison.Ordinal));
    }

    [Fact]
    public void Document_metadata()
    {
        Assert.Equal("关于加快推进县域科技创新的若干措施", Document.TitleZh);
        Assert.Equal(File.ReadAllLines(FilePath)[0].Trim(), Document.TitleZh);
        Assert.Equal("河北省科学技术厅", Document.IssuerZh);
        Assert.Equal(new LocalDate(2020, 10, 16), Document.IssueDate);
        Assert.Equal(DocumentNumber.Parse("冀政办字〔2019〕9号"), Document.Implements.DocumentNumber);
        Assert.Equal(new LocalDate(2019, 1, 1), Document.Implements.Horizon.Start);
        Assert.Equal(new LocalDate(2025, 12, 31), Document.Implements.Horizon.End);
        Assert.Contains(Document.Implements.DocumentNumber.ToString(), Document.PreambleZh, StringComparison.Ordinal);
        Assert.Contains(Document.Implements.TitleZh, Document.PreambleZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_target_quotes_its_measure()
    {
        Assert.Equal(10, Document.Targets.Length);
        Assert.All(Document.Targets, t => Assert.Contains(t.SourceTextZh, Document.Measure(t.Measure).TextZh, StringComparison.Ordinal));
        Assert.Equal([1, 3, 7, 19, 19, 19, 22, 24, 27, 27], Document.Targets.Select(t => t.Measure.Value));
    }

    [Fact]
    public void The_catalogue_is_built_once_and_shared_between_threads()
    {
        var seen = new PolicyDocument[8];
        Parallel.For(0, seen.Length, i => seen[i] = PolicyCatalogue.Hebei2020);
        Assert.All(seen, d => Assert.Same(Document, d));
    }

    [Fact]
    public void A_document_equals_one_built_again_from_the_same_text()
    {
        using var reader = new StringReader(PolicyCatalogue.ReadText2020());
        var again = PolicyCatalogue.Build(PolicyTextReader.Read(reader, "again"));
        Assert.NotSame(Document, again);
        Assert.Equal(Document, again);
        Assert.Equal(Document.GetHashCode(), again.GetHashCode());
        Assert.Equal(Document.Responsibilities, again.Responsibilities);
    }
}

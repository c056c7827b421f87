using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Hardening;

/// <summary>Write then read gives equal data, or the reader refuses what the writer could not keep.</summary>
public class RoundTripRegressionTests
{
    private const string Unlisted =
        "# comment with a line separator\u2028and a next line\u0085kept\n" +
        "county_code,county_name,city,year,rd_intensity\n" +
        "130102,长安区,石家庄市,2022,1.5\n" +
        "139901,试验县,试验市,2022,-2.25\n" +
        "139901,试验县,试验市,2023,\n";

    private static Panel Read(string csv) => PanelCsvReader.Read(new StringReader(csv), "panel.csv", allowUnlistedCounties: true);

    private static string Write(Action<TextWriter> write)
    {
        var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    [Fact]
    public void The_long_form_keeps_the_name_and_city_of_an_unlisted_county()
    {
        var panel = Read(Unlisted);
        var longForm = Write(w => PanelCsvWriter.WriteLong(panel, w));

        Assert.Contains("139901,试验县,试验市,2022,rd_intensity,-2.25", longForm, StringComparison.Ordinal);
        Assert.Equal(panel, Read(longForm));
        Assert.Equal(panel, Read(Write(w => PanelCsvWriter.WriteWide(panel, w))));
    }

    [Fact]
    public void Comments_keep_line_separators_and_next_line_characters()
    {
        var panel = Read(Unlisted);
        Assert.Contains(panel.Metadata.Comments, c => c.Contains('\u2028', StringComparison.Ordinal) && c.Contains('\u0085', StringComparison.Ordinal));
        Assert.Equal(panel.Metadata, Read(Write(w => PanelCsvWriter.WriteWide(panel, w))).Metadata);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\u2028")]
    [InlineData("\u0001")]
    public void A_framework_name_that_CSV_cannot_keep_is_refused_in_both_forms(string separator)
    {
        var name = "甲" + separator + "乙";
        var json = $$"""[ { "code": "X1", "parent": "", "name_zh": "{{System.Text.Json.JsonEncodedText.Encode(name)}}", "name_en": "x", "kind": "index" } ]""";
        var e = Assert.Throws<InvalidInputException>(() => IndicatorFrameworkReader.ReadJson(new StringReader(json), "f.json"));
        Assert.Contains(e.Problems, p => p.Message.Contains("line break or control character", StringComparison.Ordinal) && p.Location.Line == 1);

        var csv = $"code,parent,name_zh,name_en,kind,weight\nX1,,\"{name}\",x,index,\n";
        var c = Assert.Throws<InvalidInputException>(() => IndicatorFrameworkReader.ReadCsv(new StringReader(csv), "f.csv"));
        Assert.Contains(c.Problems, p => p.Message.Contains("line break or control character", StringComparison.Ordinal) && p.Location.Line == 2);
    }

    [Fact]
    public void Synthetic_units_never_take_a_Hebei_code_and_read_back_against_the_directory()
    {
        var counties = SyntheticPanelGenerator.SyntheticCounties(SyntheticPanelGenerator.MaxCountyCount);
        Assert.DoesNotContain(counties, c => c.Code.Value / 10000 == 13);
        Assert.Equal(counties.Length, counties.Select(c => c.Code).Distinct().Count());

        var panel = SyntheticPanelGenerator.Create(seed: 7, countyCount: 7000, firstYear: 2022, lastYear: 2022).Generate();
        var again = PanelCsvReader.Read(new StringReader(Write(w => PanelCsvWriter.WriteWide(panel, w))), panel.Metadata.Source, HebeiFramework.Default, HebeiCounties.Directory, allowUnlistedCounties: true);
        Assert.Equal(panel.Counties.Select(c => (c.Code, c.NameZh, c.EvaluationGroup.NameZh)), again.Counties.Select(c => (c.Code, c.NameZh, c.EvaluationGroup.NameZh)));
    }
}

using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Localization;

namespace CountyInnovation.Sdk.Reports.Tests.Localization;

/// <summary>
/// The Chinese text of the sample's bulletin, word for word, against a reviewed golden file. When the
/// text changes on purpose, review <c>sample.zh-CN.actual.md</c> in the test output and copy it over
/// <c>Golden/sample.zh-CN.md</c>.
/// </summary>
public sealed class GoldenTextTests
{
    [Fact]
    public void The_Chinese_bulletin_of_the_sample_matches_the_golden_text()
    {
        var actual = BulletinMarkdownWriter.Write(ReportFixtures.Sample, ReportLanguage.ChineseSimplified);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "sample.zh-CN.actual.md"), actual);
        var golden = Path.Combine(AppContext.BaseDirectory, "Golden", "sample.zh-CN.md");

        Assert.True(File.Exists(golden), $"{golden} is missing.");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual);
    }
}

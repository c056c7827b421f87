using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Localization;

namespace CountyInnovation.Sdk.Reports.Tests.Localization;

public sealed class ReportTextTests
{
    [Fact]
    public void Every_language_has_the_same_keys_and_no_empty_text()
    {
        var zh = ReportText.For(ReportLanguage.ChineseSimplified);
        var en = ReportText.For(ReportLanguage.English);

        Assert.Equal(zh.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        Assert.All(zh.Keys, k => Assert.False(string.IsNullOrWhiteSpace(zh[k])));
        Assert.All(en.Keys, k => Assert.False(string.IsNullOrWhiteSpace(en[k])));
    }

    [Fact]
    public void The_Chinese_text_uses_the_departments_words()
    {
        var zh = ReportText.For(ReportLanguage.ChineseSimplified);

        Assert.Contains("县域科技创新能力监测评价", zh.Format("title", 2024), StringComparison.Ordinal);
        Assert.Equal("A类", zh["class.A"]);
        Assert.Equal("B类", zh["class.B"]);
        Assert.Equal("C类", zh["class.C"]);
        Assert.Contains("跃升", zh["section.leaps"], StringComparison.Ordinal);
        Assert.Contains("设区市", zh["col.city"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BulletinFormat.Html, ReportLanguage.ChineseSimplified)]
    [InlineData(BulletinFormat.Xlsx, ReportLanguage.ChineseSimplified)]
    [InlineData(BulletinFormat.Table, ReportLanguage.English)]
    [InlineData(BulletinFormat.Markdown, ReportLanguage.English)]
    public void Html_and_xlsx_default_to_Chinese_the_others_to_English(BulletinFormat format, ReportLanguage expected) =>
        Assert.Equal(expected, BulletinOptions.Default.LanguageFor(format));

    [Fact]
    public void An_explicit_language_wins_over_the_format_default() =>
        Assert.Equal(ReportLanguage.English, BulletinOptions.Default.WithLanguage(ReportLanguage.English).LanguageFor(BulletinFormat.Html));

    [Theory]
    [InlineData("zh-CN", ReportLanguage.ChineseSimplified)]
    [InlineData("ZH-cn", ReportLanguage.ChineseSimplified)]
    [InlineData("en", ReportLanguage.English)]
    public void Tags_parse(string tag, ReportLanguage expected)
    {
        Assert.Equal(expected, ReportLanguageTag.Parse(tag));
        Assert.Equal(expected, ReportLanguageTag.Parse(ReportLanguageTag.Of(expected)));
    }

    [Fact]
    public void An_unknown_tag_is_refused() => Assert.Throws<ArgumentException>(() => ReportLanguageTag.Parse("fr"));
}

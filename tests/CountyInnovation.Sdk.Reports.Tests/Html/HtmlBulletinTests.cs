using System.Text.Json;
using System.Text.RegularExpressions;
using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Html;

namespace CountyInnovation.Sdk.Reports.Tests.Html;

public sealed partial class HtmlBulletinTests
{
    private static readonly Lazy<string> SampleHtml = new(() =>
    {
        var text = new StringWriter();
        BulletinHtmlWriter.Write(ReportFixtures.Sample, text);
        return text.ToString();
    });

    [Fact]
    public void The_file_is_self_contained_no_script_style_or_font_is_fetched()
    {
        var html = SampleHtml.Value;

        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Contains("echarts", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_section_of_the_bulletin_is_there_in_Chinese()
    {
        var html = SampleHtml.Value;

        foreach (var id in new[] { "title", "overview", "lists", "leaps", "cities", "map", "profiles", "method" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("县域科技创新能力监测评价结果", html, StringComparison.Ordinal);
        Assert.Contains("合成数据", html, StringComparison.Ordinal);
        Assert.Contains("A类县（市、区）名单", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-classes\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-cities\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-map\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_county_has_a_profile_and_lists_A_B_and_C_hold_every_scored_county()
    {
        var bulletin = ReportFixtures.Sample;
        var html = SampleHtml.Value;

        Assert.All(bulletin.Result.Counties, c => Assert.Contains($"id=\"county-{c.Code}\"", html, StringComparison.Ordinal));
        Assert.Equal(bulletin.Result.Counties.Length, ProfileArticle().Matches(html).Count);
    }

    [Fact]
    public void The_chart_data_carry_every_year_and_every_county_and_scores_to_two_decimals()
    {
        var bulletin = ReportFixtures.Sample;
        using var data = JsonDocument.Parse(DataIsland().Match(SampleHtml.Value).Groups[1].Value);

        Assert.Equal(bulletin.History.Length, data.RootElement.GetProperty("years").GetArrayLength());
        Assert.True(bulletin.History.Length > 1);
        var counties = data.RootElement.GetProperty("counties").EnumerateArray().ToList();
        Assert.Equal(bulletin.Result.Counties.Length, counties.Count);
        var first = bulletin.Result.Counties[0];
        Assert.Equal(Math.Round(first.Score!.Value, 2), counties[0].GetProperty("score").GetDouble());
    }

    [Fact]
    public void Without_detail_the_profiles_say_why_and_the_file_is_still_complete()
    {
        var text = new StringWriter();
        BulletinHtmlWriter.Write(Bulletin.Create(ReportFixtures.Sample.Result), text);

        Assert.Contains("未提供指标层面的评价结果", text.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_are_shown_to_two_decimals_ranks_as_integers()
    {
        var top = ReportFixtures.Sample.Result.Ranked[0];
        var cell = $"<td class=\"n\">{top.Score!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}</td>";

        Assert.Contains(cell, SampleHtml.Value, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">1</td>", SampleHtml.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void With_an_uncertainty_analysis_section_7_shows_rank_intervals_and_class_probabilities()
    {
        var bulletin = ReportFixtures.SampleWithUncertainty;
        var text = new StringWriter();

        BulletinHtmlWriter.Write(bulletin, text);

        var html = text.ToString();
        Assert.Contains("id=\"uncertainty\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-uncertainty\"", html, StringComparison.Ordinal);
        Assert.Contains("七、不确定性分析", html, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(DataIsland().Match(html).Groups[1].Value);
        var intervals = data.RootElement.GetProperty("uncertainty").EnumerateArray().ToList();
        Assert.Equal(bulletin.Uncertainty!.Counties.Count(c => c.NominalRank is not null), intervals.Count);
        Assert.All(intervals, i => Assert.True(i.GetProperty("low").GetDouble() <= i.GetProperty("median").GetDouble() && i.GetProperty("median").GetDouble() <= i.GetProperty("high").GetDouble()));
        Assert.DoesNotContain("id=\"uncertainty\"", SampleHtml.Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script[^>]+src=|<link[^>]+href=|@import|url\\(\\s*['\"]?https?:", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<article class=\"profile\"")]
    private static partial Regex ProfileArticle();

    [GeneratedRegex("<script type=\"application/json\" id=\"bulletin-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataIsland();
}

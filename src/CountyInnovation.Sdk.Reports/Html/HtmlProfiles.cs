using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Localization;
using CountyInnovation.Sdk.Reports.Profiles;
using static CountyInnovation.Sdk.Reports.Html.HtmlMarkup;

namespace CountyInnovation.Sdk.Reports.Html;

/// <summary>Section 6 of the HTML bulletin: an index of the counties and one profile per county (<see cref="CountyProfile"/>).</summary>
internal static class HtmlProfiles
{
    public static void Write(HtmlMarkup html, Bulletin bulletin, ReportText text)
    {
        html.Raw("<section id=\"profiles\">\n").Element("h2", text["section.profiles"]);
        if (bulletin.Detail is not { } detail)
        {
            html.Element("p", text["profile.noDetail"]).Raw("</section>\n");
            return;
        }

        var r = bulletin.Result;
        var counties = r.Ranked;
        html.Element("h3", text["profile.index"], id: "profile-index").Raw("<p class=\"index\">");
        foreach (var c in counties)
        {
            html.Raw("<a href=\"#county-").Text(c.Code).Raw("\">").Text(c.Name).Raw("</a>");
        }

        html.Raw("</p>\n");
        var names = detail.Indicators.ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal);
        foreach (var c in counties)
        {
            Profile(html, bulletin, detail, CountyProfile.Of(detail, c.Code), names, text);
        }

        html.Raw("</section>\n");
    }

    private static void Profile(HtmlMarkup html, Bulletin bulletin, EvaluationDetail detail, CountyProfile profile, Dictionary<string, string> names, ReportText text)
    {
        var c = profile.County.Evaluation;
        html.Raw("<article class=\"profile\" id=\"county-").Text(c.Code).Raw("\">\n")
            .Element("h3", $"{c.Name}（{c.City}，{c.Code}）")
            .Element("p", c.Score is null ? text["profile.unscored"] : text.Format("profile.summary", BulletinPhrases.Score(c.Score), BulletinPhrases.Number(c.Rank), BulletinPhrases.ClassName(c.Class, text)), c.Class is { } k ? "cls-" + k : null);

        html.Raw("<div class=\"cols\"><div>\n").Element("h4", text["profile.subScores"])
            .TableStart([text["col.indicator"], text["col.score"], text["col.rank"]], [1, 2]);
        foreach (var code in bulletin.Result.FirstLevelCodes)
        {
            var group = profile.County.Group(code);
            html.Row(detail.Group(code).Name, Cell.Number(BulletinPhrases.Score(Finite(group.Score))), Cell.Number(BulletinPhrases.Number(group.Rank)));
        }

        html.TableEnd().Raw("</div><div>\n").Element("h4", text["profile.strengths"]).Raw("<ul>");
        foreach (var code in profile.Strengths)
        {
            html.Element("li", $"{names[code]}（{text["col.rank"]} {BulletinPhrases.Number(RankOf(profile, code))}）");
        }

        html.Raw("</ul>\n").Element("h4", text["profile.weaknesses"]).Raw("<ul>");
        foreach (var code in profile.Weaknesses)
        {
            html.Element("li", $"{names[code]}（{text["col.rank"]} {BulletinPhrases.Number(RankOf(profile, code))}）");
        }

        html.Raw("</ul>\n").Element("h4", text["profile.history"])
            .TableStart([text["col.year"], text["col.score"], text["col.rank"], text["col.class"]], [1, 2]);
        foreach (var year in bulletin.History)
        {
            var then = year.Find(c.Code);
            html.Row(year.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell.Number(BulletinPhrases.Score(then?.Score)), Cell.Number(BulletinPhrases.Number(then?.Rank)), BulletinPhrases.ClassName(then?.Class, text));
        }

        html.TableEnd().Raw("</div></div>\n").Element("h4", text["profile.indicators"])
            .TableStart([text["col.indicator"], text["col.raw"], text["col.imputed"], text["col.treated"], text["col.normalised"], text["col.indicatorRank"]], [1, 2, 3, 4, 5]);
        for (var i = 0; i < profile.County.Indicators.Length; i++)
        {
            var v = profile.County.Indicators[i];
            html.Row(
                names.GetValueOrDefault(v.Indicator, v.Indicator),
                Cell.Number(Value(v.Raw)),
                Cell.Number(v.WasImputed ? Value(v.Imputed) : string.Empty),
                Cell.Number(v.WasTreated ? Value(v.Treated) : string.Empty),
                Cell.Number(BulletinPhrases.Score(Finite(v.Normalised))),
                Cell.Number(BulletinPhrases.Number(profile.IndicatorRanks[i])));
        }

        html.TableEnd().Raw("<p class=\"noprint small\"><a href=\"#profile-index\">").Text(text["profile.back"]).Raw("</a></p>\n</article>\n");
    }

    private static int? RankOf(CountyProfile profile, string code)
    {
        for (var i = 0; i < profile.County.Indicators.Length; i++)
        {
            if (string.Equals(profile.County.Indicators[i].Indicator, code, StringComparison.Ordinal))
            {
                return profile.IndicatorRanks[i];
            }
        }

        return null;
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    // Indicator values as measured (counts stay whole), at most two decimals.
    private static string Value(double value) => double.IsFinite(value) ? value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";
}

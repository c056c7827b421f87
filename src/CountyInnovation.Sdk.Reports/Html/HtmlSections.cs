using System.Globalization;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Localization;
using static CountyInnovation.Sdk.Reports.Html.HtmlMarkup;

namespace CountyInnovation.Sdk.Reports.Html;

/// <summary>The sections of the HTML bulletin other than the county profiles, in document order.</summary>
internal static class HtmlSections
{
    private static readonly int[] ListNumbers = [0, 4];

    public static void Title(HtmlMarkup html, Bulletin bulletin, ReportText text)
    {
        var r = bulletin.Result;
        html.Raw("<header id=\"title\">\n")
            .Element("h1", BulletinPhrases.Title(r, text))
            .Element("p", BulletinPhrases.Years(r, text), "meta")
            .Element("p", text.Format("meta.framework", r.Framework) + "　" + text.Format("meta.method", bulletin.MethodName), "meta")
            .Element("p", text.Format("meta.source", r.DataSource), "meta");
        if (r.IsSynthetic)
        {
            html.Element("div", text["synthetic"], "banner", "synthetic");
        }
        else if (bulletin.UsesAssumedFramework)
        {
            html.Element("div", text["note.assumptions"], "note", "assumptions");
        }

        foreach (var warning in bulletin.Warnings(text.Language))
        {
            html.Element("div", text["warning.prefix"] + warning, "warning");
        }

        html.Raw("</header>\n");
    }

    public static void Overview(HtmlMarkup html, Bulletin bulletin, ReportText text)
    {
        var r = bulletin.Result;
        html.Raw("<section id=\"overview\">\n").Element("h2", text["section.overview"])
            .Element("p", BulletinPhrases.Summary(r, text))
            .Element("h3", text["overview.classCounts"])
            .TableStart([text["col.class"], text["col.counties"]], [1])
            .Row(new Cell(text["class.A"], "cls-A"), Cell.Number(BulletinPhrases.Number(r.Classes.A)))
            .Row(new Cell(text["class.B"], "cls-B"), Cell.Number(BulletinPhrases.Number(r.Classes.B)))
            .Row(new Cell(text["class.C"], "cls-C"), Cell.Number(BulletinPhrases.Number(r.Classes.C)));
        if (r.Classes.Unscored > 0)
        {
            html.Row(text["class.unscored"], Cell.Number(BulletinPhrases.Number(r.Classes.Unscored)));
        }

        html.TableEnd()
            .Element("h3", text["chart.classHistory"])
            .Raw("<div class=\"chart\" id=\"chart-classes\"></div>\n</section>\n");
    }

    public static void Lists(HtmlMarkup html, Bulletin bulletin, ReportText text)
    {
        var r = bulletin.Result;
        html.Raw("<section id=\"lists\">\n").Element("h2", text["section.lists"]);
        foreach (var cls in new[] { CountyClass.A, CountyClass.B, CountyClass.C })
        {
            var counties = r.Ranked.Where(c => c.Class == cls).ToList();
            html.Element("h3", text.Format("list.title", text["class." + cls], counties.Count));
            CountyTable(html, counties, text);
        }

        var unscored = r.Ranked.Where(c => c.Class is null).ToList();
        if (unscored.Count > 0)
        {
            html.Element("h3", text.Format("list.unscored", unscored.Count));
            CountyTable(html, unscored, text);
        }

        html.Raw("</section>\n");
    }

    public static void Leaps(HtmlMarkup html, Bulletin bulletin, ReportText text)
    {
        html.Raw("<section id=\"leaps\">\n").Element("h2", text["section.leaps"]);
        if (bulletin.Leap is not { } leap)
        {
            html.Element("p", text["leap.none"]).Raw("</section>\n");
            return;
        }

        html.Element("h3", text.Format("leap.title", leap.LaterYear.Value, leap.EarlierYear.Value))
            .Element("p", BulletinPhrases.ClassLeaps(leap, text))
            .Element("p", BulletinPhrases.Buckets(leap, text));
        html.Element("h3", text["leap.bucketTable"]).TableStart([text["col.bucket"], text["col.counties"]], [1]);
        foreach (var bucket in Enum.GetValues<RankChangeBucket>())
        {
            html.Row(text["bucket." + bucket], Cell.Number(BulletinPhrases.Number(leap.CountIn(bucket))));
        }

        html.TableEnd();
        LeapTable(html, text["leap.ups"], leap.ClassUps, text);
        LeapTable(html, text["leap.downs"], leap.ClassDowns, text);
        LeapTable(html, text["leap.bestEver"], leap.RoseAboveBestEver, text);
        LeapTable(html, text.Format("leap.gains", Bulletin.TopGains), leap.BiggestRankGains(Bulletin.TopGains), text);
        html.Raw("</section>\n");
    }

    public static void Cities(HtmlMarkup html, Bulletin bulletin, ReportText text)
    {
        html.Raw("<section id=\"cities\">\n").Element("h2", text["section.cities"])
            .TableStart([text["col.city"], text["col.counties"], text["col.average"], text["class.A"], text["class.B"], text["class.C"]], [1, 2, 3, 4, 5]);
        foreach (var city in bulletin.Result.Cities.OrderByDescending(c => c.AverageScore ?? double.NegativeInfinity))
        {
            html.Row(
                city.City,
                Cell.Number(BulletinPhrases.Number(city.CountyCount)),
                Cell.Number(BulletinPhrases.Score(city.AverageScore)),
                Cell.Number(BulletinPhrases.Number(city.Classes.A)),
                Cell.Number(BulletinPhrases.Number(city.Classes.B)),
                Cell.Number(BulletinPhrases.Number(city.Classes.C)));
        }

        html.TableEnd()
            .Element("p", text["cities.note"], "small")
            .Element("h3", text["chart.cities"])
            .Raw("<div class=\"chart\" id=\"chart-cities\"></div>\n</section>\n");
    }

    public static void Map(HtmlMarkup html, ReportText text)
    {
        html.Raw("<section id=\"map\">\n").Element("h2", text["section.map"]).Raw("<div class=\"toggle\">");
        foreach (var (mode, key) in new[] { ("class", "map.byClass"), ("score", "map.byScore"), ("leap", "map.byLeap") })
        {
            html.Raw($"<button type=\"button\" data-mode=\"{mode}\">").Text(text[key]).Raw("</button>");
        }

        html.Raw("</div>\n<div class=\"chart\" id=\"chart-map\"></div>\n").Element("p", text["map.source"], "small").Raw("</section>\n");
    }

    public static void Uncertainty(HtmlMarkup html, Bulletin bulletin, ReportText text)
    {
        if (bulletin.Uncertainty is not { } u)
        {
            return;
        }

        html.Raw("<section id=\"uncertainty\">\n").Element("h2", text["section.uncertainty"])
            .Element("p", text.Format("uncertainty.text", u.Runs, u.Settings.Seed))
            .Element("h3", text["chart.rankIntervals"])
            .Raw("<div class=\"chart\" id=\"chart-uncertainty\" style=\"height:")
            .Raw((Math.Max(340, 14 * u.Counties.Length + 60)).ToString(CultureInfo.InvariantCulture)).Raw("px\"></div>\n")
            .TableStart(
                [text["col.rank"], text["col.county"], text["col.city"], text["col.medianRank"], text["col.rankLow"], text["col.rankHigh"], text["class.A"], text["class.B"], text["class.C"]],
                [0, 3, 4, 5, 6, 7, 8]);
        foreach (var c in u.Counties.OrderBy(c => c.NominalRank ?? int.MaxValue))
        {
            html.Row(
                Cell.Number(BulletinPhrases.Number(c.NominalRank)),
                c.Name,
                c.City,
                Cell.Number(BulletinPhrases.Score(c.MedianRank)),
                Cell.Number(BulletinPhrases.Score(c.Percentile5Rank)),
                Cell.Number(BulletinPhrases.Score(c.Percentile95Rank)),
                Cell.Number(BulletinPhrases.Score(c.ProbabilityA)),
                Cell.Number(BulletinPhrases.Score(c.ProbabilityB)),
                Cell.Number(BulletinPhrases.Score(c.ProbabilityC)));
        }

        html.TableEnd().Raw("</section>\n");
    }

    public static void Method(HtmlMarkup html, Bulletin bulletin, ReportText text)
    {
        html.Raw("<section id=\"method\">\n").Element("h2", text["section.method"])
            .TableStart(text["col.step"], text["col.value"]);
        foreach (var (step, value) in MethodSteps.Of(bulletin, text))
        {
            html.Row(step, value);
        }

        html.TableEnd().Element("h3", text["quality.title"]).Raw("<ul>\n");
        foreach (var note in bulletin.DataQualityNotes(text.Language))
        {
            html.Element("li", note);
        }

        html.Raw("</ul>\n").Element("p", text["meta.generated"], "small").Raw("</section>\n");
    }

    private static void CountyTable(HtmlMarkup html, IReadOnlyList<CountyEvaluation> counties, ReportText text)
    {
        if (counties.Count == 0)
        {
            html.Element("p", text["list.empty"]);
            return;
        }

        html.TableStart([text["col.rank"], text["col.code"], text["col.county"], text["col.city"], text["col.score"]], ListNumbers);
        foreach (var c in counties)
        {
            html.Row(Cell.Number(BulletinPhrases.Number(c.Rank)), c.Code, c.Name, c.City, Cell.Number(BulletinPhrases.Score(c.Score)));
        }

        html.TableEnd();
    }

    private static void LeapTable(HtmlMarkup html, string title, IReadOnlyList<CountyLeap> counties, ReportText text)
    {
        html.Element("h3", title);
        if (counties.Count == 0)
        {
            html.Element("p", text["list.empty"]);
            return;
        }

        html.TableStart(
            [text["col.county"], text["col.city"], text["col.classChange"], text["col.earlierRank"], text["col.rank"], text["col.rankGain"], text["col.scoreChange"]],
            [3, 4, 5, 6]);
        foreach (var c in counties)
        {
            html.Row(
                c.Code + " " + c.Name,
                c.City,
                $"{BulletinPhrases.ClassName(c.Earlier?.Class, text)} → {BulletinPhrases.ClassName(c.Later?.Class, text)}",
                Cell.Number(BulletinPhrases.Number(c.Earlier?.Rank)),
                Cell.Number(BulletinPhrases.Number(c.Later?.Rank)),
                Cell.Number(BulletinPhrases.Signed(c.RankGain)),
                Cell.Number(BulletinPhrases.Signed(c.ScoreChange)));
        }

        html.TableEnd();
    }
}

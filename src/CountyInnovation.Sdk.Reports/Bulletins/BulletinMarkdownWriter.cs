using System.Text;
using CountyInnovation.Sdk.Output;
using CountyInnovation.Sdk.Reports.Localization;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>
/// Writes a bulletin as a Markdown report: summary, A list, city averages, leaps, data quality.
/// Every name is escaped with <see cref="MarkdownText.Escape"/>, so no name can break a table or
/// become a link, heading or HTML tag.
/// </summary>
public static class BulletinMarkdownWriter
{
    /// <summary>Returns <paramref name="bulletin"/> as an English Markdown report.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <returns>The Markdown text, LF line ends.</returns>
    public static string Write(Bulletin bulletin) => Write(bulletin, ReportLanguage.English);

    /// <summary>Returns <paramref name="bulletin"/> as a Markdown report in <paramref name="language"/>.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="language">The language of the report's text.</param>
    /// <returns>The Markdown text, LF line ends.</returns>
    public static string Write(Bulletin bulletin, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var text = ReportText.For(language);
        var r = bulletin.Result;
        var md = new StringBuilder();
        md.Append("# ").Append(Cell(BulletinPhrases.Title(r, text))).Append("\n\n");
        if (r.IsSynthetic)
        {
            md.Append("> **").Append(Cell(text["synthetic"])).Append("**\n\n");
        }
        else if (bulletin.UsesAssumedFramework)
        {
            md.Append("> ").Append(Cell(text["note.assumptions"])).Append("\n\n");
        }

        foreach (var warning in bulletin.Warnings(language))
        {
            md.Append("> **").Append(Cell(text["warning.prefix"] + warning)).Append("**\n\n");
        }

        md.Append(Cell(BulletinPhrases.Years(r, text))).Append("  \n")
            .Append(Cell(text.Format("meta.source", r.DataSource))).Append("  \n")
            .Append(Cell(text.Format("meta.framework", r.Framework))).Append("  \n")
            .Append(Cell(text.Format("meta.method", bulletin.MethodName))).Append("\n\n");
        md.Append("## ").Append(Cell(text["classes.title"])).Append("\n\n").Append(Cell(BulletinPhrases.Summary(r, text))).Append("\n\n");
        md.Append("| ").Append(Cell(text["col.class"])).Append(" | ").Append(Cell(text["col.counties"])).Append(" |\n|---|---:|\n");
        md.Append("| ").Append(Cell(text["class.A"])).Append(" | ").Append(r.Classes.A).Append(" |\n");
        md.Append("| ").Append(Cell(text["class.B"])).Append(" | ").Append(r.Classes.B).Append(" |\n");
        md.Append("| ").Append(Cell(text["class.C"])).Append(" | ").Append(r.Classes.C).Append(" |\n");
        if (r.Classes.Unscored > 0)
        {
            md.Append("| ").Append(Cell(text["class.unscored"])).Append(" | ").Append(r.Classes.Unscored).Append(" |\n");
        }

        md.Append("\n## ").Append(Cell(text.Format("list.title", text["class.A"], r.ClassA.Length))).Append("\n\n");
        if (r.ClassA.IsEmpty)
        {
            md.Append(Cell(text["list.empty"])).Append('\n');
        }
        else
        {
            Header(md, text, "col.rank", "col.code", "col.county", "col.city", "col.score");
            md.Append("|---:|---|---|---|---:|\n");
            foreach (var c in r.ClassA)
            {
                md.Append($"| {c.Rank} | {Cell(c.Code)} | {Cell(c.Name)} | {Cell(c.City)} | {BulletinPhrases.Score(c.Score)} |\n");
            }
        }

        md.Append("\n## ").Append(Cell(text["cities.title"])).Append("\n\n");
        Header(md, text, "col.city", "col.counties", "col.average", "class.A", "class.B", "class.C");
        md.Append("|---|---:|---:|---:|---:|---:|\n");
        foreach (var city in r.Cities)
        {
            md.Append($"| {Cell(city.City)} | {city.CountyCount} | {BulletinPhrases.Score(city.AverageScore)} | {city.Classes.A} | {city.Classes.B} | {city.Classes.C} |\n");
        }

        if (bulletin.Leap is { } leap)
        {
            md.Append("\n## ").Append(Cell(text.Format("leap.title", leap.LaterYear.Value, leap.EarlierYear.Value))).Append("\n\n");
            md.Append("- ").Append(Cell(BulletinPhrases.ClassLeaps(leap, text))).Append('\n');
            md.Append("- ").Append(Cell(BulletinPhrases.Buckets(leap, text))).Append("\n\n");
            if (!leap.ClassUps.IsEmpty)
            {
                md.Append("### ").Append(Cell(text["leap.ups"])).Append("\n\n");
                Header(md, text, "col.county", "col.city", "col.classChange", "col.scoreChange", "col.rank");
                md.Append("|---|---|---|---:|---:|\n");
                foreach (var c in leap.ClassUps)
                {
                    md.Append($"| {Cell(c.Code)} {Cell(c.Name)} | {Cell(c.City)} | {c.Earlier!.Class}→{c.Later!.Class} | {BulletinPhrases.Signed(c.ScoreChange)} | {c.Earlier.Rank}→{c.Later.Rank} |\n");
                }

                md.Append('\n');
            }

            var gains = leap.BiggestRankGains(Bulletin.TopGains);
            if (!gains.IsEmpty)
            {
                md.Append("### ").Append(Cell(text.Format("leap.gains", gains.Length))).Append("\n\n");
                Header(md, text, "col.county", "col.city", "col.rank", "col.rankGain", "col.scoreChange");
                md.Append("|---|---|---:|---:|---:|\n");
                foreach (var c in gains)
                {
                    md.Append($"| {Cell(c.Code)} {Cell(c.Name)} | {Cell(c.City)} | {c.Earlier!.Rank}→{c.Later!.Rank} | {BulletinPhrases.Signed(c.RankGain)} | {BulletinPhrases.Signed(c.ScoreChange)} |\n");
                }

                md.Append('\n');
            }
        }
        else
        {
            md.Append('\n').Append(Cell(text["leap.none"])).Append('\n');
        }

        md.Append("\n## ").Append(Cell(text["quality.title"])).Append("\n\n");
        foreach (var note in bulletin.DataQualityNotes(language))
        {
            md.Append("- ").Append(Cell(note)).Append('\n');
        }

        return md.ToString();
    }

    private static void Header(StringBuilder md, ReportText text, params string[] keys) =>
        md.Append("| ").Append(string.Join(" | ", keys.Select(k => Cell(text[k])))).Append(" |\n");

    private static string Cell(string value) => MarkdownText.Escape(value);
}

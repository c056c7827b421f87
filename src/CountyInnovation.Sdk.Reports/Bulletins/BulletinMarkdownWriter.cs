using System.Text;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Output;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>Writes a bulletin as a Markdown report: summary, A list, city averages, leaps, data quality.</summary>
public static class BulletinMarkdownWriter
{
    /// <summary>Returns <paramref name="bulletin"/> as a Markdown report.</summary>
    public static string Write(Bulletin bulletin)
    {
        var r = bulletin.Result;
        var md = new StringBuilder();
        md.Append("# ").Append(BulletinText.Title(r)).Append("\n\n");
        if (r.IsSynthetic)
        {
            md.Append("> **").Append(Bulletin.SyntheticLabel).Append("**\n\n");
        }

        md.Append(MarkdownText.Escape(BulletinText.Source(r))).Append("\n\n");
        md.Append("## Classes\n\n").Append(BulletinText.Summary(r)).Append("\n\n");
        md.Append("| Class | Counties |\n|---|---:|\n");
        md.Append("| A | ").Append(r.Classes.A).Append(" |\n| B | ").Append(r.Classes.B).Append(" |\n| C | ").Append(r.Classes.C).Append(" |\n");
        if (r.Classes.Unscored > 0)
        {
            md.Append("| unscored | ").Append(r.Classes.Unscored).Append(" |\n");
        }

        md.Append("\n## Class A, in score order\n\n");
        if (r.ClassA.IsEmpty)
        {
            md.Append("No county reached class A.\n");
        }
        else
        {
            md.Append("| Rank | Code | County | City | Score |\n|---:|---|---|---|---:|\n");
            foreach (var c in r.ClassA)
            {
                md.Append($"| {c.Rank} | {Cell(c.Code)} | {Cell(c.Name)} | {Cell(c.City)} | {BulletinText.Score(c.Score)} |\n");
            }
        }

        md.Append("\n## Cities\n\n| City | Counties | Average | A | B | C |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var city in r.Cities)
        {
            md.Append($"| {Cell(city.City)} | {city.CountyCount} | {BulletinText.Score(city.AverageScore)} | {city.Classes.A} | {city.Classes.B} | {city.Classes.C} |\n");
        }

        if (bulletin.Leap is { } leap)
        {
            md.Append($"\n## Leaps {leap.EarlierYear} → {leap.LaterYear}\n\n");
            md.Append("- ").Append(BulletinText.ClassLeaps(leap)).Append('\n');
            md.Append("- ").Append(BulletinText.Buckets(leap)).Append("\n\n");
            if (!leap.ClassUps.IsEmpty)
            {
                md.Append("### Class leaps\n\n| County | City | Class | Score | Rank |\n|---|---|---|---:|---:|\n");
                foreach (var c in leap.ClassUps)
                {
                    md.Append($"| {Cell(c.Code)} {Cell(c.Name)} | {Cell(c.City)} | {c.Earlier!.Class}→{c.Later!.Class} | {BulletinText.Signed(c.ScoreChange)} | {c.Earlier.Rank}→{c.Later.Rank} |\n");
                }

                md.Append('\n');
            }

            var gains = leap.BiggestRankGains(Bulletin.TopGains);
            if (!gains.IsEmpty)
            {
                md.Append("### Biggest rank gains\n\n| County | City | Rank | Gain | Score change |\n|---|---|---:|---:|---:|\n");
                foreach (var c in gains)
                {
                    md.Append($"| {Cell(c.Code)} {Cell(c.Name)} | {Cell(c.City)} | {c.Earlier!.Rank}→{c.Later!.Rank} | {BulletinText.Signed(c.RankGain)} | {BulletinText.Signed(c.ScoreChange)} |\n");
                }

                md.Append('\n');
            }
        }
        else
        {
            md.Append("\nNo earlier evaluation to compare with.\n");
        }

        md.Append("\n## Data quality\n\n");
        foreach (var note in bulletin.DataQualityNotes())
        {
            md.Append("- ").Append(MarkdownText.Escape(note)).Append('\n');
        }

        return md.ToString();
    }

    private static string Cell(string text) => MarkdownText.Escape(text);
}

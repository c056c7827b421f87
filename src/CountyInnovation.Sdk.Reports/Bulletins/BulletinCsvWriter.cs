using System.Globalization;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Output;
using CsvHelper;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>
/// Writes one CSV row per county (by rank, unscored last): years, rank, code, name, city, the
/// unrounded score, class, first-level sub-scores, data quality flags, and the leap columns when a
/// comparison was made. Every row carries the <c>synthetic</c> flag, since CSV has no comments.
/// Text cells that a spreadsheet would read as a formula are neutralised (<see cref="CsvCell.Neutralise"/>).
/// </summary>
public static class BulletinCsvWriter
{
    /// <summary>Writes <paramref name="bulletin"/> as CSV (a header row, then one row per county) to <paramref name="writer"/>.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="writer">Where to write; a byte order mark, when wanted, is the writer's encoding's business.</param>
    public static void Write(Bulletin bulletin, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(writer);
        var r = bulletin.Result;
        var leapByCode = bulletin.Leap?.Counties.Where(c => c.Later is not null).ToDictionary(c => c.Code, StringComparer.Ordinal);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        string[] head = ["evaluation_year", "data_year", "synthetic", "rank", "county_code", "county_name", "city", "score", "class"];
        foreach (var h in head.Concat(r.FirstLevelCodes.Select(c => Text("sub_" + c))).Concat(["data_availability", "screened_out", "imputed", "treated", "missing"]))
        {
            csv.WriteField(h);
        }

        if (leapByCode is not null)
        {
            foreach (var h in new[] { "earlier_year", "earlier_rank", "rank_gain", "rank_bucket", "earlier_class", "class_change", "score_change", "rose_above_best_ever" })
            {
                csv.WriteField(h);
            }
        }

        csv.EndRecord();
        foreach (var c in r.Ranked)
        {
            csv.WriteField(Format(r.Year.Value));
            csv.WriteField(Format(r.DataYear));
            csv.WriteField(r.IsSynthetic ? "true" : "false");
            csv.WriteField(Format(c.Rank));
            csv.WriteField(Text(c.Code));
            csv.WriteField(Text(c.Name));
            csv.WriteField(Text(c.City));
            csv.WriteField(Format(c.Score));
            csv.WriteField(c.Class?.ToString() ?? string.Empty);
            for (var i = 0; i < r.FirstLevelCodes.Length; i++)
            {
                csv.WriteField(Format(i < c.SubScores.Length ? c.SubScores[i] : null));
            }

            csv.WriteField(Format(c.DataAvailability));
            csv.WriteField(c.ScreenedOut ? "true" : "false");
            csv.WriteField(Text(string.Join(' ', c.ImputedIndicators)));
            csv.WriteField(Text(string.Join(' ', c.TreatedIndicators)));
            csv.WriteField(Text(string.Join(' ', c.MissingIndicators)));
            if (leapByCode is not null)
            {
                var leap = leapByCode.GetValueOrDefault(c.Code);
                csv.WriteField(Format(bulletin.Leap!.EarlierYear.Value));
                csv.WriteField(Format(leap?.Earlier?.Rank));
                csv.WriteField(Format(leap?.RankGain));
                csv.WriteField(leap?.RankBucket?.ToString() ?? string.Empty);
                csv.WriteField(leap?.Earlier?.Class?.ToString() ?? string.Empty);
                csv.WriteField(leap is null ? string.Empty : leap.Presence == LeapPresence.Entered ? "Entered" : leap.ClassChange?.ToString() ?? string.Empty);
                csv.WriteField(Format(leap?.ScoreChange));
                csv.WriteField(leap?.RoseAboveBestEver == true ? "true" : "false");
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    // Every text cell goes through the shared neutralisation: no name can become a spreadsheet formula.
    private static string Text(string text) => CsvCell.Neutralise(text);

    private static string Format(double? value) => ReportNumber.Text(value);

    private static string Format(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;
}

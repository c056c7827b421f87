using System.Globalization;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Reports.Localization;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>
/// The sentences and number formats every human-readable bulletin shares (table, Markdown, HTML,
/// workbook), built from the language's resource: scores to two decimals, ranks as integers.
/// </summary>
internal static class BulletinPhrases
{
    public static string Score(double? score) => score is { } s && double.IsFinite(s) ? s.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    public static string Signed(double? value) => value is { } v ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "—";

    public static string Signed(int? value) => value is { } v ? v.ToString("+0;-0;0", CultureInfo.InvariantCulture) : "—";

    public static string Number(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "—";

    public static string Threshold(double value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Title(EvaluationResult r, ReportText text) => text.Format("title", r.Year.Value, r.DataYear);

    public static string Years(EvaluationResult r, ReportText text) => text.Format("meta.years", r.Year.Value, r.DataYear);

    public static string ClassName(CountyClass? c, ReportText text) => c is { } k ? text["class." + k] : text["class.unscored"];

    public static string Summary(EvaluationResult r, ReportText text) => text.Format(
        "overview.text",
        r.Counties.Length,
        r.Counties.Length - r.Classes.Unscored,
        Score(r.AverageScore),
        Threshold(r.Method.ClassThresholds.A),
        Threshold(r.Method.ClassThresholds.B));

    public static string Buckets(Leap leap, ReportText text) => text.Format(
        "leap.buckets",
        leap.RoseInRank,
        leap.CountIn(RankChangeBucket.RoseTenOrMore),
        leap.CountIn(RankChangeBucket.RoseFiveToNine),
        leap.CountIn(RankChangeBucket.RoseOneToFour),
        leap.CountIn(RankChangeBucket.Unchanged),
        leap.CountIn(RankChangeBucket.Declined));

    public static string ClassLeaps(Leap leap, ReportText text) => text.Format(
        "leap.classLeaps",
        leap.ClassUps.Length,
        string.Join(", ", leap.ClassTransitions.Where(t => t.Change == ClassChange.Up && t.Count > 0).Select(t => $"{t.From}→{t.To} {t.Count}")),
        leap.ClassDowns.Length,
        string.Join(", ", leap.ClassTransitions.Where(t => t.Change == ClassChange.Down && t.Count > 0).Select(t => $"{t.From}→{t.To} {t.Count}")),
        leap.RoseAboveBestEver.Length);

    public static IReadOnlyList<string> DataQualityNotes(Bulletin bulletin, ReportText text)
    {
        var r = bulletin.Result;
        var notes = new List<string>();
        var missing = r.Counties.Sum(c => c.MissingIndicators.Length);
        var screened = r.Counties.Count(c => c.ScreenedOut);
        var unscored = r.Counties.Count(c => c.Score is null && !c.ScreenedOut);
        var byMethod = r.Imputations.IsEmpty
            ? string.Empty
            : $" ({string.Join(", ", r.Imputations.GroupBy(i => i.Method).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"))})";
        notes.Add(text.Format("quality.imputed", r.Imputations.Length, r.Counties.Count(c => c.IsImputed), byMethod));
        var treated = r.Treatments.IsEmpty
            ? string.Empty
            : $": {string.Join("; ", r.Treatments.Select(t => $"{t.Indicator} {t.Action.ToLowerInvariant()} ({t.Values.Length})"))}";
        notes.Add(text.Format("quality.treated", r.Treatments.Length, treated));
        notes.Add(text.Format("quality.missing", missing));
        if (screened > 0)
        {
            notes.Add(text.Format("quality.screened", screened, string.Join(", ", r.Counties.Where(c => c.ScreenedOut).Select(c => $"{c.Code} {c.Name}"))));
        }

        if (unscored > 0)
        {
            notes.Add(text.Format("quality.unscored", unscored));
        }

        if (bulletin.Units is { } units)
        {
            notes.AddRange(units.Notes());
        }

        if (bulletin.Leap is { } leap && (!leap.Entered.IsEmpty || !leap.Left.IsEmpty))
        {
            notes.Add(text.Format("quality.presence", leap.Entered.Length, leap.LaterYear.Value, leap.Left.Length, leap.EarlierYear.Value));
        }

        return notes;
    }
}

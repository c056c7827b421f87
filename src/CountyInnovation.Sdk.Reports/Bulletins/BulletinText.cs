using System.Globalization;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>The phrases and number formats the human-readable bulletins share (table and Markdown).</summary>
internal static class BulletinText
{
    public static string Title(EvaluationResult r) =>
        $"County S&T innovation capacity evaluation {r.Year} (data year {r.DataYear}) / 县域科技创新能力监测评价";

    public static string Score(double? score) => score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    public static string Signed(double? value) => value is { } v ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "—";

    public static string Signed(int? value) => value is { } v ? v.ToString("+0;-0;0", CultureInfo.InvariantCulture) : "—";

    public static string Number(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "—";

    /// <summary><paramref name="count"/> and the noun in the number it calls for: "1 value", "2 values".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");

    public static string Share(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    public static string Summary(EvaluationResult r) =>
        $"{r.Counties.Length} counties evaluated, {r.Counties.Length - r.Classes.Unscored} scored; average score {Score(r.AverageScore)}; " +
        $"class thresholds A ≥ {r.Method.ClassThresholds.A.ToString(CultureInfo.InvariantCulture)}, B ≥ {r.Method.ClassThresholds.B.ToString(CultureInfo.InvariantCulture)}.";

    public static string Source(EvaluationResult r) =>
        $"Data: {r.DataSource}{(r.IsSynthetic ? " (SYNTHETIC)" : string.Empty)}; framework: {r.Framework}; method: {r.Method.Name}.";

    public static string Buckets(Leap leap) =>
        $"{leap.RoseInRank} rose in rank: {leap.CountIn(RankChangeBucket.RoseTenOrMore)} by ≥ 10 places, " +
        $"{leap.CountIn(RankChangeBucket.RoseFiveToNine)} by 5–9, {leap.CountIn(RankChangeBucket.RoseOneToFour)} by 1–4; " +
        $"{leap.CountIn(RankChangeBucket.Unchanged)} unchanged, {leap.CountIn(RankChangeBucket.Declined)} declined.";

    public static string ClassLeaps(Leap leap) =>
        $"{Count(leap.ClassUps.Length, "class leap")} ({string.Join(", ", leap.ClassTransitions.Where(t => t.Change == ClassChange.Up).Select(t => $"{t.From}→{t.To} {t.Count}"))}), " +
        $"{Count(leap.ClassDowns.Length, "drop")} ({string.Join(", ", leap.ClassTransitions.Where(t => t.Change == ClassChange.Down).Select(t => $"{t.From}→{t.To} {t.Count}"))}); " +
        $"{leap.RoseAboveBestEver.Length} above their best rank ever.";
}

using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Cli.Bulletins;

/// <summary>
/// What the <c>evaluate</c> command publishes (监测评价结果通报): one evaluation, and the leap from
/// the evaluation it is compared with when there is one.
/// </summary>
internal sealed record Bulletin(EvaluationResult Result, Leap? Leap)
{
    /// <summary>The version of the JSON output schema (docs/formats/bulletin-json.md).</summary>
    public const string JsonSchema = "county-innovation/bulletin/v1";

    /// <summary>How many biggest rank gains the human-readable formats list.</summary>
    public const int TopGains = 10;

    /// <summary>The label every format prints when the data are synthetic.</summary>
    public const string SyntheticLabel = "SYNTHETIC DATA — demonstration only, not official results";

    /// <summary>Values imputed, treated, missing or screened out, as short sentences.</summary>
    public IReadOnlyList<string> DataQualityNotes()
    {
        var notes = new List<string>();
        var missing = Result.Counties.Sum(c => c.MissingIndicators.Length);
        var screened = Result.Counties.Count(c => c.ScreenedOut);
        var unscored = Result.Counties.Count(c => c.Score is null && !c.ScreenedOut);
        notes.Add($"{Wording.Count(Result.Imputations.Length, "value")} imputed in {Wording.Count(Result.Counties.Count(c => c.IsImputed), "county", "counties")}" +
                  (Result.Imputations.IsEmpty ? "." : $" ({string.Join(", ", Result.Imputations.GroupBy(i => i.Method).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"))})."));
        notes.Add($"{Wording.Count(Result.Treatments.Length, "indicator")} treated for outliers" +
                  (Result.Treatments.IsEmpty ? "." : $": {string.Join("; ", Result.Treatments.Select(t => $"{t.Indicator} {t.Action.ToLowerInvariant()} ({Wording.Count(t.Values.Length, "value")})"))}."));
        notes.Add($"{Wording.Count(missing, "value")} still missing after imputation.");
        if (screened > 0)
        {
            notes.Add($"{Wording.Count(screened, "county", "counties")} screened out for too little data: {string.Join(", ", Result.Counties.Where(c => c.ScreenedOut).Select(c => $"{c.Code} {c.Name}"))}.");
        }

        if (unscored > 0)
        {
            notes.Add($"{Wording.Count(unscored, "county", "counties")} without a score (too few components under the availability threshold).");
        }

        if (Leap is { } leap && (!leap.Entered.IsEmpty || !leap.Left.IsEmpty))
        {
            notes.Add($"{Wording.Count(leap.Entered.Length, "county", "counties")} only in {leap.LaterYear}, {leap.Left.Length} only in {leap.EarlierYear} (administrative changes or missing data).");
        }

        return notes;
    }
}

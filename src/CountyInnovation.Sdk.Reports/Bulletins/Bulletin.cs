using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>
/// What the annual evaluation publishes (监测评价结果通报): one evaluation, and the leap from the
/// evaluation it is compared with when there is one. Every bulletin writer renders one of these.
/// </summary>
public sealed class Bulletin
{
    private Bulletin(EvaluationResult result, Leap? leap, UnitCoverage? units = null)
    {
        Result = result;
        Leap = leap;
        Units = units;
    }

    /// <summary>How the evaluated units compare with the units list (unlisted units allowed, listed units without data), or <see langword="null"/> when not known.</summary>
    public UnitCoverage? Units { get; }

    /// <summary>A copy that reports <paramref name="units"/> in its data-quality notes.</summary>
    /// <param name="units">The coverage of the evaluation's data year.</param>
    /// <exception cref="ArgumentException">The coverage is of another data year.</exception>
    public Bulletin WithUnits(UnitCoverage units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.DataYear != Result.DataYear)
        {
            throw new ArgumentException($"The unit coverage is of {units.DataYear}, the evaluation uses the data of {Result.DataYear}.", nameof(units));
        }

        return new Bulletin(Result, Leap, units);
    }

    /// <summary>The evaluation the bulletin reports.</summary>
    public EvaluationResult Result { get; }

    /// <summary>The leap from the earlier evaluation it is compared with, or <see langword="null"/>.</summary>
    public Leap? Leap { get; }

    /// <summary>Creates the bulletin of <paramref name="result"/>, compared through <paramref name="leap"/> when given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="leap"/> does not end at <paramref name="result"/>'s year.</exception>
    public static Bulletin Create(EvaluationResult result, Leap? leap = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (leap is not null && leap.LaterYear != result.Year)
        {
            throw new ArgumentException($"The leap ends in {leap.LaterYear}, the evaluation is of {result.Year}.", nameof(leap));
        }

        return new Bulletin(result, leap);
    }

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
        notes.Add($"{BulletinText.Count(Result.Imputations.Length, "value")} imputed in {BulletinText.Count(Result.Counties.Count(c => c.IsImputed), "county", "counties")}" +
                  (Result.Imputations.IsEmpty ? "." : $" ({string.Join(", ", Result.Imputations.GroupBy(i => i.Method).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"))})."));
        notes.Add($"{BulletinText.Count(Result.Treatments.Length, "indicator")} treated for outliers" +
                  (Result.Treatments.IsEmpty ? "." : $": {string.Join("; ", Result.Treatments.Select(t => $"{t.Indicator} {t.Action.ToLowerInvariant()} ({BulletinText.Count(t.Values.Length, "value")})"))}."));
        notes.Add($"{BulletinText.Count(missing, "value")} still missing after imputation.");
        if (screened > 0)
        {
            notes.Add($"{BulletinText.Count(screened, "county", "counties")} screened out for too little data: {string.Join(", ", Result.Counties.Where(c => c.ScreenedOut).Select(c => $"{c.Code} {c.Name}"))}.");
        }

        if (unscored > 0)
        {
            notes.Add($"{BulletinText.Count(unscored, "county", "counties")} without a score (too few components under the availability threshold).");
        }

        if (Units is { } units)
        {
            notes.AddRange(units.Notes());
        }

        if (Leap is { } leap && (!leap.Entered.IsEmpty || !leap.Left.IsEmpty))
        {
            notes.Add($"{BulletinText.Count(leap.Entered.Length, "county", "counties")} only in {leap.LaterYear}, {leap.Left.Length} only in {leap.EarlierYear} (administrative changes or missing data).");
        }

        return notes;
    }
}

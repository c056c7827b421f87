using System.Collections.Immutable;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Reports.Localization;
using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>
/// What the annual evaluation publishes (监测评价结果通报): one evaluation, the leap from the
/// evaluation it is compared with when there is one, and optionally every earlier evaluation the data
/// allow (for the class distribution over the years and each county's history), the indicator-level
/// detail (for the county profiles) and an uncertainty analysis. Every bulletin writer renders one of
/// these. Immutable: the <c>With…</c> methods return changed copies.
/// </summary>
public sealed class Bulletin
{
    private Bulletin(EvaluationResult result, Leap? leap, ImmutableArray<EvaluationResult> history, EvaluationDetail? detail, UncertaintyResult? uncertainty, bool assumedFramework, UnitCoverage? units = null)
    {
        Units = units;
        Result = result;
        Leap = leap;
        History = history;
        Detail = detail;
        Uncertainty = uncertainty;
        UsesAssumedFramework = assumedFramework;
    }

    /// <summary>The evaluation the bulletin reports.</summary>
    public EvaluationResult Result { get; }

    /// <summary>The leap from the earlier evaluation it is compared with, or <see langword="null"/>.</summary>
    public Leap? Leap { get; }

    /// <summary>Every evaluation of the same data and method up to and including <see cref="Result"/>, by year; at least <see cref="Result"/>.</summary>
    public ImmutableArray<EvaluationResult> History { get; }

    /// <summary>The indicator-level results of <see cref="Result"/> (the county profiles need them), or <see langword="null"/>.</summary>
    public EvaluationDetail? Detail { get; }

    /// <summary>An uncertainty analysis of the same evaluation year, or <see langword="null"/>.</summary>
    public UncertaintyResult? Uncertainty { get; }

    /// <summary>
    /// Whether the evaluation used the SDK's default framework, whose weights and goalposts are the
    /// SDK's documented assumptions rather than official figures: real (not synthetic) data evaluated
    /// with it get a visible note saying so.
    /// </summary>
    public bool UsesAssumedFramework { get; }

    /// <summary>The method's name as the bulletin shows it: its real name, or <c>custom-</c> and a content hash when it has none of its own (<see cref="MethodProvenance"/>).</summary>
    public string MethodName => MethodProvenance.NameOf(Result.Method);

    /// <summary>Creates the bulletin of <paramref name="result"/>, compared through <paramref name="leap"/> when given.</summary>
    /// <param name="result">The evaluation.</param>
    /// <param name="leap">The leap ending at <paramref name="result"/>'s year, or <see langword="null"/>.</param>
    /// <returns>The bulletin; its framework is taken as the default one when the result names the default framework's root.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="leap"/> does not end at <paramref name="result"/>'s year.</exception>
    public static Bulletin Create(EvaluationResult result, Leap? leap = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (leap is not null && leap.LaterYear != result.Year)
        {
            throw new ArgumentException($"The leap ends in {leap.LaterYear}, the evaluation is of {result.Year}.", nameof(leap));
        }

        var root = HebeiFramework.Default.Root;
        return new Bulletin(result, leap, [result], null, null, string.Equals(result.Framework, $"{root.Code} {root.NameZh}", StringComparison.Ordinal));
    }

    /// <summary>
    /// Evaluates <paramref name="panel"/> for <paramref name="year"/> and builds the whole bulletin:
    /// the evaluation with its indicator-level detail, every earlier evaluation the data allow, and
    /// the leap from <paramref name="compareWith"/> (the year before when omitted and the data have it).
    /// </summary>
    /// <param name="pipeline">The framework and method.</param>
    /// <param name="panel">The data.</param>
    /// <param name="year">The evaluation year.</param>
    /// <param name="compareWith">The earlier evaluation year of the leap; <see langword="null"/> for the year before, when available.</param>
    /// <returns>The bulletin.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pipeline"/> or <paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="compareWith"/> is not before <paramref name="year"/>.</exception>
    /// <exception cref="CountyInnovation.Sdk.Diagnostics.InvalidInputException">The data cannot be evaluated for a year.</exception>
    public static Bulletin Evaluate(EvaluationPipeline pipeline, Panel panel, EvaluationYear year, EvaluationYear? compareWith = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(panel);
        if (compareWith is { } c && c.Value >= year.Value)
        {
            throw new ArgumentException($"The leap must start before {year}; {c} does not.", nameof(compareWith));
        }

        var detail = pipeline.EvaluateInDetail(panel, year);
        // The earlier evaluations follow the same year convention; data years whose evaluation year
        // lies outside the evaluation-year range have no evaluation and are left out of the history.
        var lag = year.Value - year.DataYear;
        var earlierYears = panel.Years.Select(y => y + lag)
            .Where(y => y is >= EvaluationYear.MinValue and <= EvaluationYear.MaxValue && y < year.Value)
            .Order()
            .ToList();
        var history = earlierYears.Select(y => pipeline.Evaluate(panel, EvaluationYear.Of(y, year.IsDataYear))).Append(detail.Result).ToImmutableArray();
        var earlier = compareWith ?? (earlierYears.Contains(year.Value - 1) ? EvaluationYear.Of(year.Value - 1, year.IsDataYear) : null);
        Leap? leap = null;
        if (earlier is { } e)
        {
            var from = history.FirstOrDefault(h => h.Year == e) ?? pipeline.Evaluate(panel, e);
            leap = Leap.Between(from, detail.Result, history.Where(h => h.Year.Value < year.Value && h.Year != e));
        }

        var assumed = ReferenceEquals(pipeline.Framework, HebeiFramework.Default) || pipeline.Framework.Equals(HebeiFramework.Default);
        return new Bulletin(detail.Result, leap, history, detail, null, assumed);
    }

    /// <summary>A copy with the earlier evaluations of the same data and method (for the class distribution over the years and each county's history).</summary>
    /// <param name="earlier">Evaluations of years before <see cref="Result"/>'s; one per year.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">An evaluation is not before <see cref="Result"/>'s year, or two are of one year.</exception>
    public Bulletin WithHistory(IEnumerable<EvaluationResult> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var list = earlier.ToList();
        if (list.Any(h => h is null || h.Year.Value >= Result.Year.Value) || list.Select(h => h.Year).Distinct().Count() != list.Count)
        {
            throw new ArgumentException($"The history must hold evaluations of distinct years before {Result.Year}.", nameof(earlier));
        }

        return new Bulletin(Result, Leap, [.. list.OrderBy(h => h.Year.Value), Result], Detail, Uncertainty, UsesAssumedFramework, Units);
    }

    /// <summary>A copy with the indicator-level detail of <see cref="Result"/> (the county profiles).</summary>
    /// <param name="detail">The detail whose <see cref="EvaluationDetail.Result"/> is <see cref="Result"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="detail"/> is of another evaluation.</exception>
    public Bulletin WithDetail(EvaluationDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        if (!ReferenceEquals(detail.Result, Result) && !detail.Result.Equals(Result))
        {
            throw new ArgumentException("The detail is of another evaluation.", nameof(detail));
        }

        return new Bulletin(Result, Leap, History, detail, Uncertainty, UsesAssumedFramework, Units);
    }

    /// <summary>A copy with an uncertainty analysis of the same evaluation year (section 7 of the HTML bulletin).</summary>
    /// <param name="uncertainty">The analysis.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="uncertainty"/> is of another year.</exception>
    public Bulletin WithUncertainty(UncertaintyResult uncertainty)
    {
        ArgumentNullException.ThrowIfNull(uncertainty);
        if (uncertainty.Year != Result.Year)
        {
            throw new ArgumentException($"The uncertainty analysis is of {uncertainty.Year}, the evaluation of {Result.Year}.", nameof(uncertainty));
        }

        return new Bulletin(Result, Leap, History, Detail, uncertainty, UsesAssumedFramework, Units);
    }

    /// <summary>A copy that says whether the framework is the SDK's default one (see <see cref="UsesAssumedFramework"/>).</summary>
    /// <param name="assumed">Whether the weights and goalposts are the SDK's documented assumptions.</param>
    /// <returns>The copy.</returns>
    public Bulletin WithAssumedFramework(bool assumed) => new(Result, Leap, History, Detail, Uncertainty, assumed, Units);

    /// <summary>How the evaluated units compare with the units list (unlisted units allowed, listed units without data), or <see langword="null"/> when not known.</summary>
    public UnitCoverage? Units { get; }

    /// <summary>A copy that reports <paramref name="units"/> in its data-quality notes.</summary>
    /// <param name="units">The coverage of the evaluation's data year.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The coverage is of another data year.</exception>
    public Bulletin WithUnits(UnitCoverage units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.DataYear != Result.DataYear)
        {
            throw new ArgumentException($"The unit coverage is of {units.DataYear}, the evaluation uses the data of {Result.DataYear}.", nameof(units));
        }

        return new Bulletin(Result, Leap, History, Detail, Uncertainty, UsesAssumedFramework, units);
    }

    /// <summary>The version of the JSON output schema (docs/formats/bulletin-json.md).</summary>
    public const string JsonSchema = "county-innovation/bulletin/v1";

    /// <summary>How many biggest rank gains the human-readable formats list.</summary>
    public const int TopGains = 10;

    /// <summary>The label every format prints when the data are synthetic (the English text; the Chinese one is in the zh-CN resource).</summary>
    public const string SyntheticLabel = "SYNTHETIC DATA — demonstration only, not official results";

    /// <summary>Values imputed, treated, missing or screened out, as short English sentences.</summary>
    /// <returns>The notes.</returns>
    public IReadOnlyList<string> DataQualityNotes() => DataQualityNotes(ReportLanguage.English);

    /// <summary>Values imputed, treated, missing or screened out, as short sentences in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The notes.</returns>
    public IReadOnlyList<string> DataQualityNotes(ReportLanguage language) => BulletinPhrases.DataQualityNotes(this, ReportText.For(language));

    /// <summary>
    /// What a reader must know before trusting the classes, in <paramref name="language"/>: today one
    /// warning, when the method's score scale cannot meet the class thresholds (for example TOPSIS or
    /// z-scores without a final scaling, which put every county in class C). Writers print these in the
    /// output; the command line also prints them on standard error.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The warnings; empty when there is none.</returns>
    public IReadOnlyList<string> Warnings(ReportLanguage language)
    {
        var text = ReportText.For(language);
        return ScaleCheck.Problem(Result.Method, text) is { } problem
            ? [text.Format("warning.scale", Invariant(Result.Method.ClassThresholds.A), Invariant(Result.Method.ClassThresholds.B), problem)]
            : [];
    }

    private static string Invariant(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

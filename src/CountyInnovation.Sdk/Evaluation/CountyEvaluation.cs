using System.Collections.Immutable;
using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// One county's line in an evaluation (县域评价结果): its unrounded score, rank, class, the
/// sub-scores of the first-level indicators, and which of its values were imputed, treated as
/// outliers or are still missing. A county without a score (screened out for too little data, or a
/// missing aggregate) has no rank and no class; it stays in the result.
/// </summary>
public sealed class CountyEvaluation : IEquatable<CountyEvaluation>
{
    private CountyEvaluation(
        string code,
        string name,
        string city,
        double? score,
        int? rank,
        CountyClass? countyClass,
        ImmutableArray<double?> subScores,
        double dataAvailability,
        bool screenedOut,
        ImmutableArray<string> imputed,
        ImmutableArray<string> treated,
        ImmutableArray<string> missing)
    {
        Code = code;
        Name = name;
        City = city;
        Score = score;
        Rank = rank;
        Class = countyClass;
        SubScores = subScores;
        DataAvailability = dataAvailability;
        ScreenedOut = screenedOut;
        ImputedIndicators = imputed;
        TreatedIndicators = treated;
        MissingIndicators = missing;
    }

    /// <summary>The county's code (GB/T 2260 for Hebei divisions).</summary>
    public string Code { get; }

    /// <summary>The county's name, for example 正定县.</summary>
    public string Name { get; }

    /// <summary>The group its results are averaged in: the prefecture-level city (设区市) or 雄安新区.</summary>
    public string City { get; }

    /// <summary>The unrounded 100-point score; <see langword="null"/> when the county is not scored.</summary>
    public double? Score { get; }

    /// <summary>The rank (1 = best, ties share the best rank); <see langword="null"/> when not scored.</summary>
    public int? Rank { get; }

    /// <summary>The class; <see langword="null"/> when not scored.</summary>
    public CountyClass? Class { get; }

    /// <summary>The sub-scores of the first-level indicators, in the order of <see cref="EvaluationResult.FirstLevelCodes"/>; <see langword="null"/> where missing.</summary>
    public ImmutableArray<double?> SubScores { get; }

    /// <summary>The share (0–1) of the county's indicator values that were observed, before imputation.</summary>
    public double DataAvailability { get; }

    /// <summary>Whether screening left the county unscored for too little data.</summary>
    public bool ScreenedOut { get; }

    /// <summary>Codes of the indicators whose value for this county was imputed.</summary>
    public ImmutableArray<string> ImputedIndicators { get; }

    /// <summary>Codes of the indicators whose value for this county was changed by outlier treatment.</summary>
    public ImmutableArray<string> TreatedIndicators { get; }

    /// <summary>Codes of the indicators still missing for this county after imputation.</summary>
    public ImmutableArray<string> MissingIndicators { get; }

    /// <summary>Whether any of the county's values was imputed.</summary>
    public bool IsImputed => !ImputedIndicators.IsEmpty;

    /// <summary>Whether any of the county's values was treated as an outlier.</summary>
    public bool IsTreated => !TreatedIndicators.IsEmpty;

    /// <summary>
    /// Creates a county line. Ranks and classes are normally computed by the pipeline or by
    /// <see cref="EvaluationResult.FromScores"/>; this factory also serves published historical results.
    /// </summary>
    /// <param name="code">The county code; not empty.</param>
    /// <param name="name">The county name; not empty.</param>
    /// <param name="city">The city group; not empty.</param>
    /// <param name="score">The score, or <see langword="null"/>; finite when given.</param>
    /// <param name="rank">The rank (≥ 1), given exactly when the score is.</param>
    /// <param name="countyClass">The class, given exactly when the score is.</param>
    /// <param name="subScores">The first-level sub-scores; may be omitted.</param>
    /// <param name="dataAvailability">The observed share 0–1.</param>
    /// <param name="screenedOut">Whether screening left the county unscored.</param>
    /// <param name="imputedIndicators">Indicators imputed for this county.</param>
    /// <param name="treatedIndicators">Indicators treated for this county.</param>
    /// <param name="missingIndicators">Indicators still missing.</param>
    /// <exception cref="ArgumentException">An argument is empty, out of range or inconsistent.</exception>
    public static CountyEvaluation Of(
        string code,
        string name,
        string city,
        double? score,
        int? rank,
        CountyClass? countyClass,
        IEnumerable<double?>? subScores = null,
        double dataAvailability = 1,
        bool screenedOut = false,
        IEnumerable<string>? imputedIndicators = null,
        IEnumerable<string>? treatedIndicators = null,
        IEnumerable<string>? missingIndicators = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(city);
        if (score is { } s && !double.IsFinite(s))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, $"County {code}: a score is finite; use null for a missing score.");
        }

        if (score.HasValue != rank.HasValue || score.HasValue != countyClass.HasValue)
        {
            throw new ArgumentException($"County {code}: a score, a rank and a class go together (all given or all missing).", nameof(rank));
        }

        if (rank is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rank), rank, $"County {code}: ranks start at 1.");
        }

        MethodConfiguration.CheckShare(dataAvailability, nameof(dataAvailability));
        return new CountyEvaluation(
            code, name, city, score, rank, countyClass,
            subScores is null ? [] : subScores.ToImmutableArray(),
            dataAvailability,
            screenedOut,
            Freeze(imputedIndicators),
            Freeze(treatedIndicators),
            Freeze(missingIndicators));
    }

    private static ImmutableArray<string> Freeze(IEnumerable<string>? codes) =>
        codes is null ? ImmutableArray<string>.Empty : codes.ToImmutableArray();

    /// <inheritdoc />
    public bool Equals(CountyEvaluation? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(City, other.City, StringComparison.Ordinal)
        && Nullable.Equals(Score, other.Score)
        && Rank == other.Rank
        && Class == other.Class
        && SubScores.SequenceEqual(other.SubScores)
        && DataAvailability.Equals(other.DataAvailability)
        && ScreenedOut == other.ScreenedOut
        && ImputedIndicators.SequenceEqual(other.ImputedIndicators, StringComparer.Ordinal)
        && TreatedIndicators.SequenceEqual(other.TreatedIndicators, StringComparer.Ordinal)
        && MissingIndicators.SequenceEqual(other.MissingIndicators, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CountyEvaluation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Score, Rank, Class);

    /// <summary>Formats as <c>130123 正定县 (石家庄市): 81.234 rank 5 class A</c>.</summary>
    public override string ToString() => Score is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{Code} {Name} ({City}): {s:0.###} rank {Rank} class {Class}")
        : $"{Code} {Name} ({City}): not scored";
}

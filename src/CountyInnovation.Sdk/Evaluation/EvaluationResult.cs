using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// The result of one annual evaluation (年度监测评价结果): every county's unrounded score, rank,
/// class and first-level sub-scores; the per-city summaries; the class counts and the average
/// score; the log of every imputed and treated value; and what produced it — evaluation and data
/// year, framework, method configuration, data source, and whether the data are synthetic.
/// </summary>
public sealed class EvaluationResult : IEquatable<EvaluationResult>
{
    private EvaluationResult(
        EvaluationYear year,
        string dataSource,
        bool isSynthetic,
        string framework,
        MethodConfiguration method,
        ImmutableArray<string> firstLevelCodes,
        ImmutableArray<string> firstLevelNames,
        ImmutableArray<CountyEvaluation> counties,
        ImmutableArray<ImputationRecord> imputations,
        ImmutableArray<TreatmentRecord> treatments,
        ImmutableArray<string> cityOrder)
    {
        Year = year;
        DataSource = dataSource;
        IsSynthetic = isSynthetic;
        Framework = framework;
        Method = method;
        FirstLevelCodes = firstLevelCodes;
        FirstLevelNames = firstLevelNames;
        Counties = counties;
        Imputations = imputations;
        Treatments = treatments;

        var classes = new List<CountyClass?>(counties.Length);
        var seenOrder = new List<string>();
        var byCity = new Dictionary<string, List<CountyEvaluation>>(StringComparer.Ordinal);
        var sum = 0.0;
        var scored = 0;
        foreach (var county in counties)
        {
            classes.Add(county.Class);
            if (county.Score is { } s)
            {
                sum += s;
                scored++;
            }

            if (!byCity.TryGetValue(county.City, out var members))
            {
                members = [];
                byCity.Add(county.City, members);
                seenOrder.Add(county.City);
            }

            members.Add(county);
        }

        Classes = ClassCounts.Count(classes);
        AverageScore = scored == 0 ? null : sum / scored;
        // Cities in the given order (prefecture-level cities by code, then 雄安新区), others as they come.
        var ordered = cityOrder.Where(byCity.ContainsKey).Distinct().ToList();
        var placed = new HashSet<string>(ordered, StringComparer.Ordinal);
        ordered.AddRange(seenOrder.Where(c => !placed.Contains(c)));
        Cities = [.. ordered.Select(c => CitySummary.Of(c, byCity[c]))];
        Ranked = ByRank(counties);
        ClassA = [.. Ranked.Where(c => c.Class == CountyClass.A)];
    }

    /// <summary>
    /// The counties by rank, ties and the unranked (last) by code. The ranks are sorted as plain
    /// integers and only runs of equal rank compare codes: at 100,000 units a comparison sort of the
    /// county objects spent its time chasing them through memory.
    /// </summary>
    private static ImmutableArray<CountyEvaluation> ByRank(ImmutableArray<CountyEvaluation> counties)
    {
        var n = counties.Length;
        var ranks = new int[n];
        var ranked = new CountyEvaluation[n];
        for (var i = 0; i < n; i++)
        {
            ranks[i] = counties[i].Rank ?? int.MaxValue;
            ranked[i] = counties[i];
        }

        Array.Sort(ranks, ranked);
        for (var first = 0; first < n;)
        {
            var last = first + 1;
            while (last < n && ranks[last] == ranks[first])
            {
                last++;
            }

            if (last - first > 1)
            {
                Array.Sort(ranked, first, last - first, CodeOrder.Instance);
            }

            first = last;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ranked);
    }

    /// <summary>The evaluation year.</summary>
    public EvaluationYear Year { get; }

    /// <summary>The year of the statistics used: <see cref="Year"/> − 1.</summary>
    public int DataYear => Year.DataYear;

    /// <summary>Where the data came from (a file name, or <c>&lt;embedded sample&gt;</c>).</summary>
    public string DataSource { get; }

    /// <summary>Whether the data are synthetic (the embedded sample): every output must say so.</summary>
    public bool IsSynthetic { get; }

    /// <summary>The indicator framework's name.</summary>
    public string Framework { get; }

    /// <summary>The method configuration used.</summary>
    public MethodConfiguration Method { get; }

    /// <summary>The codes of the first-level indicators (一级指标), the order of <see cref="CountyEvaluation.SubScores"/>.</summary>
    public ImmutableArray<string> FirstLevelCodes { get; }

    /// <summary>The names of the first-level indicators, aligned with <see cref="FirstLevelCodes"/>.</summary>
    public ImmutableArray<string> FirstLevelNames { get; }

    /// <summary>Every county evaluated, scored or not, in input order.</summary>
    public ImmutableArray<CountyEvaluation> Counties { get; }

    /// <summary>Every county by rank (ties by code), the unscored ones last.</summary>
    public ImmutableArray<CountyEvaluation> Ranked { get; }

    /// <summary>The class A list, in score order (ties by code), as the bulletin publishes it.</summary>
    public ImmutableArray<CountyEvaluation> ClassA { get; }

    /// <summary>The per-city summaries (设区市 and 雄安新区), in order of their first county.</summary>
    public ImmutableArray<CitySummary> Cities { get; }

    /// <summary>The class counts over all counties.</summary>
    public ClassCounts Classes { get; }

    /// <summary>The mean unrounded score of the scored counties; <see langword="null"/> when none is scored.</summary>
    public double? AverageScore { get; }

    /// <summary>Every imputed value, by county then indicator.</summary>
    public ImmutableArray<ImputationRecord> Imputations { get; }

    /// <summary>The outlier treatment of every indicator that was treated.</summary>
    public ImmutableArray<TreatmentRecord> Treatments { get; }

    /// <summary>The county with code <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="code">The county code.</param>
    public CountyEvaluation? Find(string code)
    {
        foreach (var county in Counties)
        {
            if (string.Equals(county.Code, code, StringComparison.Ordinal))
            {
                return county;
            }
        }

        return null;
    }

    /// <summary>
    /// Builds a result from scores alone — for example a published historical evaluation, to
    /// compare with or to supply the best-ever rank history of a <see cref="Leap"/>. Ranks and
    /// classes are computed by the evaluation's rules.
    /// </summary>
    /// <param name="year">The evaluation year.</param>
    /// <param name="counties">Code, name, city group and score (<see langword="null"/> when unscored) of every county; codes unique.</param>
    /// <param name="thresholds">The class thresholds; <see cref="ClassThresholds.Default"/> when omitted.</param>
    /// <param name="dataSource">Where the scores come from.</param>
    /// <param name="isSynthetic">Whether the scores are synthetic.</param>
    /// <exception cref="ArgumentException">A code repeats, or a county line is invalid.</exception>
    public static EvaluationResult FromScores(
        EvaluationYear year,
        IEnumerable<(string Code, string Name, string City, double? Score)> counties,
        ClassThresholds? thresholds = null,
        string dataSource = "<scores>",
        bool isSynthetic = false)
    {
        ArgumentNullException.ThrowIfNull(counties);
        var list = counties.ToList();
        var scores = new double[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            scores[i] = list[i].Score ?? double.NaN;
        }

        var method = thresholds is { } t ? MethodConfiguration.Default.WithName("published").WithClassThresholds(t) : MethodConfiguration.Default.WithName("published");
        var ranks = new int[list.Count];
        Ranking.Descending(scores, ranks);
        var lines = new List<CountyEvaluation>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var (code, name, city, score) = list[i];
            lines.Add(CountyEvaluation.Of(code, name, city, score, score is null ? null : ranks[i], method.ClassThresholds.Classify(score)));
        }

        return Create(year, dataSource, isSynthetic, "<none>", method, [], [], lines, [], [], []);
    }

    /// <summary>Assembles a result; checks codes are unique and the sub-score width matches.</summary>
    internal static EvaluationResult Create(
        EvaluationYear year,
        string dataSource,
        bool isSynthetic,
        string framework,
        MethodConfiguration method,
        ImmutableArray<string> firstLevelCodes,
        ImmutableArray<string> firstLevelNames,
        IReadOnlyList<CountyEvaluation> counties,
        ImmutableArray<ImputationRecord> imputations,
        ImmutableArray<TreatmentRecord> treatments,
        ImmutableArray<string> cityOrder)
    {
        var seen = new HashSet<string>(counties.Count, StringComparer.Ordinal);
        foreach (var county in counties)
        {
            if (!seen.Add(county.Code))
            {
                throw new ArgumentException($"County {county.Code} appears twice in the {year} evaluation.", nameof(counties));
            }

            if (!county.SubScores.IsEmpty && county.SubScores.Length != firstLevelCodes.Length)
            {
                throw new ArgumentException($"County {county.Code} has {county.SubScores.Length} sub-scores for {firstLevelCodes.Length} first-level indicators.", nameof(counties));
            }
        }

        return new EvaluationResult(year, dataSource, isSynthetic, framework, method, firstLevelCodes, firstLevelNames, [.. counties], imputations, treatments, cityOrder);
    }

    /// <inheritdoc />
    public bool Equals(EvaluationResult? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Year == other.Year
                && string.Equals(DataSource, other.DataSource, StringComparison.Ordinal)
                && IsSynthetic == other.IsSynthetic
                && string.Equals(Framework, other.Framework, StringComparison.Ordinal)
                && Method.Equals(other.Method)
                && FirstLevelCodes.SequenceEqual(other.FirstLevelCodes, StringComparer.Ordinal)
                && FirstLevelNames.SequenceEqual(other.FirstLevelNames, StringComparer.Ordinal)
                && Counties.SequenceEqual(other.Counties)
                && Imputations.SequenceEqual(other.Imputations)
                && Treatments.SequenceEqual(other.Treatments)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EvaluationResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, DataSource, Counties.Length, Classes, AverageScore);

    /// <summary>Formats as <c>2021 evaluation (2020 data): 167 counties, A 32 / B 66 / C 69, average 61.07</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Year} evaluation ({DataYear} data{(IsSynthetic ? ", SYNTHETIC" : string.Empty)}): {Counties.Length} counties, {Classes}, average {(AverageScore is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")}");

    /// <summary>Counties by code, ordinal (codes are unique within a result).</summary>
    private sealed class CodeOrder : IComparer<CountyEvaluation>
    {
        public static readonly CodeOrder Instance = new();

        public int Compare(CountyEvaluation? x, CountyEvaluation? y) => string.CompareOrdinal(x!.Code, y!.Code);
    }
}

using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// The outcome of a Monte Carlo uncertainty analysis (不确定性分析) of the ranking: per county the
/// nominal result and the distribution of its rank and class over the runs; per run what was
/// sampled and whether it failed.
/// </summary>
public sealed class UncertaintyResult : IEquatable<UncertaintyResult>
{
    private readonly ImmutableArray<double> _uniforms;
    private readonly ImmutableArray<string?> _failures;

    private UncertaintyResult(
        EvaluationYear year,
        string dataSource,
        bool isSynthetic,
        UncertaintySpecification specification,
        UncertaintySettings settings,
        string engine,
        long rankHistogramBytes,
        ImmutableArray<CountyUncertainty> counties,
        ImmutableArray<double> uniforms,
        ImmutableArray<string?> failures)
    {
        Year = year;
        DataSource = dataSource;
        IsSynthetic = isSynthetic;
        Specification = specification;
        Settings = settings;
        Engine = engine;
        RankHistogramBytes = rankHistogramBytes;
        Counties = counties;
        _uniforms = uniforms;
        _failures = failures;
        FailedRuns = failures.Count(f => f is not null);
    }

    /// <summary>The evaluation year analysed.</summary>
    public EvaluationYear Year { get; }

    /// <summary>The data's source name.</summary>
    public string DataSource { get; }

    /// <summary>Whether the data are synthetic: say so wherever the result is shown.</summary>
    public bool IsSynthetic { get; }

    /// <summary>The nominal scenario and the assumptions.</summary>
    public UncertaintySpecification Specification { get; }

    /// <summary>Runs, seed, threads, engine requested.</summary>
    public UncertaintySettings Settings { get; }

    /// <summary>Which engine ran, and why.</summary>
    public string Engine { get; }

    /// <summary>Memory held by the rank histograms during the analysis: n·(n + 1) counts for n counties, of 2 bytes each up to 65,535 runs and 4 bytes beyond.</summary>
    public long RankHistogramBytes { get; }

    /// <summary>Per county, in the evaluation's order.</summary>
    public ImmutableArray<CountyUncertainty> Counties { get; }

    /// <summary>N, the number of runs.</summary>
    public int Runs => _failures.Length;

    /// <summary>Runs that could not be evaluated (they count in no statistic).</summary>
    public int FailedRuns { get; }

    /// <summary>The counties, most uncertain first: widest 90 % rank interval, then nominal rank.</summary>
    public ImmutableArray<CountyUncertainty> MostUncertainFirst() =>
    [
        .. Counties
            .OrderByDescending(c => double.IsNaN(c.RankIntervalWidth) ? -1 : c.RankIntervalWidth)
            .ThenBy(c => c.NominalRank ?? int.MaxValue)
            .ThenBy(c => c.Code, StringComparer.Ordinal),
    ];

    /// <summary>What run <paramref name="index"/> sampled and whether it failed.</summary>
    /// <param name="index">A run index, from 0 to <see cref="Runs"/> − 1.</param>
    public SampledRun Run(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Runs);
        var nominal = Specification.Nominal;
        var dimension = _uniforms.Length / Runs;
        var row = _uniforms.AsSpan().Slice(index * dimension, dimension);
        var parameters = new List<string>(Specification.Assumptions.Length);
        var offset = 0;
        foreach (var assumption in Specification.Assumptions)
        {
            var d = assumption.Dimension(nominal);
            parameters.Add(assumption.Describe(nominal, row.Slice(offset, d)));
            offset += d;
        }

        return SampledRun.Of(index, parameters, _failures[index]);
    }

    /// <summary>The distinct failure messages with the number of runs each, most frequent first.</summary>
    public ImmutableArray<(string Failure, int Runs)> FailureSummary() =>
    [
        .. _failures.Where(f => f is not null)
            .GroupBy(f => f!, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2)
            .ThenBy(g => g.Key, StringComparer.Ordinal),
    ];

    internal static UncertaintyResult Create(
        EvaluationYear year,
        string dataSource,
        bool isSynthetic,
        UncertaintySpecification specification,
        UncertaintySettings settings,
        string engine,
        long rankHistogramBytes,
        IEnumerable<CountyUncertainty> counties,
        double[] uniforms,
        string?[] failures) =>
        new(year, dataSource, isSynthetic, specification, settings, engine, rankHistogramBytes, [.. counties], [.. uniforms], [.. failures]);

    /// <inheritdoc />
    public bool Equals(UncertaintyResult? other) =>
        other is not null
        && Year == other.Year && DataSource == other.DataSource && IsSynthetic == other.IsSynthetic
        && Specification.Equals(other.Specification) && Settings.Equals(other.Settings) && Engine == other.Engine
        && Counties.SequenceEqual(other.Counties)
        && _uniforms.SequenceEqual(other._uniforms)
        && _failures.SequenceEqual(other._failures);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UncertaintyResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Counties.Length, Runs, FailedRuns);

    /// <summary>Formats as <c>uncertainty of the 2024 evaluation: 167 counties, 10000 runs (0 failed)</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"uncertainty of the {Year} evaluation{(IsSynthetic ? " (synthetic data)" : string.Empty)}: {Counties.Length} counties, {Runs} runs ({FailedRuns} failed), {Specification}");
}

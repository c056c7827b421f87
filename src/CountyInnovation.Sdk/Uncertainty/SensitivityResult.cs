using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// The outcome of a sensitivity analysis (敏感性分析): which assumption drives the ranking's
/// uncertainty. Output y = mean over counties of |rank − nominal rank|; Saltelli design with N base
/// runs and N(d + 2) runs in all; and the rank shifts from leaving each indicator out.
/// </summary>
public sealed class SensitivityResult : IEquatable<SensitivityResult>
{
    private SensitivityResult(
        EvaluationYear year,
        bool isSynthetic,
        int baseRuns,
        int totalRuns,
        int failedRuns,
        string engine,
        ImmutableArray<SensitivityIndex> indices,
        ImmutableArray<IndicatorRemoval> removals)
    {
        Year = year;
        IsSynthetic = isSynthetic;
        BaseRuns = baseRuns;
        TotalRuns = totalRuns;
        FailedRuns = failedRuns;
        Engine = engine;
        Indices = indices;
        IndicatorRemovals = removals;
    }

    /// <summary>The evaluation year analysed.</summary>
    public EvaluationYear Year { get; }

    /// <summary>Whether the data are synthetic.</summary>
    public bool IsSynthetic { get; }

    /// <summary>N.</summary>
    public int BaseRuns { get; }

    /// <summary>N(d + 2).</summary>
    public int TotalRuns { get; }

    /// <summary>Runs that failed (their base rows are left out of the estimates).</summary>
    public int FailedRuns { get; }

    /// <summary>Which engine ran, and why.</summary>
    public string Engine { get; }

    /// <summary>First-order and total indices per assumption, in specification order.</summary>
    public ImmutableArray<SensitivityIndex> Indices { get; }

    /// <summary>Rank shifts from leaving each indicator out, in framework order.</summary>
    public ImmutableArray<IndicatorRemoval> IndicatorRemovals { get; }

    internal static SensitivityResult Create(EvaluationYear year, bool isSynthetic, int baseRuns, int totalRuns, int failedRuns, string engine, IEnumerable<SensitivityIndex> indices, IEnumerable<IndicatorRemoval> removals) =>
        new(year, isSynthetic, baseRuns, totalRuns, failedRuns, engine, [.. indices], [.. removals]);

    /// <inheritdoc />
    public bool Equals(SensitivityResult? other) =>
        other is not null && Year == other.Year && IsSynthetic == other.IsSynthetic && BaseRuns == other.BaseRuns
        && TotalRuns == other.TotalRuns && FailedRuns == other.FailedRuns && Engine == other.Engine
        && Indices.SequenceEqual(other.Indices) && IndicatorRemovals.SequenceEqual(other.IndicatorRemovals);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SensitivityResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, BaseRuns, Indices.Length, IndicatorRemovals.Length);

    /// <summary>Formats as one line per index.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"sensitivity of the {Year} ranking ({TotalRuns} runs, {FailedRuns} failed): {string.Join("; ", Indices)}");
}

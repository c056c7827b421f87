using System.Collections.Immutable;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Treatment;

namespace CountyInnovation.Sdk.Analysis;

/// <summary>
/// The multivariate analysis of an evaluation (the JRC/OECD Handbook's step, COINr's <c>get_stats</c>,
/// <c>get_corr</c>, <c>get_cronbach</c>, <c>get_PCA</c>): statistics of every indicator's raw values;
/// correlations of the normalised indicators and group scores within each group, with the parent,
/// with the index and between groups of a level; Cronbach's alpha and principal components of every
/// group's components. Made from an <see cref="EvaluationDetail"/>, so it analyses exactly the
/// numbers the evaluation used.
/// </summary>
public sealed class CompositeAnalysis : IEquatable<CompositeAnalysis>
{
    private CompositeAnalysis(EvaluationYear year, ImmutableArray<IndicatorStatistics> statistics, ImmutableArray<CorrelationPair> correlations, ImmutableArray<GroupReliability> reliability, ImmutableArray<PrincipalComponents> components)
    {
        Year = year;
        Statistics = statistics;
        Correlations = correlations;
        Reliability = reliability;
        PrincipalComponents = components;
    }

    /// <summary>The evaluation year analysed (its data year is <see cref="EvaluationYear.DataYear"/>).</summary>
    public EvaluationYear Year { get; }

    /// <summary>Statistics of every indicator's raw values in the data year, framework order.</summary>
    public ImmutableArray<IndicatorStatistics> Statistics { get; }

    /// <summary>Every correlation: within groups, with the parent, with the index, between groups of a level.</summary>
    public ImmutableArray<CorrelationPair> Correlations { get; }

    /// <summary>The flagged correlations: strong negative or near-duplicate components of one group.</summary>
    public ImmutableArray<CorrelationPair> Flags => [.. Correlations.Where(c => c.IsStrongNegative || c.IsNearDuplicate)];

    /// <summary>Cronbach's alpha of every group with at least two components.</summary>
    public ImmutableArray<GroupReliability> Reliability { get; }

    /// <summary>The principal components of every group with at least two components.</summary>
    public ImmutableArray<PrincipalComponents> PrincipalComponents { get; }

    /// <summary>Analyses an evaluation.</summary>
    /// <param name="detail">The evaluation's detail.</param>
    /// <param name="treatment">The outlier rule for the statistics' flags; when omitted, the evaluation method's outlier treatment (as configured, even when switched off), or COINr's default if that is not a built-in method.</param>
    public static CompositeAnalysis Of(EvaluationDetail detail, IOutlierTreatment? treatment = null)
    {
        ArgumentNullException.ThrowIfNull(detail);
        if (treatment is null)
        {
            var choice = detail.Result.Method.OutlierTreatment;
            try
            {
                treatment = ScoringMethodRegistry.Default.CreateOutlierTreatment(choice.Name, EvaluationPipeline.ToParameters(choice));
            }
            catch (ScoringConfigurationException)
            {
                treatment = WinsoriseOrLogTreatment.Default;
            }
        }

        var units = detail.Units;
        var statistics = detail.Indicators.Select(i => IndicatorStatistics.Of(i.Code, detail.Result.DataYear, units, i.Raw.AsSpan(), treatment)).ToImmutableArray();

        var values = new Dictionary<string, ImmutableArray<double>>(StringComparer.Ordinal);
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var i in detail.Indicators)
        {
            values[i.Code] = i.Normalised;
            parents[i.Code] = i.Parent;
        }

        foreach (var g in detail.Groups)
        {
            values[g.Code] = g.Scores;
            parents[g.Code] = g.Parent;
        }

        var root = detail.Groups[0];
        var correlations = ImmutableArray.CreateBuilder<CorrelationPair>();
        var reliability = ImmutableArray.CreateBuilder<GroupReliability>();
        var pca = ImmutableArray.CreateBuilder<PrincipalComponents>();
        foreach (var group in detail.Groups)
        {
            var columns = group.Components.Select(c => (IReadOnlyList<double>)values[c]).ToList();
            for (var a = 0; a < group.Components.Length; a++)
            {
                for (var b = a + 1; b < group.Components.Length; b++)
                {
                    correlations.Add(CorrelationPair.Of(CorrelationScope.WithinGroup, group.Components[a], values[group.Components[a]].AsSpan(), group.Components[b], values[group.Components[b]].AsSpan(), group.Code));
                }
            }

            if (group.Components.Length >= 2)
            {
                reliability.Add(GroupReliability.Of(group.Code, columns));
                pca.Add(Analysis.PrincipalComponents.Of(group.Code, group.Components, columns));
            }
        }

        foreach (var (code, parent) in parents)
        {
            if (parent is null)
            {
                continue;
            }

            correlations.Add(CorrelationPair.Of(CorrelationScope.WithParent, code, values[code].AsSpan(), parent, values[parent].AsSpan()));
            if (parent != root.Code)
            {
                correlations.Add(CorrelationPair.Of(CorrelationScope.WithIndex, code, values[code].AsSpan(), root.Code, root.Scores.AsSpan()));
            }
        }

        foreach (var level in detail.Groups.Where(g => g.Level > 0).GroupBy(g => g.Level))
        {
            var groups = level.ToList();
            for (var a = 0; a < groups.Count; a++)
            {
                for (var b = a + 1; b < groups.Count; b++)
                {
                    if (groups[a].Parent != groups[b].Parent)
                    {
                        correlations.Add(CorrelationPair.Of(CorrelationScope.BetweenGroups, groups[a].Code, groups[a].Scores.AsSpan(), groups[b].Code, groups[b].Scores.AsSpan()));
                    }
                }
            }
        }

        return new CompositeAnalysis(detail.Result.Year, statistics, correlations.ToImmutable(), reliability.ToImmutable(), pca.ToImmutable());
    }

    /// <inheritdoc />
    public bool Equals(CompositeAnalysis? other) =>
        other is not null && Year == other.Year && Statistics.SequenceEqual(other.Statistics) && Correlations.SequenceEqual(other.Correlations)
        && Reliability.SequenceEqual(other.Reliability) && PrincipalComponents.SequenceEqual(other.PrincipalComponents);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompositeAnalysis);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Statistics.Length, Correlations.Length);

    /// <summary>Formats as a one-line summary.</summary>
    public override string ToString() => $"{Year} evaluation ({Year.DataYear} data): {Statistics.Length} indicators, {Correlations.Length} correlations ({Flags.Length} flagged), {Reliability.Length} groups";
}

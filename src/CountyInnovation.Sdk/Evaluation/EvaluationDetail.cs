using System.Collections.Immutable;
using CountyInnovation.Sdk.Data;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// Every number an evaluation computed, beside its <see cref="Result"/>: for every county the raw,
/// imputed, treated and normalised value of every indicator (<see cref="Indicators"/>); for every
/// group at every level, the index included, the weights actually applied and every county's
/// aggregate and rank (<see cref="Groups"/>); and the imputed and treated data sets as panels with
/// the log of what changed. Made by <see cref="EvaluationPipeline.EvaluateInDetail(Panel, EvaluationYear)"/>.
/// </summary>
/// <remarks>
/// The per-unit arrays of <see cref="IndicatorDetail"/> and <see cref="GroupDetail"/> are aligned
/// with <see cref="Units"/>, which is the order of <see cref="EvaluationResult.Counties"/>. The panels
/// hold the scored counties only (those that passed screening), for the data year alone.
/// </remarks>
public sealed class EvaluationDetail : IEquatable<EvaluationDetail>
{
    private readonly Dictionary<string, int> unitIndex;

    private EvaluationDetail(EvaluationResult result, ImmutableArray<IndicatorDetail> indicators, ImmutableArray<GroupDetail> groups, Panel imputedPanel, Panel treatedPanel)
    {
        Result = result;
        Units = [.. result.Counties.Select(c => c.Code)];
        Indicators = indicators;
        Groups = groups;
        ImputedPanel = imputedPanel;
        TreatedPanel = treatedPanel;
        unitIndex = new Dictionary<string, int>(Units.Length, StringComparer.Ordinal);
        for (var u = 0; u < Units.Length; u++)
        {
            unitIndex[Units[u]] = u;
        }
    }

    /// <summary>The evaluation result (scores, ranks, classes, city summaries).</summary>
    public EvaluationResult Result { get; }

    /// <summary>The codes of the units (counties) evaluated, scored or not: the positions of every per-unit array.</summary>
    public ImmutableArray<string> Units { get; }

    /// <summary>Every indicator, in framework order.</summary>
    public ImmutableArray<IndicatorDetail> Indicators { get; }

    /// <summary>Every group, the index first, then level by level in framework order.</summary>
    public ImmutableArray<GroupDetail> Groups { get; }

    /// <summary>The data after imputation: the scored counties, the data year, every indicator of the framework.</summary>
    public Panel ImputedPanel { get; }

    /// <summary>The data after imputation and outlier treatment (log-transformed indicators hold the transformed values).</summary>
    public Panel TreatedPanel { get; }

    /// <summary>The log of imputation: every value filled in (same as <see cref="EvaluationResult.Imputations"/>).</summary>
    public ImmutableArray<ImputationRecord> Imputations => Result.Imputations;

    /// <summary>The log of outlier treatment: every indicator treated and every value changed (same as <see cref="EvaluationResult.Treatments"/>).</summary>
    public ImmutableArray<TreatmentRecord> Treatments => Result.Treatments;

    internal static EvaluationDetail Create(EvaluationResult result, ImmutableArray<IndicatorDetail> indicators, ImmutableArray<GroupDetail> groups, Panel imputedPanel, Panel treatedPanel) =>
        new(result, indicators, groups, imputedPanel, treatedPanel);

    /// <summary>The position of a unit in <see cref="Units"/>, or −1.</summary>
    /// <param name="code">The unit (county) code.</param>
    public int IndexOfUnit(string code) => unitIndex.TryGetValue(code, out var u) ? u : -1;

    /// <summary>The indicator <paramref name="code"/>.</summary>
    /// <param name="code">An indicator code.</param>
    /// <exception cref="KeyNotFoundException">The framework has no such indicator.</exception>
    public IndicatorDetail Indicator(string code) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The evaluation has no indicator '{code}'.");

    /// <summary>The group <paramref name="code"/> (the index's code included).</summary>
    /// <param name="code">A group code.</param>
    /// <exception cref="KeyNotFoundException">The framework has no such group.</exception>
    public GroupDetail Group(string code) =>
        Groups.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The evaluation has no group '{code}'.");

    /// <summary>One county's values and group scores.</summary>
    /// <param name="code">The county code.</param>
    /// <exception cref="KeyNotFoundException">The county was not evaluated.</exception>
    public CountyDetail County(string code)
    {
        var u = IndexOfUnit(code);
        if (u < 0)
        {
            throw new KeyNotFoundException($"The {Result.Year} evaluation has no county '{code}'.");
        }

        return CountyDetail.Create(
            Result.Counties[u],
            [.. Indicators.Select(i => IndicatorValue.Of(i.Code, i.Raw[u], i.Imputed[u], i.Treated[u], i.Normalised[u]))],
            [.. Groups.Select(g => GroupScore.Of(g.Code, g.Level, g.Scores[u], g.Ranks[u]))]);
    }

    /// <inheritdoc />
    public bool Equals(EvaluationDetail? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Result.Equals(other.Result)
                && Indicators.SequenceEqual(other.Indicators)
                && Groups.SequenceEqual(other.Groups)
                && ImputedPanel.Equals(other.ImputedPanel)
                && TreatedPanel.Equals(other.TreatedPanel)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EvaluationDetail);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Result, Indicators.Length, Groups.Length);

    /// <summary>Formats as the result with the number of indicators and groups.</summary>
    public override string ToString() => $"{Result}; detail of {Indicators.Length} indicators and {Groups.Length} groups";
}

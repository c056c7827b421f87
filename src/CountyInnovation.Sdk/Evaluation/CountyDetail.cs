using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// One county's page of an <see cref="EvaluationDetail"/>: its evaluation line, every indicator's
/// raw, imputed, treated and normalised value, and the score and rank of every group at every level.
/// </summary>
public sealed class CountyDetail : IEquatable<CountyDetail>
{
    private CountyDetail(CountyEvaluation evaluation, ImmutableArray<IndicatorValue> indicators, ImmutableArray<GroupScore> groups)
    {
        Evaluation = evaluation;
        Indicators = indicators;
        Groups = groups;
    }

    /// <summary>The county's line of the result (score, rank, class, flags).</summary>
    public CountyEvaluation Evaluation { get; }

    /// <summary>The county code.</summary>
    public string Code => Evaluation.Code;

    /// <summary>Every indicator's values, in framework order.</summary>
    public ImmutableArray<IndicatorValue> Indicators { get; }

    /// <summary>Every group's score and rank, the index first, then level by level in framework order.</summary>
    public ImmutableArray<GroupScore> Groups { get; }

    internal static CountyDetail Create(CountyEvaluation evaluation, ImmutableArray<IndicatorValue> indicators, ImmutableArray<GroupScore> groups) =>
        new(evaluation, indicators, groups);

    /// <summary>The values of the indicator <paramref name="indicator"/>.</summary>
    /// <param name="indicator">An indicator code.</param>
    /// <exception cref="KeyNotFoundException">No such indicator.</exception>
    public IndicatorValue Indicator(string indicator)
    {
        foreach (var value in Indicators)
        {
            if (string.Equals(value.Indicator, indicator, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new KeyNotFoundException($"The evaluation has no indicator '{indicator}'.");
    }

    /// <summary>The score and rank of the group <paramref name="group"/>.</summary>
    /// <param name="group">A group code.</param>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public GroupScore Group(string group)
    {
        foreach (var score in Groups)
        {
            if (string.Equals(score.Group, group, StringComparison.Ordinal))
            {
                return score;
            }
        }

        throw new KeyNotFoundException($"The evaluation has no group '{group}'.");
    }

    /// <inheritdoc />
    public bool Equals(CountyDetail? other) =>
        other is not null
        && Evaluation.Equals(other.Evaluation)
        && Indicators.SequenceEqual(other.Indicators)
        && Groups.SequenceEqual(other.Groups);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CountyDetail);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Evaluation, Indicators.Length, Groups.Length);

    /// <summary>Formats as the county line with the number of values.</summary>
    public override string ToString() => $"{Evaluation}; {Indicators.Length} indicators, {Groups.Length} groups";
}

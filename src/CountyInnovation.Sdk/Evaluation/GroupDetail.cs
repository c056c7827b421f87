using System.Collections.Immutable;
using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// One group of the framework (the index included) through an evaluation: its components, the
/// weights actually applied to them and where they came from, the aggregation, and every unit's
/// aggregate and rank (positions of <see cref="EvaluationDetail.Units"/>). With the components'
/// values — <see cref="IndicatorDetail.Normalised"/> for indicators, <see cref="Scores"/> of the
/// child groups — and <see cref="Weights"/>, each aggregate can be recomputed by hand.
/// </summary>
/// <remarks>
/// A unit with a missing component is aggregated over the components it has, the weights of
/// those renormalised to sum to 1 (if the availability threshold of the level allows). The
/// index's <see cref="Scores"/> are before the final scaling; the published score is
/// <see cref="CountyEvaluation.Score"/>.
/// </remarks>
public sealed class GroupDetail : IEquatable<GroupDetail>
{
    private GroupDetail(string code, string name, string? parent, int level, string aggregation, string weighting, WeightKind weightKind, ImmutableArray<string> components, ImmutableArray<double> weights, ImmutableArray<double> scores, ImmutableArray<int?> ranks)
    {
        Code = code;
        Name = name;
        Parent = parent;
        Level = level;
        Aggregation = aggregation;
        Weighting = weighting;
        WeightKind = weightKind;
        Components = components;
        Weights = weights;
        Scores = scores;
        Ranks = ranks;
    }

    /// <summary>The group code.</summary>
    public string Code { get; }

    /// <summary>The group name.</summary>
    public string Name { get; }

    /// <summary>The parent group's code; <see langword="null"/> for the index.</summary>
    public string? Parent { get; }

    /// <summary>The group's level in the framework: 0 for the index, 1 for first-level indicators, and so on.</summary>
    public int Level { get; }

    /// <summary>The aggregation method, for example <c>arithmetic</c>.</summary>
    public string Aggregation { get; }

    /// <summary>The weighting method of the group's level, <c>framework</c> for the framework's own weights.</summary>
    public string Weighting { get; }

    /// <summary>Whether the weights were fixed, equal or derived from the data.</summary>
    public WeightKind WeightKind { get; }

    /// <summary>The codes of the components (indicators or groups), in framework order.</summary>
    public ImmutableArray<string> Components { get; }

    /// <summary>The weights applied, aligned with <see cref="Components"/>, summing to 1.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>The aggregate of every unit, NaN where it could not be computed or the unit was screened out.</summary>
    public ImmutableArray<double> Scores { get; }

    /// <summary>The rank of every unit by <see cref="Scores"/> (1 = best, ties share the best rank), <see langword="null"/> without a score.</summary>
    public ImmutableArray<int?> Ranks { get; }

    internal static GroupDetail Create(string code, string name, string? parent, int level, string aggregation, string weighting, WeightKind weightKind, ImmutableArray<string> components, double[] weights, double[] scores, ImmutableArray<int?> ranks) =>
        new(code, name, parent, level, aggregation, weighting, weightKind, components, [.. weights], [.. scores], ranks);

    /// <summary>The weight applied to the component <paramref name="component"/>.</summary>
    /// <param name="component">A component code.</param>
    /// <exception cref="KeyNotFoundException">The group has no such component.</exception>
    public double WeightOf(string component)
    {
        var i = Components.IndexOf(component, StringComparer.Ordinal);
        return i >= 0 ? Weights[i] : throw new KeyNotFoundException($"The group '{Code}' has no component '{component}'; its components are {string.Join(", ", Components)}.");
    }

    /// <inheritdoc />
    public bool Equals(GroupDetail? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Parent, other.Parent, StringComparison.Ordinal)
        && Level == other.Level
        && string.Equals(Aggregation, other.Aggregation, StringComparison.Ordinal)
        && string.Equals(Weighting, other.Weighting, StringComparison.Ordinal)
        && WeightKind == other.WeightKind
        && Components.SequenceEqual(other.Components, StringComparer.Ordinal)
        && Weights.SequenceEqual(other.Weights)
        && Scores.SequenceEqual(other.Scores)
        && Ranks.SequenceEqual(other.Ranks);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GroupDetail);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Level, Scores.Length);

    /// <summary>Formats as <c>A1 (level 1): arithmetic, framework weights (Fixed) over X01 0.5, X02 0.5</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Code} (level {Level}): {Aggregation}, {Weighting} weights ({WeightKind}) over {string.Join(", ", Components.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c} {Weights[i]:G6}")))}");
}

using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// How one level of the indicator tree is combined into the level above: the weighting method, the
/// aggregation method (with overrides for particular groups, that is parent nodes), and the
/// data-availability threshold below which a unit's aggregate is missing rather than computed from
/// too few components.
/// </summary>
public sealed class LevelMethod : IEquatable<LevelMethod>
{
    private LevelMethod(MethodChoice weighting, MethodChoice aggregation, double minimumDataAvailability, ImmutableSortedDictionary<string, MethodChoice> groups)
    {
        Weighting = weighting;
        Aggregation = aggregation;
        MinimumDataAvailability = minimumDataAvailability;
        GroupAggregation = groups;
    }

    /// <summary>The default for every level: the framework's fixed weights, weighted arithmetic mean, no availability threshold.</summary>
    public static LevelMethod Default { get; } = new(
        MethodChoice.Of("fixed"), MethodChoice.Of("arithmetic"), 0, ImmutableSortedDictionary.Create<string, MethodChoice>(StringComparer.Ordinal));

    /// <summary>The weighting method (<c>fixed</c>, <c>equal</c>, <c>entropy</c>, <c>critic</c>, <c>cv</c>, <c>pca</c>, …).</summary>
    public MethodChoice Weighting { get; }

    /// <summary>The aggregation method used for every group without an override (<c>arithmetic</c>, <c>geometric</c>, …).</summary>
    public MethodChoice Aggregation { get; }

    /// <summary>
    /// The share (0–1) of a group's components a unit must have (non-missing, after imputation) for
    /// the group's aggregate to be computed; below it the aggregate is missing. 0 accepts any single component.
    /// </summary>
    public double MinimumDataAvailability { get; }

    /// <summary>Aggregation overrides by group (parent node) code.</summary>
    public ImmutableSortedDictionary<string, MethodChoice> GroupAggregation { get; }

    /// <summary>Creates a level method.</summary>
    /// <param name="weighting">The weighting method.</param>
    /// <param name="aggregation">The default aggregation method of the level.</param>
    /// <param name="minimumDataAvailability">The availability threshold, 0–1.</param>
    /// <param name="groupAggregation">Aggregation overrides by group code; may be omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside 0–1.</exception>
    public static LevelMethod Of(
        MethodChoice weighting,
        MethodChoice aggregation,
        double minimumDataAvailability = 0,
        IEnumerable<KeyValuePair<string, MethodChoice>>? groupAggregation = null)
    {
        ArgumentNullException.ThrowIfNull(weighting);
        ArgumentNullException.ThrowIfNull(aggregation);
        MethodConfiguration.CheckShare(minimumDataAvailability, nameof(minimumDataAvailability));
        var groups = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, groupAggregation ?? []);
        return new LevelMethod(weighting, aggregation, minimumDataAvailability, groups);
    }

    /// <summary>The aggregation method of the group with code <paramref name="groupCode"/>.</summary>
    /// <param name="groupCode">The parent node's code.</param>
    public MethodChoice AggregationFor(string groupCode) =>
        GroupAggregation.TryGetValue(groupCode, out var choice) ? choice : Aggregation;

    /// <inheritdoc />
    public bool Equals(LevelMethod? other) =>
        other is not null
        && Weighting.Equals(other.Weighting)
        && Aggregation.Equals(other.Aggregation)
        && MinimumDataAvailability.Equals(other.MinimumDataAvailability)
        && MethodConfiguration.SameMap(GroupAggregation, other.GroupAggregation);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LevelMethod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Weighting, Aggregation, MinimumDataAvailability, GroupAggregation.Count);

    /// <summary>Formats as <c>weights entropy, aggregate arithmetic (availability ≥ 0.5)</c>.</summary>
    public override string ToString() =>
        $"weights {Weighting}, aggregate {Aggregation}" +
        (GroupAggregation.IsEmpty ? string.Empty : $" [{string.Join("; ", GroupAggregation.Select(g => $"{g.Key}: {g.Value}"))}]") +
        (MinimumDataAvailability > 0 ? $" (availability ≥ {MinimumDataAvailability.ToString("R", System.Globalization.CultureInfo.InvariantCulture)})" : string.Empty);
}

using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>Convenience overloads of <see cref="IAggregation"/> for a <see cref="ComponentMatrix"/>.</summary>
public static class AggregationExtensions
{
    /// <summary>Aggregates a matrix into a new array of scores, one per unit.</summary>
    /// <param name="aggregation">The method.</param>
    /// <param name="components">Units × components.</param>
    /// <param name="weights">One weight per component.</param>
    /// <param name="options">The availability threshold; default requires one component.</param>
    public static ImmutableArray<double> Aggregate(this IAggregation aggregation, ComponentMatrix components, ReadOnlySpan<double> weights, AggregationOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(aggregation);
        ArgumentNullException.ThrowIfNull(components);
        if (weights.Length != components.ComponentCount)
        {
            throw new ArgumentException($"{weights.Length} weights for {components.ComponentCount} components.", nameof(weights));
        }

        var scores = new double[components.UnitCount];
        aggregation.Aggregate(components.Values, components.UnitCount, weights, options, scores);
        return ImmutableArray.Create(scores);
    }
}

using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Scoring.Weighting;

/// <summary>
/// A weighting (赋权方法): derives one weight per component from a component matrix (data-driven
/// methods such as entropy, CRITIC, PCA) or from configuration (fixed, equal). The weights are
/// non-negative and sum to 1. Extension point, registered by name.
/// </summary>
/// <remarks>
/// Contract for implementers: the result has exactly <see cref="ComponentMatrix.ComponentCount"/>
/// finite weights ≥ 0 summing to 1 (within rounding); NaN values in the matrix are missing; the result
/// does not depend on the order of units; deterministic.
/// </remarks>
public interface IWeighting
{
    /// <summary>The registry name, for example <c>entropy</c>.</summary>
    string Name { get; }

    /// <summary>Whether the weights depend on the data (false for fixed and equal weights).</summary>
    bool IsDataDriven { get; }

    /// <summary>Computes the weights.</summary>
    /// <param name="components">Units × components, NaN = missing (raw or normalised, as the method documents).</param>
    /// <param name="polarities">One polarity per component (data-driven methods reverse less-is-better columns).</param>
    /// <returns>One weight per component, summing to 1.</returns>
    /// <exception cref="ArgumentException">The polarity count differs from the component count.</exception>
    /// <exception cref="WeightingException">The data cannot yield weights (for example every column constant).</exception>
    ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities);
}

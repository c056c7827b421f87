namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>
/// An aggregation (合成方法): combines the component columns of one node of the indicator tree into
/// one score per unit. Extension point, registered by name.
/// </summary>
/// <remarks>
/// <para>
/// The matrix is passed as a column-major span (component <c>j</c> of unit <c>i</c> at
/// <c>j·unitCount + i</c>) so that a Monte Carlo engine can re-aggregate cached columns with new weights
/// without allocating; <see cref="AggregationExtensions"/> offers a <see cref="ComponentMatrix"/> overload.
/// </para>
/// <para>
/// Contract for implementers: NaN components are missing; per-unit methods skip them and renormalise
/// the weights over the available ones; a unit whose share of available components is below
/// <see cref="AggregationOptions.MinimumAvailableShare"/>, or that has none, scores NaN; deterministic,
/// with a fixed order of operations.
/// </para>
/// </remarks>
public interface IAggregation
{
    /// <summary>The registry name, for example <c>arithmetic</c>.</summary>
    string Name { get; }

    /// <summary>Declared properties used by the compatibility check.</summary>
    AggregationTraits Traits { get; }

    /// <summary>Aggregates into <paramref name="destination"/>.</summary>
    /// <param name="columnMajor">Units × components values, column-major; length <c>unitCount·weights.Length</c>.</param>
    /// <param name="unitCount">The number of units.</param>
    /// <param name="weights">One non-negative weight per component (need not sum to 1).</param>
    /// <param name="options">The data-availability threshold.</param>
    /// <param name="destination">Receives one score per unit (length <paramref name="unitCount"/>).</param>
    /// <exception cref="ArgumentException">Lengths do not match, or a weight is negative or not finite.</exception>
    /// <exception cref="AggregationException">A value the method cannot take (for example 0 in a geometric mean).</exception>
    void Aggregate(ReadOnlySpan<double> columnMajor, int unitCount, ReadOnlySpan<double> weights, AggregationOptions options, Span<double> destination);
}

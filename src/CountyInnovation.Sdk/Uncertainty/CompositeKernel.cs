namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>How the fast engine re-aggregates the cached first-level columns of a combination.</summary>
internal enum CompositeKernel
{
    /// <summary>Vectorised Σ ŵ_j·s_j.</summary>
    Arithmetic,

    /// <summary>Vectorised exp(Σ ŵ_j·ln s_j) on cached logarithms.</summary>
    Geometric,

    /// <summary>The registered aggregation's own <c>Aggregate</c> on the cached columns (any method, missing values allowed).</summary>
    Generic,
}

namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>Declared properties of an aggregation, read by the up-front compatibility check.</summary>
public sealed record AggregationTraits
{
    private AggregationTraits(bool requiresPositiveInput, AggregationScope scope, bool preservesPositivity)
    {
        RequiresPositiveInput = requiresPositiveInput;
        Scope = scope;
        PreservesPositivity = preservesPositivity;
    }

    /// <summary>Whether every component value must be strictly positive (geometric, harmonic).</summary>
    public bool RequiresPositiveInput { get; }

    /// <summary>Per unit or across units.</summary>
    public AggregationScope Scope { get; }

    /// <summary>Whether strictly positive inputs always give a strictly positive score (true for the means, false for Copeland).</summary>
    public bool PreservesPositivity { get; }

    /// <summary>Creates a trait declaration.</summary>
    /// <param name="requiresPositiveInput">Whether inputs must be &gt; 0.</param>
    /// <param name="scope">Per unit or across units.</param>
    /// <param name="preservesPositivity">Whether positive inputs give a positive score.</param>
    public static AggregationTraits Create(bool requiresPositiveInput, AggregationScope scope, bool preservesPositivity)
    {
        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown aggregation scope.");
        }

        return new AggregationTraits(requiresPositiveInput, scope, preservesPositivity);
    }
}

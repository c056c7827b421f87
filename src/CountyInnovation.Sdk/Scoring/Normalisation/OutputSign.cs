namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>What a normalisation guarantees about the sign of its outputs (for geometric/harmonic aggregation).</summary>
public enum OutputSign
{
    /// <summary>Outputs can be zero or negative for ordinary data (for example min-max with lower bound 0, z-scores).</summary>
    MayBeZeroOrNegative = 0,

    /// <summary>Outputs are strictly positive whenever the raw observed values are strictly positive (for example fraction of max).</summary>
    PositiveForPositiveInput = 1,

    /// <summary>Outputs are strictly positive for any input (for example min-max with lower bound 1, ranks).</summary>
    AlwaysPositive = 2,
}

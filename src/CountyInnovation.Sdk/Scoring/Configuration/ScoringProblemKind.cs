namespace CountyInnovation.Sdk.Scoring.Configuration;

/// <summary>The kind of a problem found in a scoring configuration before any work starts.</summary>
public enum ScoringProblemKind
{
    /// <summary>No method of that kind is registered under the name.</summary>
    UnknownMethod = 0,

    /// <summary>A parameter is unknown, missing, or has an invalid value.</summary>
    InvalidParameter = 1,

    /// <summary>
    /// An aggregation that needs strictly positive inputs (geometric, harmonic) follows a step whose
    /// output can be zero or negative (min-max with lower bound 0, z-score, Copeland, …).
    /// </summary>
    NonPositiveInputForAggregation = 2,

    /// <summary>A normalisation needs goalposts, a target or a reference unit that the indicator does not have.</summary>
    MissingNormalisationContext = 3,
}

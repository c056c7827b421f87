namespace CountyInnovation.Sdk.Scoring.Treatment;

/// <summary>What an outlier treatment did to a column as a whole.</summary>
public enum TreatmentAction
{
    /// <summary>The column passed the check; nothing changed.</summary>
    None = 0,

    /// <summary>One or more extreme points were winsorised (replaced by the nearest remaining value).</summary>
    Winsorised = 1,

    /// <summary>The column was log-transformed (every value changed).</summary>
    LogTransformed = 2,

    /// <summary>
    /// The check cannot be computed (fewer than four observed values, or no variation, where skewness
    /// and kurtosis are undefined); nothing changed.
    /// </summary>
    NotAssessable = 3,
}

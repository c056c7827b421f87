namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>The statistic a cross-section imputation fills in.</summary>
public enum ImputationStatistic
{
    /// <summary>The mean of the observed values.</summary>
    Mean = 0,

    /// <summary>The median of the observed values (the mean of the two middle values when their number is even).</summary>
    Median = 1,
}

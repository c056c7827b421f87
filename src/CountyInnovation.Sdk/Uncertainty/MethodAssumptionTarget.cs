namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>Which step of the method a <see cref="MethodAssumption"/> varies.</summary>
public enum MethodAssumptionTarget
{
    /// <summary>The imputation of missing values (the whole imputation chain is replaced by the alternative).</summary>
    Imputation = 0,

    /// <summary>Outlier treatment switched on or off.</summary>
    OutlierTreatment = 1,

    /// <summary>The default normalisation (indicator-specific overrides are kept).</summary>
    Normalisation = 2,

    /// <summary>The aggregation at every level (group-specific overrides are dropped).</summary>
    Aggregation = 3,
}

namespace CountyInnovation.Sdk.Scoring.Configuration;

/// <summary>The five kinds of scoring step a registry holds methods for.</summary>
public enum ScoringMethodKind
{
    /// <summary>Missing-value imputation (<see cref="Imputation.IImputation"/>).</summary>
    Imputation = 0,

    /// <summary>Outlier treatment (<see cref="Treatment.IOutlierTreatment"/>).</summary>
    OutlierTreatment = 1,

    /// <summary>Normalisation (<see cref="Normalisation.INormalisation"/>).</summary>
    Normalisation = 2,

    /// <summary>Weighting (<see cref="Weighting.IWeighting"/>).</summary>
    Weighting = 3,

    /// <summary>Aggregation (<see cref="Aggregation.IAggregation"/>).</summary>
    Aggregation = 4,
}

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>The steps of the evaluation pipeline that take a method by name.</summary>
internal enum MethodStep
{
    Imputation,
    OutlierTreatment,
    Normalisation,
    Weighting,
    Aggregation,
    QualitativeScaling,
    FinalScaling,
}

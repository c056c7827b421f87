namespace CountyInnovation.Sdk.Evaluation;

/// <summary>The method names each step accepts, and the parameters each method takes.</summary>
internal static class MethodNames
{
    private static readonly Dictionary<(MethodStep, string), string[]> Catalogue = new()
    {
        [(MethodStep.Imputation, "none")] = [],
        [(MethodStep.Imputation, "column-mean")] = [],
        [(MethodStep.Imputation, "column-median")] = [],
        [(MethodStep.Imputation, "group-mean")] = [],
        [(MethodStep.Imputation, "group-median")] = [],
        [(MethodStep.Imputation, "carry-forward")] = ["maxYears"],
        [(MethodStep.Imputation, "linear")] = [],
        [(MethodStep.OutlierTreatment, "winsorise")] = ["maxPoints", "skewness", "kurtosis", "logFallback"],
        [(MethodStep.Normalisation, "min-max")] = ["lower", "upper"],
        [(MethodStep.Normalisation, "z-score")] = ["mean", "sd"],
        [(MethodStep.Normalisation, "goalposts")] = ["low", "high", "scale"],
        [(MethodStep.Normalisation, "distance-to-target")] = ["target", "cap", "scale"],
        [(MethodStep.Normalisation, "fraction-of-max")] = ["scale"],
        [(MethodStep.Normalisation, "rank")] = [],
        [(MethodStep.Normalisation, "percentile")] = ["scale"],
        [(MethodStep.Weighting, "fixed")] = [],
        [(MethodStep.Weighting, "equal")] = [],
        [(MethodStep.Weighting, "entropy")] = [],
        [(MethodStep.Weighting, "critic")] = [],
        [(MethodStep.Weighting, "cv")] = [],
        [(MethodStep.Weighting, "pca")] = [],
        [(MethodStep.Aggregation, "arithmetic")] = [],
        [(MethodStep.Aggregation, "geometric")] = [],
        [(MethodStep.Aggregation, "harmonic")] = [],
        [(MethodStep.Aggregation, "generalised-mean")] = ["p"],
        [(MethodStep.Aggregation, "copeland")] = [],
        [(MethodStep.QualitativeScaling, "linear")] = ["inputMinimum", "inputMaximum"],
        [(MethodStep.QualitativeScaling, "none")] = [],
        [(MethodStep.FinalScaling, "none")] = [],
        [(MethodStep.FinalScaling, "min-max")] = ["lower", "upper"],
        [(MethodStep.FinalScaling, "fraction-of-max")] = ["scale"],
    };

    public static IReadOnlyList<string> Known(MethodStep step) =>
        [.. Catalogue.Keys.Where(k => k.Item1 == step).Select(k => k.Item2).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> Parameters(MethodStep step, string name) =>
        Catalogue.TryGetValue((step, name), out var parameters) ? parameters : [];

    public static string Describe(MethodStep step) => step switch
    {
        MethodStep.Imputation => "imputation",
        MethodStep.OutlierTreatment => "outlier treatment",
        MethodStep.Normalisation => "normalisation",
        MethodStep.Weighting => "weighting",
        MethodStep.Aggregation => "aggregation",
        MethodStep.QualitativeScaling => "qualitative scaling",
        MethodStep.FinalScaling => "final scaling",
        _ => step.ToString(),
    };
}

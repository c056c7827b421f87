using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// The method names each step accepts: the scoring steps ask the <see cref="ScoringMethodRegistry"/>;
/// the two scalings are the evaluation's own.
/// </summary>
internal static class MethodNames
{
    /// <summary>The evaluation's own scalings and the parameters each takes.</summary>
    private static readonly Dictionary<(MethodStep, string), string[]> Scalings = new()
    {
        [(MethodStep.QualitativeScaling, "linear")] = ["lower", "upper"],
        [(MethodStep.QualitativeScaling, "none")] = [],
        [(MethodStep.FinalScaling, "none")] = [],
        [(MethodStep.FinalScaling, "min-max")] = ["lower", "upper"],
        [(MethodStep.FinalScaling, "fraction-of-max")] = ["scale"],
    };

    /// <summary>The scaling names of <paramref name="step"/> (a scaling step).</summary>
    public static IReadOnlyList<string> Known(MethodStep step) =>
        [.. Scalings.Keys.Where(k => k.Item1 == step).Select(k => k.Item2).Order(StringComparer.Ordinal)];

    /// <summary>The registry kind of a scoring step; <see langword="null"/> for the scalings.</summary>
    public static ScoringMethodKind? ScoringKind(MethodStep step) => step switch
    {
        MethodStep.Imputation => ScoringMethodKind.Imputation,
        MethodStep.OutlierTreatment => ScoringMethodKind.OutlierTreatment,
        MethodStep.Normalisation => ScoringMethodKind.Normalisation,
        MethodStep.Weighting => ScoringMethodKind.Weighting,
        MethodStep.Aggregation => ScoringMethodKind.Aggregation,
        _ => null,
    };

    /// <summary>
    /// Whether the method accepts its parameters: scoring methods are built once from the registry
    /// (which validates them); "fixed" weighting without parameters means the framework's own weights.
    /// </summary>
    public static IEnumerable<string> Check(ScoringMethodRegistry registry, MethodStep step, MethodChoice choice)
    {
        if (ScoringKind(step) is not { } kind)
        {
            var allowed = Scalings.TryGetValue((step, choice.Name), out var names) ? names : [];
            foreach (var p in choice.Parameters.Keys.Concat(choice.TextParameters.Keys).Where(p => !allowed.Contains(p, StringComparer.Ordinal)))
            {
                yield return $"method '{choice.Name}' takes no parameter '{p}'; its parameters: {(allowed.Length == 0 ? "none" : string.Join(", ", allowed))}.";
            }

            yield break;
        }

        if (kind == ScoringMethodKind.Weighting && IsFrameworkWeights(choice))
        {
            yield break;
        }

        if (kind == ScoringMethodKind.Normalisation)
        {
            IsPooled(choice, out var problem);
            if (problem is not null)
            {
                yield return problem;
            }

            choice = WithoutPooled(choice);
        }

        var failure = TryBuild(registry, kind, choice);
        if (failure is not null)
        {
            foreach (var problem in failure.Problems)
            {
                yield return problem.Message;
            }
        }
    }

    /// <summary>The evaluation's own normalisation option: <c>pooled</c> (true/false) takes the statistics over every year of the panel.</summary>
    public const string Pooled = "pooled";

    /// <summary>Whether a normalisation choice asks for pooled statistics; <paramref name="problem"/> says why the option is malformed.</summary>
    public static bool IsPooled(MethodChoice choice, out string? problem)
    {
        problem = null;
        if (choice.Parameters.ContainsKey(Pooled))
        {
            problem = "'pooled' is true or false, not a number.";
            return false;
        }

        if (!choice.TextParameters.TryGetValue(Pooled, out var value))
        {
            return false;
        }

        if (value is not ("true" or "false"))
        {
            problem = $"'pooled' is true or false, not '{value}'.";
        }

        return value == "true";
    }

    /// <summary>The choice without the evaluation's <c>pooled</c> option, as the scoring registry expects it.</summary>
    public static MethodChoice WithoutPooled(MethodChoice choice) =>
        choice.TextParameters.ContainsKey(Pooled) || choice.Parameters.ContainsKey(Pooled)
            ? MethodChoice.Of(choice.Name, choice.Parameters.Where(p => p.Key != Pooled), choice.TextParameters.Where(p => p.Key != Pooled))
            : choice;

    /// <summary>Whether a weighting choice means "the framework's fixed weights".</summary>
    public static bool IsFrameworkWeights(MethodChoice choice) =>
        choice.Name == "fixed" && choice.Parameters.IsEmpty && choice.TextParameters.IsEmpty;

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

    private static ScoringConfigurationException? TryBuild(ScoringMethodRegistry registry, ScoringMethodKind kind, MethodChoice choice)
    {
        var parameters = EvaluationPipeline.ToParameters(choice);
        try
        {
            _ = kind switch
            {
                ScoringMethodKind.Imputation => (object)registry.CreateImputation(choice.Name, parameters),
                ScoringMethodKind.OutlierTreatment => registry.CreateOutlierTreatment(choice.Name, parameters),
                ScoringMethodKind.Normalisation => registry.CreateNormalisation(choice.Name, parameters),
                ScoringMethodKind.Weighting => registry.CreateWeighting(choice.Name, parameters),
                _ => registry.CreateAggregation(choice.Name, parameters),
            };
            return null;
        }
        catch (ScoringConfigurationException e)
        {
            return e;
        }
    }
}

using System.Collections.Immutable;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// A discrete assumption on one step of the method: which normalisation, which aggregation, which
/// imputation, outlier treatment on or off. Each alternative is equally likely.
/// </summary>
public sealed class MethodAssumption : IDiscreteAssumption, IEquatable<MethodAssumption>
{
    private static readonly ImmutableArray<string> OnOff = ["on", "off"];

    private MethodAssumption(string name, MethodAssumptionTarget target, ImmutableArray<MethodChoice> choices)
    {
        Name = name;
        Target = target;
        Choices = choices;
        Alternatives = target == MethodAssumptionTarget.OutlierTreatment ? OnOff : [.. choices.Select(c => c.ToString())];
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The step varied.</summary>
    public MethodAssumptionTarget Target { get; }

    /// <summary>The methods chosen among (empty for outlier treatment on/off).</summary>
    public ImmutableArray<MethodChoice> Choices { get; }

    /// <inheritdoc />
    public ImmutableArray<string> Alternatives { get; }

    /// <inheritdoc />
    public AssumptionKind Kind => AssumptionKind.Discrete;

    /// <summary>Normalisation ∈ <paramref name="choices"/> (the default normalisation; per-indicator overrides stay).</summary>
    /// <param name="choices">At least two normalisations, for example min-max and z-score.</param>
    public static MethodAssumption Normalisation(params IEnumerable<MethodChoice> choices) =>
        Create("normalisation", MethodAssumptionTarget.Normalisation, choices);

    /// <summary>Aggregation ∈ <paramref name="choices"/>, the same method at every level.</summary>
    /// <param name="choices">At least two aggregations, for example arithmetic and geometric.</param>
    public static MethodAssumption Aggregation(params IEnumerable<MethodChoice> choices) =>
        Create("aggregation", MethodAssumptionTarget.Aggregation, choices);

    /// <summary>Imputation ∈ <paramref name="choices"/>: each alternative replaces the whole imputation chain.</summary>
    /// <param name="choices">At least two imputations, for example column-mean and group-mean.</param>
    public static MethodAssumption Imputation(params IEnumerable<MethodChoice> choices) =>
        Create("imputation", MethodAssumptionTarget.Imputation, choices);

    /// <summary>Outlier treatment (with the nominal configuration's treatment method) on or off.</summary>
    public static MethodAssumption OutlierTreatment() =>
        new("outlier-treatment", MethodAssumptionTarget.OutlierTreatment, []);

    /// <inheritdoc />
    public int Dimension(EvaluationScenario nominal) => 1;

    /// <inheritdoc />
    public IEnumerable<string> Validate(EvaluationScenario nominal, ScoringMethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        ArgumentNullException.ThrowIfNull(registry);
        if (Target == MethodAssumptionTarget.OutlierTreatment)
        {
            var treatments = registry.Names(ScoringMethodKind.OutlierTreatment);
            if (!treatments.Contains(nominal.Method.OutlierTreatment.Name))
            {
                yield return $"Assumption '{Name}': the nominal outlier treatment '{nominal.Method.OutlierTreatment.Name}' is not a known method (known: {Known(treatments)}), so it cannot be switched on.";
            }

            yield break;
        }

        var kind = Target switch
        {
            MethodAssumptionTarget.Imputation => ScoringMethodKind.Imputation,
            MethodAssumptionTarget.Normalisation => ScoringMethodKind.Normalisation,
            _ => ScoringMethodKind.Aggregation,
        };
        var known = registry.Names(kind);
        foreach (var choice in Choices.Where(c => !known.Contains(c.Name)))
        {
            yield return $"Assumption '{Name}': '{choice.Name}' is not a known {Describe(kind)} method (known: {Known(known)}).";
        }

        if (Target == MethodAssumptionTarget.Normalisation && nominal.Method.IndicatorNormalisation.Count == nominal.Framework.Indicators.Length)
        {
            yield return $"Assumption '{Name}': every indicator has its own normalisation in the method configuration, so varying the default normalisation changes nothing.";
        }
    }

    /// <inheritdoc />
    public EvaluationScenario Apply(EvaluationScenario scenario, ReadOnlySpan<double> uniforms) =>
        Apply(scenario, CompositeLayout.Pick(uniforms[0], Alternatives.Length));

    /// <inheritdoc />
    public EvaluationScenario Apply(EvaluationScenario scenario, int alternative)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(alternative);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(alternative, Alternatives.Length);
        var method = scenario.Method;
        return scenario.WithMethod(Target switch
        {
            MethodAssumptionTarget.OutlierTreatment => method.WithOutlierTreatment(alternative == 0),
            MethodAssumptionTarget.Normalisation => method.WithNormalisation(Choices[alternative]),
            MethodAssumptionTarget.Imputation => method.WithImputation(Choices[alternative]),
            _ => method.WithLevels(method.Levels.Select(l => LevelMethod.Of(l.Weighting, Choices[alternative], l.MinimumDataAvailability))),
        });
    }

    /// <inheritdoc />
    public int? NominalAlternative(EvaluationScenario nominal)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        var method = nominal.Method;
        int? Find(MethodChoice choice)
        {
            var i = Choices.IndexOf(choice);
            return i < 0 ? null : i;
        }

        return Target switch
        {
            MethodAssumptionTarget.OutlierTreatment => method.OutlierTreatmentEnabled ? 0 : 1,
            MethodAssumptionTarget.Normalisation => Find(method.Normalisation),
            MethodAssumptionTarget.Imputation => method.Imputation.Length == 1 ? Find(method.Imputation[0]) : null,
            _ => method.Levels.All(l => l.Aggregation.Equals(method.Levels[0].Aggregation) && l.GroupAggregation.IsEmpty)
                ? Find(method.Levels[0].Aggregation)
                : null,
        };
    }

    /// <inheritdoc />
    public string Describe(EvaluationScenario nominal, ReadOnlySpan<double> uniforms) =>
        Alternatives[CompositeLayout.Pick(uniforms[0], Alternatives.Length)];

    /// <inheritdoc />
    public bool Equals(MethodAssumption? other) =>
        other is not null && Name == other.Name && Target == other.Target && Choices.SequenceEqual(other.Choices);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MethodAssumption);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Target, Choices.Length);

    /// <summary>Formats as <c>normalisation ∈ {min-max, z-score}</c>.</summary>
    public override string ToString() => $"{Name} ∈ {{{string.Join(", ", Alternatives)}}}";

    private static MethodAssumption Create(string name, MethodAssumptionTarget target, IEnumerable<MethodChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var frozen = choices.ToImmutableArray();
        if (frozen.Any(c => c is null))
        {
            throw new ArgumentException("No alternative may be null.", nameof(choices));
        }

        if (frozen.Length < 2)
        {
            throw new ArgumentException($"An uncertain {name} needs at least two alternatives, not {frozen.Length}.", nameof(choices));
        }

        if (frozen.Distinct().Count() != frozen.Length)
        {
            throw new ArgumentException($"The {name} alternatives must differ from each other.", nameof(choices));
        }

        return new MethodAssumption(name, target, frozen);
    }

    private static string Known(ImmutableArray<string> names) => names.IsEmpty ? "none registered" : string.Join(", ", names);

    private static string Describe(ScoringMethodKind kind) => kind switch
    {
        ScoringMethodKind.Imputation => "imputation",
        ScoringMethodKind.Normalisation => "normalisation",
        _ => "aggregation",
    };
}

using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// An uncertain assumption (不确定性假设) of the evaluation: a choice the method makes that could
/// reasonably have been made otherwise. Extension point: implement it (or
/// <see cref="IDiscreteAssumption"/> for a choice among alternatives) to add your own.
/// </summary>
/// <remarks>
/// Implementations must be deterministic functions of the uniforms they are given (no clock, no
/// randomness of their own) and immutable, because runs are evaluated in parallel.
/// </remarks>
public interface IUncertainAssumption
{
    /// <summary>A short unique name shown in results, for example <c>normalisation</c>.</summary>
    string Name { get; }

    /// <summary>Discrete or continuous.</summary>
    AssumptionKind Kind { get; }

    /// <summary>How many uniforms a run draws for this assumption under <paramref name="nominal"/> (at least 1).</summary>
    /// <param name="nominal">The nominal scenario.</param>
    int Dimension(EvaluationScenario nominal);

    /// <summary>
    /// Everything that stops this assumption from applying to <paramref name="nominal"/>
    /// (an unknown method, a level the framework does not have, a range that is empty …); empty when it applies.
    /// </summary>
    /// <param name="nominal">The nominal scenario.</param>
    /// <param name="registry">The scoring methods available by name.</param>
    IEnumerable<string> Validate(EvaluationScenario nominal, ScoringMethodRegistry registry);

    /// <summary>The scenario of a run: <paramref name="scenario"/> changed as <paramref name="uniforms"/> (each in [0, 1)) say.</summary>
    /// <param name="scenario">The scenario so far (the nominal one changed by the assumptions before this one).</param>
    /// <param name="uniforms">This assumption's <see cref="Dimension"/> uniforms.</param>
    EvaluationScenario Apply(EvaluationScenario scenario, ReadOnlySpan<double> uniforms);

    /// <summary>What the uniforms choose, for people: <c>z-score</c>, <c>weights 24.1, 19.5, …</c>.</summary>
    /// <param name="nominal">The nominal scenario.</param>
    /// <param name="uniforms">This assumption's uniforms.</param>
    string Describe(EvaluationScenario nominal, ReadOnlySpan<double> uniforms);
}

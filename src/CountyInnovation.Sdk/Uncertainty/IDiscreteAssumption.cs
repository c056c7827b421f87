using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// An uncertain assumption that picks one of a list of alternatives with equal probability. The
/// fast engine evaluates every combination of discrete alternatives once and reuses it across runs,
/// so a user-defined discrete assumption is as fast as a built-in one.
/// </summary>
public interface IDiscreteAssumption : IUncertainAssumption
{
    /// <summary>The alternatives' names, in order (at least two).</summary>
    ImmutableArray<string> Alternatives { get; }

    /// <summary>The scenario with alternative <paramref name="alternative"/> applied.</summary>
    /// <param name="scenario">The scenario so far.</param>
    /// <param name="alternative">An index into <see cref="Alternatives"/>.</param>
    EvaluationScenario Apply(EvaluationScenario scenario, int alternative);

    /// <summary>The alternative the nominal scenario already uses, or null when it uses none of them.</summary>
    /// <param name="nominal">The nominal scenario.</param>
    int? NominalAlternative(EvaluationScenario nominal);
}

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// The general path: every run applies each assumption to the nominal scenario in order and
/// re-runs the whole evaluation. Slow, obviously right, and the reference for the fast path.
/// </summary>
internal sealed class ScenarioScorer(IScenarioEvaluator evaluator, EvaluationScenario nominal, IReadOnlyList<IUncertainAssumption> assumptions, int[] offsets) : IRunScorer
{
    /// <summary>The scenario of the run described by <paramref name="uniforms"/>.</summary>
    public static EvaluationScenario ScenarioOf(EvaluationScenario nominal, IReadOnlyList<IUncertainAssumption> assumptions, int[] offsets, ReadOnlySpan<double> uniforms)
    {
        var scenario = nominal;
        for (var a = 0; a < assumptions.Count; a++)
        {
            scenario = assumptions[a].Apply(scenario, uniforms[offsets[a]..offsets[a + 1]]);
        }

        return scenario;
    }

    /// <inheritdoc />
    public string? Score(ReadOnlySpan<double> uniforms, Span<double> scores)
    {
        try
        {
            var outcome = evaluator.Evaluate(ScenarioOf(nominal, assumptions, offsets, uniforms));
            outcome.Scores.CopyTo(scores);
            return null;
        }
        catch (Exception e) when (RunFailures.IsMethodFailure(e))
        {
            return RunFailures.Describe(e);
        }
    }
}

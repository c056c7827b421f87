namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// Evaluates a scenario on fixed data: the seam between the uncertainty engine and the evaluation
/// pipeline (tests put a small model of their own behind it).
/// </summary>
internal interface IScenarioEvaluator
{
    /// <summary>The units, in the order every outcome lists them.</summary>
    IReadOnlyList<(string Code, string Name, string City)> Units { get; }

    /// <summary>Whether the data are synthetic (shown in every output).</summary>
    bool IsSynthetic { get; }

    /// <summary>The data's name (file or embedded sample) for outputs.</summary>
    string DataSource { get; }

    /// <summary>Evaluates; throws when the scenario cannot be evaluated (see <see cref="RunFailures"/>).</summary>
    ScenarioOutcome Evaluate(EvaluationScenario scenario);
}

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>A scenario's scores (NaN = missing) and first-level sub-scores, component-major.</summary>
/// <param name="Scores">One score per unit.</param>
/// <param name="SubScores">Sub-score of first-level component j of unit u at [j·units + u] (NaN = missing).</param>
/// <param name="Components">The number of first-level components.</param>
internal sealed record ScenarioOutcome(double[] Scores, double[] SubScores, int Components);

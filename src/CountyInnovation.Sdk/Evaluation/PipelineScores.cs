using System.Collections.Immutable;
using CountyInnovation.Sdk.Counties;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>The scores of an evaluation without the rest of its result (<see cref="EvaluationPipeline.EvaluateScores"/>).</summary>
/// <param name="Counties">The evaluated counties, in the result's order.</param>
/// <param name="Scores">One score per county (NaN: none, as when screened out).</param>
/// <param name="SubScores">The sub-score of first-level indicator f of county u at [f·counties + u] (NaN: none).</param>
/// <param name="FirstLevel">The number of first-level indicators.</param>
internal sealed record PipelineScores(ImmutableArray<County> Counties, double[] Scores, double[] SubScores, int FirstLevel);

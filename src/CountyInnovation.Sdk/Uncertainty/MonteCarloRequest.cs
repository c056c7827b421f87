namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>What <see cref="MonteCarloDriver"/> runs: the sample of uniforms and the reference ranks.</summary>
/// <param name="Units">Number of units ranked in each run.</param>
/// <param name="Dimension">Uniforms per run.</param>
/// <param name="Sample">Row-major uniforms, one row per run.</param>
/// <param name="NominalRanks">Each unit's rank under the nominal method (0 = missing).</param>
/// <param name="ClassThresholds">The class A and class B thresholds (for example 80 and 60).</param>
/// <param name="CollectRanks">Whether to keep rank histograms (not needed for sensitivity runs).</param>
internal sealed record MonteCarloRequest(
    int Units,
    int Dimension,
    double[] Sample,
    int[] NominalRanks,
    double[] ClassThresholds,
    bool CollectRanks)
{
    /// <summary>Runs in the sample.</summary>
    public int RunCount => Dimension == 0 ? 0 : Sample.Length / Dimension;
}

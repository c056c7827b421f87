namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>What <see cref="MonteCarloDriver"/> accumulated.</summary>
/// <param name="Ranks">Per-unit rank histograms, when collected.</param>
/// <param name="AtLeastA">Per unit, the runs whose score reached the class A threshold.</param>
/// <param name="AtLeastB">Per unit, the runs whose score reached the class B threshold (A included).</param>
/// <param name="Outputs">Per run, y = mean |rank − nominal rank| for sensitivity runs (NaN for a failed run, and when ranks are collected instead).</param>
/// <param name="Failures">Per run, the failure message or null.</param>
internal sealed record MonteCarloOutcome(
    RankHistogram? Ranks,
    long[] AtLeastA,
    long[] AtLeastB,
    double[] Outputs,
    string?[] Failures);

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>What <see cref="MonteCarloDriver"/> accumulated.</summary>
/// <param name="Ranks">Per-unit rank histograms, when collected.</param>
/// <param name="ClassCounts">Per unit, the runs in each class (best first) and, last, the runs where it was missing.</param>
/// <param name="Classes">Number of classes.</param>
/// <param name="Outputs">Per run, y = mean |rank − nominal rank| (NaN for a failed run).</param>
/// <param name="Failures">Per run, the failure message or null.</param>
internal sealed record MonteCarloOutcome(
    RankHistogram? Ranks,
    long[] ClassCounts,
    int Classes,
    double[] Outputs,
    string?[] Failures);

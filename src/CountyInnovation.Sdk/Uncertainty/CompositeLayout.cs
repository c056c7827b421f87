namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// How a run's uniforms map onto the fast path: which uniform picks each discrete assumption's
/// alternative (mixed-radix index of the combination), and which uniforms perturb the top-level
/// weights w′_j = w_j·(1 + (2U_j − 1)·f).
/// </summary>
internal sealed class CompositeLayout
{
    public CompositeLayout(
        int units,
        double[] nominalWeights,
        int weightOffset,
        double weightFactor,
        int[] choiceOffsets,
        int[] choiceCounts,
        CompositeTable[] tables)
    {
        Units = units;
        NominalWeights = nominalWeights;
        WeightOffset = weightOffset;
        WeightFactor = weightFactor;
        ChoiceOffsets = choiceOffsets;
        ChoiceCounts = choiceCounts;
        Tables = tables;
    }

    public int Units { get; }

    public int Components => NominalWeights.Length;

    public double[] NominalWeights { get; }

    /// <summary>Where the weight uniforms start, or −1 when the weights are not perturbed.</summary>
    public int WeightOffset { get; }

    public double WeightFactor { get; }

    public int[] ChoiceOffsets { get; }

    public int[] ChoiceCounts { get; }

    /// <summary>One table per combination, indexed by <see cref="Combination"/>.</summary>
    public CompositeTable[] Tables { get; }

    /// <summary>The alternative a uniform picks among <paramref name="count"/>: min(⌊u·k⌋, k − 1).</summary>
    public static int Pick(double uniform, int count) => Math.Min((int)Math.Floor(uniform * count), count - 1);

    /// <summary>The combination index: the first assumption varies slowest.</summary>
    public int Combination(ReadOnlySpan<double> uniforms)
    {
        var index = 0;
        for (var i = 0; i < ChoiceOffsets.Length; i++)
        {
            index = (index * ChoiceCounts[i]) + Pick(uniforms[ChoiceOffsets[i]], ChoiceCounts[i]);
        }

        return index;
    }

    /// <summary>The top-level weights of the run, perturbed exactly as <see cref="WeightPerturbation"/> does (not normalised).</summary>
    public void Weights(ReadOnlySpan<double> uniforms, Span<double> weights)
    {
        for (var j = 0; j < NominalWeights.Length; j++)
        {
            var w = NominalWeights[j];
            if (WeightOffset >= 0)
            {
                w = Perturb(w, uniforms[WeightOffset + j], WeightFactor);
            }

            weights[j] = w;
        }
    }

    /// <summary>w·(1 + (2U − 1)·f).</summary>
    public static double Perturb(double weight, double uniform, double factor) => weight * (1 + (((2 * uniform) - 1) * factor));
}

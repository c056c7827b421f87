using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Weighting;

/// <summary>
/// Entropy weight method (熵权法), in the convention of Chinese regional studies: x′ = min-max onto
/// [0, 1] (less-is-better columns reversed); p_ij = x′_ij/Σ_i x′_ij; e_j = −(1/ln n)·Σ_i p_ij ln p_ij with
/// 0·ln 0 = 0; d_j = 1 − e_j; w_j = d_j/Σd. n is the number of observed values of column j.
/// </summary>
/// <remarks>
/// Degenerate cases: a constant column, or one with a single observed value, carries no information
/// (d_j = 0, weight 0); when every column is degenerate a <see cref="WeightingException"/> is thrown.
/// </remarks>
public sealed record EntropyWeighting : IWeighting
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "entropy";

    private EntropyWeighting()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static EntropyWeighting Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool IsDataDriven => true;

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static EntropyWeighting FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
    {
        WeightKernel.CheckPolarities(components, polarities);
        var scaled = WeightKernel.UnitScaled(components, polarities);
        var divergence = new double[scaled.Length];
        for (var j = 0; j < scaled.Length; j++)
        {
            var column = scaled[j];
            var n = 0;
            var total = default(CompensatedSum);
            foreach (var x in column)
            {
                if (!double.IsNaN(x))
                {
                    n++;
                    total.Add(x);
                }
            }

            var sum = total.Value;
            if (n < 2 || !(sum > 0))
            {
                continue;
            }

            var plnp = default(CompensatedSum);
            foreach (var x in column)
            {
                if (x > 0)
                {
                    var p = x / sum;
                    plnp.Add(p * Math.Log(p));
                }
            }

            var entropy = -plnp.Value / Math.Log(n);
            divergence[j] = Math.Max(0, 1 - entropy);
        }

        return WeightKernel.Normalised(MethodName, divergence, "every column is constant or has fewer than two observed values, so no column carries information.");
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}

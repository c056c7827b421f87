using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Normalisation;

namespace CountyInnovation.Sdk.Scoring.Weighting;

/// <summary>
/// Coefficient-of-variation weighting (变异系数法): w_j ∝ sd_j/mean_j of the RAW observed values of
/// column j (sd with n − 1). Polarity does not matter (the dispersion of x and −x is the same) and the
/// result is invariant to the unit of measurement.
/// </summary>
/// <remarks>
/// The coefficient of variation is only meaningful for a positive mean: a column with mean ≤ 0 is a
/// <see cref="WeightingException"/> (normalise onto a positive range first, or choose another method).
/// A constant column gets weight 0.
/// </remarks>
public sealed record CoefficientOfVariationWeighting : IWeighting
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "coefficient-of-variation";

    private CoefficientOfVariationWeighting()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static CoefficientOfVariationWeighting Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool IsDataDriven => true;

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static CoefficientOfVariationWeighting FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
    {
        WeightKernel.CheckPolarities(components, polarities);
        var cv = new double[components.ComponentCount];
        for (var j = 0; j < cv.Length; j++)
        {
            var s = ColumnStatistics.Of(components.Column(j));
            if (s.Count < 2)
            {
                continue;
            }

            if (!(s.Mean > 0))
            {
                throw new WeightingException(MethodName, $"component {j} has mean {s.Mean:R}; the coefficient of variation needs a positive mean.");
            }

            cv[j] = s.StandardDeviation / s.Mean;
        }

        return WeightKernel.Normalised(MethodName, cv, "every column is constant or has fewer than two observed values.");
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}

using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Weighting;

/// <summary>
/// CRITIC (Criteria Importance Through Intercriteria Correlation): x′ = min-max onto [0, 1]
/// (less-is-better reversed); C_j = sd_j·Σ_k (1 − r_jk) with sd the sample standard deviation (n − 1)
/// of x′_j and r the Pearson correlation over the units observed in both columns; w_j = C_j/ΣC.
/// </summary>
/// <remarks>
/// A constant column has sd 0 and weight 0; a correlation with a constant column is taken as 0. When
/// every C_j is 0 a <see cref="WeightingException"/> is thrown.
/// </remarks>
public sealed record CriticWeighting : IWeighting
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "critic";

    private CriticWeighting()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static CriticWeighting Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool IsDataDriven => true;

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static CriticWeighting FromParameters(MethodParameters parameters)
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
        var k = scaled.Length;
        var information = new double[k];
        for (var j = 0; j < k; j++)
        {
            var sd = WeightKernel.StandardDeviation(scaled[j]);
            var conflict = 0.0;
            for (var m = 0; m < k; m++)
            {
                conflict += 1 - (m == j ? 1 : WeightKernel.Correlation(scaled[j], scaled[m]));
            }

            information[j] = sd * conflict;
        }

        return WeightKernel.Normalised(MethodName, information, "every column is constant or perfectly correlated with the others, so CRITIC gives no information.");
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}

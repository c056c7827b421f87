using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Percentile rank (百分位排序): (rank − 1)/(n − 1) with the ascending "min" rank of
/// <see cref="RankNormalisation"/> and n the number of observed values: the worst unit scores 0, the
/// best 1, tied units the same. A single observed value scores 0 (like a column of ties).
/// </summary>
public sealed record PercentileRankNormalisation : INormalisation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "percentile-rank";

    private PercentileRankNormalisation()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static PercentileRankNormalisation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public NormalisationTraits Traits { get; } =
        NormalisationTraits.Create(0, 1, OutputSign.MayBeZeroOrNegative, affineInvariant: true);

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static PercentileRankNormalisation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        ColumnKernel.CheckLengths(column, destination);
        var n = RankNormalisation.AscendingRanks(column, context, destination);
        var denominator = Math.Max(n - 1, 1);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (destination[i] - 1) / denominator;
        }
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}

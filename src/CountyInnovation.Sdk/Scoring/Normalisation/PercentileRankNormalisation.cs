using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Percentile rank (百分位排序): (rank − 1)/(n − 1) with the ascending "min" rank of
/// <see cref="RankNormalisation"/> and n the number of observed values: the worst unit scores 0, the
/// best 1, tied units the same. A single observed value scores 0 (like a column of ties). The
/// <c>ties</c> parameter (min, average, max, first; see <see cref="RankTies"/>) chooses how ties rank.
/// </summary>
public sealed record PercentileRankNormalisation : INormalisation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "percentile-rank";

    private PercentileRankNormalisation(RankTies ties) => Ties = ties;

    /// <summary>The method with ties sharing the lowest rank.</summary>
    public static PercentileRankNormalisation Instance { get; } = new(RankTies.Min);

    /// <summary>How tied values are ranked.</summary>
    public RankTies Ties { get; }

    /// <summary>The method with the tie rule <paramref name="ties"/>.</summary>
    /// <param name="ties">How tied values are ranked.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rule is unknown.</exception>
    public static PercentileRankNormalisation Create(RankTies ties) =>
        Enum.IsDefined(ties) ? (ties == RankTies.Min ? Instance : new PercentileRankNormalisation(ties)) : throw new ArgumentOutOfRangeException(nameof(ties), ties, "Unknown tie rule.");

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public NormalisationTraits Traits { get; } =
        NormalisationTraits.Create(0, 1, OutputSign.MayBeZeroOrNegative, affineInvariant: true);

    /// <summary>Creates the method from its parameters.</summary>
    /// <param name="parameters">Optionally <c>ties</c>: min (default), average, max or first.</param>
    /// <exception cref="ScoringConfigurationException">An unknown parameter or tie rule.</exception>
    public static PercentileRankNormalisation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName, "ties");
        return Create(RankTiesParameter.Read(MethodName, parameters));
    }

    /// <inheritdoc />
    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        ColumnKernel.CheckLengths(column, destination);
        var n = Ties == RankTies.Min
            ? RankNormalisation.AscendingRanks(column, context, destination)
            : RankTiesParameter.AscendingRanks(column, ColumnKernel.Sign(context), Ties, destination);
        var denominator = Math.Max(n - 1, 1);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (destination[i] - 1) / denominator;
        }
    }

    /// <summary>The registry name, with the tie rule when it is not min.</summary>
    public override string ToString() => Ties == RankTies.Min ? MethodName : $"{MethodName}(ties={RankTiesParameter.Name(Ties)})";
}

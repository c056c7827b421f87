using System.Buffers;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Rank normalisation (排序法): each unit's ascending rank on the column oriented so that larger is
/// better, ties sharing the lowest rank ("min"): the worst unit scores 1, the best n (the number of
/// observed values). Missing values stay missing and take no rank. Reference statistics are ignored.
/// The <c>ties</c> parameter chooses another rule for ties: <c>average</c>, <c>max</c> or <c>first</c>
/// (COINr's and R's <c>ties.method</c>, see <see cref="RankTies"/>).
/// </summary>
public sealed record RankNormalisation : INormalisation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "rank";

    private RankNormalisation(RankTies ties) => Ties = ties;

    /// <summary>The method with ties sharing the lowest rank.</summary>
    public static RankNormalisation Instance { get; } = new(RankTies.Min);

    /// <summary>How tied values are ranked.</summary>
    public RankTies Ties { get; }

    /// <summary>The method with the tie rule <paramref name="ties"/>.</summary>
    /// <param name="ties">How tied values are ranked.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rule is unknown.</exception>
    public static RankNormalisation Create(RankTies ties) =>
        Enum.IsDefined(ties) ? (ties == RankTies.Min ? Instance : new RankNormalisation(ties)) : throw new ArgumentOutOfRangeException(nameof(ties), ties, "Unknown tie rule.");

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public NormalisationTraits Traits { get; } =
        NormalisationTraits.Create(1, double.PositiveInfinity, OutputSign.AlwaysPositive, affineInvariant: true);

    /// <summary>Creates the method from its parameters.</summary>
    /// <param name="parameters">Optionally <c>ties</c>: min (default), average, max or first.</param>
    /// <exception cref="ScoringConfigurationException">An unknown parameter or tie rule.</exception>
    public static RankNormalisation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName, "ties");
        return Create(RankTiesParameter.Read(MethodName, parameters));
    }

    /// <inheritdoc />
    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        ColumnKernel.CheckLengths(column, destination);
        if (Ties == RankTies.Min)
        {
            AscendingRanks(column, context, destination);
            return;
        }

        RankTiesParameter.AscendingRanks(column, ColumnKernel.Sign(context), Ties, destination);
    }

    /// <summary>The registry name, with the tie rule when it is not min.</summary>
    public override string ToString() => Ties == RankTies.Min ? MethodName : $"{MethodName}(ties={RankTiesParameter.Name(Ties)})";

    /// <summary>Ascending "min" ranks of the oriented column; returns the number of observed values.</summary>
    internal static int AscendingRanks(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        // Descending ranks of −(oriented x) are ascending ranks of oriented x, ties "min" in both.
        var sign = -ColumnKernel.Sign(context);
        var rented = ArrayPool<double>.Shared.Rent(Math.Max(column.Length, 1));
        var observed = 0;
        try
        {
            var flipped = rented.AsSpan(0, column.Length);
            for (var i = 0; i < column.Length; i++)
            {
                flipped[i] = sign * column[i];
                if (!double.IsNaN(column[i]))
                {
                    observed++;
                }
            }

            Ranker.RankDescending(flipped, destination);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        return observed;
    }
}

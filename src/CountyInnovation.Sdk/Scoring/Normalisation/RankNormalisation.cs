using System.Buffers;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Rank normalisation (排序法): each unit's ascending rank on the column oriented so that larger is
/// better, ties sharing the lowest rank ("min"): the worst unit scores 1, the best n (the number of
/// observed values). Missing values stay missing and take no rank. Reference statistics are ignored.
/// </summary>
public sealed record RankNormalisation : INormalisation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "rank";

    private RankNormalisation()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static RankNormalisation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public NormalisationTraits Traits { get; } =
        NormalisationTraits.Create(1, double.PositiveInfinity, OutputSign.AlwaysPositive, affineInvariant: true);

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static RankNormalisation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        ColumnKernel.CheckLengths(column, destination);
        AscendingRanks(column, context, destination);
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;

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

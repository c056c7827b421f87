using System.Buffers;

namespace CountyInnovation.Sdk.Scoring;

/// <summary>
/// Ranks scores: descending (rank 1 = highest score), ties share the best rank ("min" ties: 90, 80,
/// 80, 70 → 1, 2, 2, 4), and a missing score (NaN) stays missing (rank NaN) and does not take a rank.
/// Allocation-light for hot paths (the Monte Carlo engine ranks thousands of times): the caller can
/// pass its own scratch buffer.
/// </summary>
public static class Ranker
{
    /// <summary>Ranks <paramref name="scores"/> into <paramref name="ranks"/> (NaN for missing scores).</summary>
    /// <param name="scores">The scores; NaN = missing; ±∞ are allowed and rank first/last.</param>
    /// <param name="ranks">Receives the ranks, same length (may not overlap <paramref name="scores"/>).</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void RankDescending(ReadOnlySpan<double> scores, Span<double> ranks)
    {
        var rented = ArrayPool<int>.Shared.Rent(Math.Max(scores.Length, 1));
        try
        {
            RankDescending(scores, ranks, rented.AsSpan(0, scores.Length));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>Ranks <paramref name="scores"/> into <paramref name="ranks"/> using a caller-provided scratch buffer (no allocation).</summary>
    /// <param name="scores">The scores; NaN = missing.</param>
    /// <param name="ranks">Receives the ranks, same length.</param>
    /// <param name="scratch">A buffer of at least <c>scores.Length</c> integers; its content is overwritten.</param>
    /// <exception cref="ArgumentException">The lengths do not fit.</exception>
    public static void RankDescending(ReadOnlySpan<double> scores, Span<double> ranks, Span<int> scratch)
    {
        if (ranks.Length != scores.Length)
        {
            throw new ArgumentException($"{ranks.Length} rank slots for {scores.Length} scores.", nameof(ranks));
        }

        if (scratch.Length < scores.Length)
        {
            throw new ArgumentException($"The scratch buffer needs {scores.Length} slots, not {scratch.Length}.", nameof(scratch));
        }

        // The ranks buffer doubles as the sort keys (negated scores): after sorting only the
        // permutation is read, so writing ranks over the keys is safe.
        var order = scratch[..scores.Length];
        var present = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (!double.IsNaN(scores[i]))
            {
                ranks[present] = -scores[i];
                order[present++] = i;
            }
        }

        order = order[..present];
        ranks[..present].Sort(order);

        var rank = 1;
        for (var p = 0; p < present; p++)
        {
            if (p > 0 && scores[order[p]] != scores[order[p - 1]])
            {
                rank = p + 1;
            }

            ranks[order[p]] = rank;
        }

        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                ranks[i] = double.NaN;
            }
        }
    }

    /// <summary>Ranks scores and returns a new array (convenience for non-hot paths).</summary>
    /// <param name="scores">The scores; NaN = missing.</param>
    public static double[] RankDescending(ReadOnlySpan<double> scores)
    {
        var ranks = new double[scores.Length];
        RankDescending(scores, ranks);
        return ranks;
    }
}

using System.Buffers;
using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// The ranking rule of the evaluation (排名): unrounded scores, descending (the best score is rank 1),
/// ties share the best rank of their group ("min": 1, 2, 2, 4), and a missing score (NaN) stays
/// unranked. Sorting makes the cost O(n log n).
/// </summary>
public static class Ranking
{
    /// <summary>Ranks scores in descending order.</summary>
    /// <param name="scores">The scores; NaN marks a missing score.</param>
    /// <returns>One rank per score, in input order; <see langword="null"/> where the score is missing.</returns>
    public static ImmutableArray<int?> Descending(ReadOnlySpan<double> scores)
    {
        var ranks = new int[scores.Length];
        Descending(scores, ranks);
        var builder = ImmutableArray.CreateBuilder<int?>(scores.Length);
        foreach (var rank in ranks)
        {
            builder.Add(rank == 0 ? null : rank);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Ranks scores in descending order into <paramref name="ranks"/>: 0 where the score is NaN.
    /// The rule itself is <see cref="Ranker"/>'s, shared with the uncertainty analysis.
    /// </summary>
    internal static void Descending(ReadOnlySpan<double> scores, Span<int> ranks)
    {
        if (ranks.Length != scores.Length)
        {
            throw new ArgumentException("One rank slot per score is needed.", nameof(ranks));
        }

        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(scores.Length, 1));
        try
        {
            var ranked = buffer.AsSpan(0, scores.Length);
            Ranker.RankDescending(scores, ranked);
            for (var i = 0; i < ranked.Length; i++)
            {
                ranks[i] = double.IsNaN(ranked[i]) ? 0 : (int)ranked[i];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }
}

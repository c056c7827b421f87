using System.Collections.Immutable;

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
    /// </summary>
    internal static void Descending(ReadOnlySpan<double> scores, Span<int> ranks)
    {
        if (ranks.Length != scores.Length)
        {
            throw new ArgumentException("One rank slot per score is needed.", nameof(ranks));
        }

        var present = 0;
        foreach (var score in scores)
        {
            if (!double.IsNaN(score))
            {
                present++;
            }
        }

        var keys = new double[present];
        var order = new int[present];
        var k = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                ranks[i] = 0;
                continue;
            }

            // Negated so that an ascending sort puts the best score first; -0 and 0 compare equal.
            keys[k] = -scores[i];
            order[k] = i;
            k++;
        }

        Array.Sort(keys, order);
        var rank = 0;
        for (var p = 0; p < present; p++)
        {
            if (p == 0 || keys[p] != keys[p - 1])
            {
                rank = p + 1;
            }

            ranks[order[p]] = rank;
        }
    }
}

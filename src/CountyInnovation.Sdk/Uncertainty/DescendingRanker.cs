using System.Runtime.CompilerServices;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// Ranks scores in descending order, ties sharing the best rank ("min"), NaN (missing) unranked
/// (rank 0). One instance per worker: it owns its scratch buffers, so ranking allocates nothing.
/// </summary>
/// <remarks>
/// A stable least-significant-digit radix sort on the upper 32 bits of 64-bit order-preserving keys
/// of the doubles (sign, exponent and 20 mantissa bits: three passes of 11 bits, a pass skipped when
/// every key has the same digit), then one insertion-sort sweep on the full keys, which only has to
/// reorder the rare neighbours whose upper halves are equal. For a few thousand units this is several
/// times faster than a comparison sort; ties are exact because equal doubles have equal keys
/// (−0 is folded into +0 first).
/// </remarks>
internal sealed class DescendingRanker
{
    private const int DigitBits = 11;
    private const int Radix = 1 << DigitBits;
    private const int Passes = 3;
    private const ulong Missing = ulong.MaxValue;

    private readonly ulong[] _keys;
    private readonly ulong[] _keysSwap;
    private readonly int[] _order;
    private readonly int[] _orderSwap;
    private readonly int[] _counts = new int[Passes * Radix];

    public DescendingRanker(int count)
    {
        _keys = new ulong[count];
        _keysSwap = new ulong[count];
        _order = new int[count];
        _orderSwap = new int[count];
    }

    /// <summary>The number of units this ranker handles.</summary>
    public int Count => _keys.Length;

    /// <summary>Writes the rank of each score (1 = best; 0 = missing).</summary>
    public void Rank(ReadOnlySpan<double> scores, Span<int> ranks)
    {
        if (ranks.Length != _keys.Length)
        {
            throw new ArgumentException($"Expected {_keys.Length} ranks.", nameof(ranks));
        }

        var (keys, order) = Sort(scores);
        var previous = Missing;
        var previousRank = 0;
        for (var position = 0; position < keys.Length; position++)
        {
            var rank = RankAt(keys, position, ref previous, ref previousRank);
            ranks[order[position]] = rank;
        }
    }

    /// <summary>
    /// Writes the rank of each score as a 16-bit value into one column of a unit-major table: unit
    /// u's rank goes to <paramref name="table"/>[u·<paramref name="stride"/> + <paramref name="column"/>].
    /// </summary>
    public void Rank(ReadOnlySpan<double> scores, Span<ushort> table, int stride, int column)
    {
        var n = _keys.Length;
        if (n > ushort.MaxValue || column < 0 || column >= stride || (n > 0 && table.Length < ((n - 1) * stride) + column + 1))
        {
            throw new ArgumentException($"Expected a table of {n} units with stride {stride} and a column inside it.", nameof(table));
        }

        var (keys, order) = Sort(scores);
        if (n == 0)
        {
            return;
        }

        var previous = Missing;
        var previousRank = 0;
        ref var start = ref table[column];
        for (var position = 0; position < n; position++)
        {
            var rank = RankAt(keys, position, ref previous, ref previousRank);
            Unsafe.Add(ref start, order[position] * stride) = (ushort)rank;
        }
    }

    /// <summary>The rank at a position of the sorted keys: ties share the best rank, missing is 0.</summary>
    private static int RankAt(ulong[] keys, int position, ref ulong previous, ref int previousRank)
    {
        var key = keys[position];
        int rank;
        if (key == Missing)
        {
            rank = 0;
        }
        else if (position > 0 && key == previous)
        {
            rank = previousRank;
        }
        else
        {
            rank = position + 1;
        }

        previous = key;
        previousRank = rank;
        return rank;
    }

    /// <summary>Sorts the units by descending score: the sorted keys and the unit at each position.</summary>
    private (ulong[] Keys, int[] Order) Sort(ReadOnlySpan<double> scores)
    {
        var n = _keys.Length;
        if (scores.Length != n)
        {
            throw new ArgumentException($"Expected {n} scores.", nameof(scores));
        }

        var keys = _keys;
        var order = _order;
        var counts = _counts;
        Array.Clear(counts);
        for (var i = 0; i < n; i++)
        {
            var key = DescendingKey(scores[i]);
            keys[i] = key;
            order[i] = i;
            var upper = (uint)(key >> 32);
            counts[(int)(upper & (Radix - 1))]++;
            counts[Radix + (int)((upper >> DigitBits) & (Radix - 1))]++;
            counts[(2 * Radix) + (int)(upper >> (2 * DigitBits))]++;
        }

        var sourceKeys = keys;
        var sourceOrder = order;
        var targetKeys = _keysSwap;
        var targetOrder = _orderSwap;
        for (var pass = 0; pass < Passes && n > 1; pass++)
        {
            var shift = 32 + (pass * DigitBits);
            var bucket = counts.AsSpan(pass * Radix, Radix);
            if (bucket[(int)((sourceKeys[0] >> shift) & (Radix - 1))] == n)
            {
                continue;
            }

            var offset = 0;
            for (var d = 0; d < Radix; d++)
            {
                var c = bucket[d];
                bucket[d] = offset;
                offset += c;
            }

            for (var i = 0; i < n; i++)
            {
                var key = sourceKeys[i];
                var position = bucket[(int)((key >> shift) & (Radix - 1))]++;
                targetKeys[position] = key;
                targetOrder[position] = sourceOrder[i];
            }

            (sourceKeys, targetKeys) = (targetKeys, sourceKeys);
            (sourceOrder, targetOrder) = (targetOrder, sourceOrder);
        }

        // Only neighbours with equal upper halves can be out of order: a linear sweep in practice.
        for (var i = 1; i < n; i++)
        {
            var key = sourceKeys[i];
            if (key >= sourceKeys[i - 1])
            {
                continue;
            }

            var unit = sourceOrder[i];
            var j = i - 1;
            while (j >= 0 && sourceKeys[j] > key)
            {
                sourceKeys[j + 1] = sourceKeys[j];
                sourceOrder[j + 1] = sourceOrder[j];
                j--;
            }

            sourceKeys[j + 1] = key;
            sourceOrder[j + 1] = unit;
        }

        return (sourceKeys, sourceOrder);
    }

    /// <summary>A key whose ascending unsigned order is the descending order of the doubles.</summary>
    private static ulong DescendingKey(double score)
    {
        if (double.IsNaN(score))
        {
            return Missing;
        }

        var bits = BitConverter.DoubleToUInt64Bits(score == 0.0 ? 0.0 : score);
        const ulong sign = 1UL << 63;
        var ascending = (bits & sign) != 0 ? ~bits : bits | sign;
        return ~ascending;
    }
}

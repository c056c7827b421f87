using System.Numerics;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// Per-unit counts of every rank seen across runs: memory O(units²) instead of O(units × runs) for
/// the raw ranks, and the exact mean, median and percentiles follow from the counts. A count never
/// exceeds the number of runs, so up to 65,535 runs the counters are 16-bit (2·n·(n + 1) bytes),
/// beyond that 32-bit (4·n·(n + 1) bytes). Counts are integers, so the order in which workers add
/// their runs cannot change the result.
/// </summary>
internal sealed class RankHistogram : IDisposable
{
    /// <summary>Units per lock: workers adding at the same time each start on a stripe of their own.</summary>
    private const int StripeUnits = 64;

    private readonly int _units;
    private readonly LargeTable<ushort>? _narrow;
    private readonly LargeTable<int>? _wide;
    private readonly object[] _stripes;

    /// <summary>A histogram for <paramref name="units"/> units over at most <paramref name="runs"/> runs.</summary>
    public RankHistogram(int units, int runs)
    {
        // Ranks travel as 16-bit values; the memory limit on the table stops far below this.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(units, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfNegative(runs);
        _units = units;
        var cells = checked(units * (units + 1));
        if (runs <= ushort.MaxValue)
        {
            _narrow = new LargeTable<ushort>(cells);
        }
        else
        {
            _wide = new LargeTable<int>(cells);
        }

        _stripes = new object[Math.Max(1, (units + StripeUnits - 1) / StripeUnits)];
        for (var s = 0; s < _stripes.Length; s++)
        {
            _stripes[s] = new object();
        }
    }

    /// <summary>Bytes held by the counts of <paramref name="units"/> units over <paramref name="runs"/> runs.</summary>
    public static long BytesFor(int units, int runs) => (runs <= ushort.MaxValue ? 2L : 4L) * units * (units + 1);

    /// <summary>The number of units.</summary>
    public int Units => _units;

    /// <summary>The number of lock stripes (where concurrent callers should start apart).</summary>
    public int Stripes => _stripes.Length;

    /// <summary>
    /// Adds runs laid out unit-major: unit u's ranks (0 = missing) are
    /// <paramref name="ranks"/>[u·<paramref name="stride"/> .. u·stride + runs), so each unit's ranks
    /// are read in order while its row of counts stays in cache. Every call sweeps the rows of all
    /// units, which at thousands of units is the whole table, beyond the caches: callers gather many
    /// runs per call (<see cref="RankBuffer"/>). Rows are locked a stripe at a time, starting at
    /// <paramref name="firstStripe"/>, so that two workers adding at once sweep different rows.
    /// </summary>
    public void AddRuns(ReadOnlySpan<ushort> ranks, int stride, int runs, int firstStripe)
    {
        for (var s = 0; s < _stripes.Length; s++)
        {
            var stripe = (firstStripe + s) % _stripes.Length;
            var first = stripe * StripeUnits;
            var last = Math.Min(first + StripeUnits, _units);
            lock (_stripes[stripe])
            {
                if (_narrow is not null)
                {
                    AddRows(_narrow.Span, ranks, stride, runs, first, last);
                }
                else
                {
                    AddRows(_wide!.Span, ranks, stride, runs, first, last);
                }
            }
        }
    }

    /// <summary>The statistics of one unit's ranks over the runs where it had a rank (one pass over its row).</summary>
    public RankSummary Summarise(int unit) =>
        _narrow is not null ? Summarise<ushort>(Row(_narrow.Span, unit)) : Summarise<int>(Row(_wide!.Span, unit));

    /// <summary>Frees the counts.</summary>
    public void Dispose()
    {
        _narrow?.Dispose();
        _wide?.Dispose();
    }

    private ReadOnlySpan<T> Row<T>(Span<T> counts, int unit) => counts.Slice(unit * (_units + 1), _units + 1);

    private void AddRows<T>(Span<T> counts, ReadOnlySpan<ushort> ranks, int stride, int runs, int first, int last)
        where T : struct, IIncrementOperators<T>
    {
        var width = _units + 1;
        for (var u = first; u < last; u++)
        {
            var row = counts.Slice(u * width, width);
            foreach (var rank in ranks.Slice(u * stride, runs))
            {
                row[rank]++;
            }
        }
    }

    private static RankSummary Summarise<T>(ReadOnlySpan<T> row)
        where T : struct, IBinaryInteger<T>
    {
        var units = row.Length - 1;
        var missing = int.CreateTruncating(row[0]);
        long ranked = 0;
        long sum = 0;
        var best = 0;
        var worst = 0;
        for (var rank = 1; rank <= units; rank++)
        {
            var count = long.CreateTruncating(row[rank]);
            if (count != 0)
            {
                ranked += count;
                sum += rank * count;
                best = best == 0 ? rank : best;
                worst = rank;
            }
        }

        if (ranked == 0)
        {
            return new RankSummary(0, missing, double.NaN, double.NaN, double.NaN, double.NaN, 0, 0);
        }

        // The order statistics the three quantiles need, found in one cumulative sweep.
        ReadOnlySpan<double> probabilities = [0.05, 0.5, 0.95];
        Span<long> wanted = stackalloc long[6];
        for (var q = 0; q < 3; q++)
        {
            var lo = (long)Math.Floor((ranked - 1) * probabilities[q]);
            wanted[2 * q] = lo;
            wanted[(2 * q) + 1] = Math.Min(lo + 1, ranked - 1);
        }

        // Resolve them in ascending order (lo + 1 of one quantile may pass lo of the next).
        Span<int> slots = [0, 1, 2, 3, 4, 5];
        for (var i = 1; i < slots.Length; i++)
        {
            for (var j = i; j > 0 && wanted[slots[j]] < wanted[slots[j - 1]]; j--)
            {
                (slots[j], slots[j - 1]) = (slots[j - 1], slots[j]);
            }
        }

        Span<int> values = stackalloc int[6];
        long cumulative = 0;
        var rankAt = best;
        foreach (var slot in slots)
        {
            while (cumulative + long.CreateTruncating(row[rankAt]) <= wanted[slot])
            {
                cumulative += long.CreateTruncating(row[rankAt]);
                rankAt++;
            }

            values[slot] = rankAt;
        }

        return new RankSummary(
            (int)ranked,
            missing,
            (double)sum / ranked,
            Interpolate(ranked, 0.5, values[2], values[3]),
            Interpolate(ranked, 0.05, values[0], values[1]),
            Interpolate(ranked, 0.95, values[4], values[5]),
            best,
            worst);
    }

    /// <summary>Type 7 between the order statistics ⌊h⌋ and ⌊h⌋ + 1, h = (m − 1)p.</summary>
    private static double Interpolate(long ranked, double p, int low, int high)
    {
        var h = (ranked - 1) * p;
        var fraction = h - Math.Floor(h);
        return fraction == 0.0 ? low : low + (fraction * (high - low));
    }
}

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// Per-unit counts of every rank seen across runs: memory O(units²) (4·n·(n+1) bytes) instead of
/// O(units × runs) for the raw ranks, and the exact mean, median and percentiles follow from the
/// counts. Counts are integers, so the order in which workers add their blocks cannot change the
/// result.
/// </summary>
internal sealed class RankHistogram
{
    private readonly int _units;
    private readonly int[] _counts;
    private readonly object _gate = new();

    public RankHistogram(int units)
    {
        // Ranks travel as 16-bit values; the memory limit on the table stops far below this.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(units, ushort.MaxValue);
        _units = units;
        _counts = new int[checked(units * (units + 1))];
    }

    /// <summary>Bytes held by the counts.</summary>
    public static long BytesFor(int units) => 4L * units * (units + 1);

    /// <summary>The number of units.</summary>
    public int Units => _units;

    /// <summary>
    /// Adds runs laid out unit-major: unit u's ranks (0 = missing) are
    /// <paramref name="ranks"/>[u·<paramref name="stride"/> .. u·stride + runs), so each unit's ranks
    /// are read in order while its row of counts stays in cache. Every call sweeps the rows of all
    /// units, which at thousands of units is the whole table (4·n·(n + 1) bytes, beyond the caches):
    /// callers gather many runs per call (<see cref="RankBuffer"/>).
    /// </summary>
    public void AddRuns(ReadOnlySpan<ushort> ranks, int stride, int runs)
    {
        lock (_gate)
        {
            var width = _units + 1;
            for (var u = 0; u < _units; u++)
            {
                var row = _counts.AsSpan(u * width, width);
                foreach (var rank in ranks.Slice(u * stride, runs))
                {
                    row[rank]++;
                }
            }
        }
    }

    /// <summary>The statistics of one unit's ranks over the runs where it had a rank (one pass over its row).</summary>
    public RankSummary Summarise(int unit)
    {
        var row = _counts.AsSpan(unit * (_units + 1), _units + 1);
        var missing = row[0];
        long ranked = 0;
        long sum = 0;
        var best = 0;
        var worst = 0;
        for (var rank = 1; rank <= _units; rank++)
        {
            var count = row[rank];
            if (count != 0)
            {
                ranked += count;
                sum += (long)rank * count;
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
            while (cumulative + row[rankAt] <= wanted[slot])
            {
                cumulative += row[rankAt];
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

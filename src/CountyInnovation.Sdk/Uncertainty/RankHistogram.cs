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
        _units = units;
        _counts = new int[checked(units * (units + 1))];
    }

    /// <summary>Bytes held by the counts.</summary>
    public static long BytesFor(int units) => 4L * units * (units + 1);

    /// <summary>The number of units.</summary>
    public int Units => _units;

    /// <summary>
    /// Adds a block of runs laid out run-major: <paramref name="blockRanks"/>[r·units + u] is the
    /// rank of unit u in the block's run r (0 = missing). Read unit by unit, so each unit's row of
    /// counts stays in cache while the block's lines are shared by neighbouring units.
    /// </summary>
    public void AddBlock(int[] blockRanks, int runs)
    {
        lock (_gate)
        {
            var counts = _counts;
            var width = _units + 1;
            for (var u = 0; u < _units; u++)
            {
                var row = u * width;
                for (var r = 0; r < runs; r++)
                {
                    counts[row + blockRanks[(r * _units) + u]]++;
                }
            }
        }
    }

    /// <summary>The statistics of one unit's ranks over the runs where it had a rank.</summary>
    public RankSummary Summarise(int unit)
    {
        var row = _counts.AsSpan(unit * (_units + 1), _units + 1);
        var missing = row[0];
        long ranked = 0;
        long sum = 0;
        for (var rank = 1; rank <= _units; rank++)
        {
            ranked += row[rank];
            sum += (long)rank * row[rank];
        }

        if (ranked == 0)
        {
            return new RankSummary(0, missing, double.NaN, double.NaN, double.NaN, double.NaN, 0, 0);
        }

        var min = 0;
        var max = 0;
        for (var rank = 1; rank <= _units; rank++)
        {
            if (row[rank] != 0)
            {
                if (min == 0)
                {
                    min = rank;
                }

                max = rank;
            }
        }

        return new RankSummary(
            (int)ranked,
            missing,
            (double)sum / ranked,
            Quantile(row, ranked, 0.5),
            Quantile(row, ranked, 0.05),
            Quantile(row, ranked, 0.95),
            min,
            max);
    }

    /// <summary>Quantile type 7 (R's default): x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), h = (m − 1)p.</summary>
    internal static double Quantile(ReadOnlySpan<int> row, long ranked, double p)
    {
        var h = (ranked - 1) * p;
        var lo = (long)Math.Floor(h);
        var fraction = h - lo;
        var low = OrderStatistic(row, lo);
        if (fraction == 0.0)
        {
            return low;
        }

        var high = OrderStatistic(row, lo + 1);
        return low + (fraction * (high - low));
    }

    /// <summary>The k-th smallest rank (0-based) among the counted ranks.</summary>
    private static int OrderStatistic(ReadOnlySpan<int> row, long k)
    {
        long cumulative = 0;
        for (var rank = 1; rank < row.Length; rank++)
        {
            cumulative += row[rank];
            if (cumulative > k)
            {
                return rank;
            }
        }

        throw new InvalidOperationException("Order statistic beyond the counted ranks.");
    }
}

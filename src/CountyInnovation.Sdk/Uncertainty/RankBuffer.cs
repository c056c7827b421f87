namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// One worker's ranks waiting to be added to the shared <see cref="RankHistogram"/>: blocks of
/// runs are gathered as 16-bit ranks, unit-major, until about <see cref="TargetBytes"/> are held,
/// then added in one sweep. Fewer sweeps over the n·(n + 1) counters mean fewer trips to main
/// memory: at 2,844 units one sweep touches up to 32 MB whether it adds 256 runs or 2,048. The
/// counts are integers, so when a worker flushes cannot change the result.
/// </summary>
internal sealed class RankBuffer
{
    /// <summary>The memory one buffer aims at (independent of the number of runs).</summary>
    public const int TargetBytes = 12 << 20;

    /// <summary>Units transposed together: 32 ranks of a run are one 64-byte line of the block.</summary>
    private const int Tile = 32;

    private readonly RankHistogram histogram;
    private readonly ushort[] ranks;
    private readonly int capacity;
    private int held;

    /// <summary>A buffer for at least <paramref name="minimumRuns"/> runs (one block), more as memory allows.</summary>
    public RankBuffer(RankHistogram histogram, int minimumRuns)
    {
        this.histogram = histogram;
        var units = Math.Max(1, histogram.Units);
        capacity = Math.Max(minimumRuns, Math.Min(8 * minimumRuns, TargetBytes / (2 * units)));
        ranks = new ushort[capacity * histogram.Units];
    }

    /// <summary>The runs the buffer holds before it adds them to the histogram.</summary>
    public int Capacity => capacity;

    /// <summary>
    /// Takes <paramref name="runs"/> runs of ranks laid out run-major (run r, unit u at
    /// [r·units + u]), transposing them to unit-major tile by tile.
    /// </summary>
    public void Append(ReadOnlySpan<int> blockRanks, int runs)
    {
        if (held + runs > capacity)
        {
            Flush();
        }

        // Per tile of 32 units the block's lines (one per run) stay in the first-level cache while
        // each unit's ranks are written in order; a run-by-run loop would write 32 places 2·capacity
        // bytes apart, which share one cache set.
        var units = histogram.Units;
        for (var first = 0; first < units; first += Tile)
        {
            var last = Math.Min(first + Tile, units);
            for (var u = first; u < last; u++)
            {
                var target = ranks.AsSpan((u * capacity) + held, runs);
                for (var r = 0; r < target.Length; r++)
                {
                    target[r] = (ushort)blockRanks[(r * units) + u];
                }
            }
        }

        held += runs;
    }

    /// <summary>Adds what the buffer holds to the histogram.</summary>
    public void Flush()
    {
        if (held > 0)
        {
            histogram.AddRuns(ranks, capacity, held);
            held = 0;
        }
    }
}

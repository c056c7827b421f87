namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// One worker's ranks waiting to be added to the shared <see cref="RankHistogram"/>: 16-bit ranks,
/// unit-major (unit u's runs at [u·<see cref="Capacity"/> + column]), written by the ranker
/// straight into the column of each run, and added in one sweep when the buffer is full. Fewer
/// sweeps over the n·(n + 1) counters mean fewer trips to main memory: at 2,844 units one sweep
/// touches 16 MB whether it adds 256 runs or 2,048. The counts are integers, so when a worker
/// flushes cannot change the result.
/// </summary>
internal sealed class RankBuffer : IDisposable
{
    /// <summary>The memory one buffer aims at (independent of the number of runs).</summary>
    public const int TargetBytes = 6 << 20;

    /// <summary>Ranks per 64-byte cache line.</summary>
    private const int Line = 32;

    private readonly RankHistogram histogram;
    private readonly LargeTable<ushort> ranks;
    private readonly int capacity;
    private readonly int firstStripe;
    private int held;

    /// <summary>
    /// A buffer for at least <paramref name="minimumRuns"/> runs, more as memory allows, that adds
    /// to the histogram from stripe <paramref name="firstStripe"/> on.
    /// </summary>
    public RankBuffer(RankHistogram histogram, int minimumRuns, int firstStripe = 0)
    {
        this.histogram = histogram;
        this.firstStripe = firstStripe;
        var units = Math.Max(1, histogram.Units);
        var runs = Math.Max(minimumRuns, Math.Min(8 * minimumRuns, TargetBytes / (2 * units)));

        // An odd number of cache lines per unit: a run's ranks, written unit by unit, then fall in
        // different cache sets (a power-of-two stride would put every unit's line in the same set).
        capacity = runs <= Line ? runs : ((runs - Line + (2 * Line) - 1) / (2 * Line) * 2 * Line) + Line;
        ranks = new LargeTable<ushort>(capacity * histogram.Units);
    }

    /// <summary>The runs the buffer holds before it adds them to the histogram: the stride between units.</summary>
    public int Capacity => capacity;

    /// <summary>The ranks, unit-major with stride <see cref="Capacity"/>.</summary>
    public Span<ushort> Ranks => ranks.Span;

    /// <summary>The column of the next run, adding what the buffer holds to the histogram first when it is full.</summary>
    public int NextColumn()
    {
        if (held == capacity)
        {
            Flush();
        }

        return held++;
    }

    /// <summary>Marks every unit missing (rank 0) in <paramref name="column"/>: a failed run.</summary>
    public void ClearColumn(int column)
    {
        var table = ranks.Span;
        for (var u = 0; u < histogram.Units; u++)
        {
            table[(u * capacity) + column] = 0;
        }
    }

    /// <summary>Adds what the buffer holds to the histogram.</summary>
    public void Flush()
    {
        if (held > 0)
        {
            histogram.AddRuns(ranks.Span, capacity, held, firstStripe);
            held = 0;
        }
    }

    /// <summary>Frees the ranks (after <see cref="Flush"/>: what is held is not added).</summary>
    public void Dispose() => ranks.Dispose();
}

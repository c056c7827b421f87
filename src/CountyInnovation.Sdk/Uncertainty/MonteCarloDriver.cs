using System.Numerics;
using System.Runtime.InteropServices;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// Runs a sample of Monte Carlo runs through a scorer on the deterministic block scheme and
/// accumulates what the analyses need: per-unit rank histograms, per-unit counts of runs at or above
/// each class threshold, per run any failure and (for sensitivity runs) y = mean over units of
/// |rank − nominal rank|.
/// </summary>
internal static class MonteCarloDriver
{
    /// <summary>Runs the sample; see <see cref="MonteCarloOutcome"/> for what comes back.</summary>
    public static MonteCarloOutcome Run(
        MonteCarloRequest request,
        Func<IRunScorer> createScorer,
        int threads,
        IProgress<UncertaintyProgress>? progress,
        TimeProvider? time,
        CancellationToken cancellationToken)
    {
        var n = request.Units;
        var dimension = request.Dimension;
        var runs = request.RunCount;
        var histogram = request.CollectRanks ? new RankHistogram(n, runs) : null;
        var workerCount = 0;
        var atLeastA = new long[n];
        var atLeastB = new long[n];
        var outputs = new double[runs];
        var failures = new string?[runs];
        var meter = new ProgressMeter(progress, time, runs);
        var gate = new object();

        try
        {
            BlockScheduler.Run(
                runs,
                threads,
                () => new Worker(n, createScorer(), histogram, Interlocked.Increment(ref workerCount) - 1, threads),
                (worker, first, count) =>
                {
                    for (var r = 0; r < count; r++)
                    {
                        var run = first + r;
                        var uniforms = request.Sample.AsSpan(run * dimension, dimension);
                        var failure = worker.Scorer.Score(uniforms, worker.Scores);
                        failures[run] = failure;
                        if (failure is not null)
                        {
                            outputs[run] = double.NaN;
                            if (worker.Ranks is { } failed)
                            {
                                failed.ClearColumn(failed.NextColumn());
                            }

                            continue;
                        }

                        if (worker.Ranks is { } buffer)
                        {
                            worker.Ranker.Rank(worker.Scores, buffer.Ranks, buffer.Capacity, buffer.NextColumn());
                            outputs[run] = double.NaN;
                        }
                        else
                        {
                            worker.Ranker.Rank(worker.Scores, worker.RunRanks);
                            outputs[run] = MeanAbsoluteShift(worker.RunRanks, request.NominalRanks);
                        }

                        worker.CountClasses(request.ClassThresholds[0], request.ClassThresholds[1]);
                    }

                    lock (gate)
                    {
                        for (var u = 0; u < n; u++)
                        {
                            atLeastA[u] += worker.AtLeastA[u];
                            atLeastB[u] += worker.AtLeastB[u];
                        }
                    }

                    Array.Clear(worker.AtLeastA);
                    Array.Clear(worker.AtLeastB);
                },
                meter.Add,
                cancellationToken,
                worker =>
                {
                    worker.Ranks?.Flush();
                    worker.Ranks?.Dispose();
                });
        }
        catch
        {
            histogram?.Dispose();
            throw;
        }

        return new MonteCarloOutcome(histogram, atLeastA, atLeastB, outputs, failures);
    }

    /// <summary>Mean over units ranked in both of |rank − nominal rank|; NaN when none is.</summary>
    internal static double MeanAbsoluteShift(ReadOnlySpan<int> ranks, ReadOnlySpan<int> nominal)
    {
        long sum = 0;
        var count = 0;
        for (var u = 0; u < nominal.Length; u++)
        {
            var rank = ranks[u];
            if (rank != 0 && nominal[u] != 0)
            {
                sum += Math.Abs(rank - nominal[u]);
                count++;
            }
        }

        return count == 0 ? double.NaN : (double)sum / count;
    }

    private sealed class Worker
    {
        public Worker(int units, IRunScorer scorer, RankHistogram? histogram, int index, int threads)
        {
            Scorer = scorer;

            // Workers flushing at the same time start on stripes far apart and rarely wait for each other.
            Ranks = histogram is null
                ? null
                : new RankBuffer(histogram, BlockScheduler.BlockSize, (int)((long)index * histogram.Stripes / Math.Max(1, threads)) % histogram.Stripes);
            Scores = new double[units];
            Ranker = new DescendingRanker(units);
            RunRanks = histogram is null ? new int[units] : [];
            AtLeastA = new long[units];
            AtLeastB = new long[units];
        }

        public IRunScorer Scorer { get; }

        /// <summary>The ranks of this worker's blocks not yet in the histogram (none when ranks are not collected).</summary>
        public RankBuffer? Ranks { get; }

        public double[] Scores { get; }

        public DescendingRanker Ranker { get; }

        /// <summary>The ranks of the current run when ranks are not collected (sensitivity runs), for the mean shift.</summary>
        public int[] RunRanks { get; }

        public long[] AtLeastA { get; }

        public long[] AtLeastB { get; }

        /// <summary>Counts, per unit, the runs at or above each threshold (NaN counts in neither), vectorised.</summary>
        public void CountClasses(double a, double b)
        {
            var scores = Scores;
            var head = 0;
            if (Vector.IsHardwareAccelerated && scores.Length >= Vector<double>.Count)
            {
                var s = MemoryMarshal.Cast<double, Vector<double>>(scores.AsSpan());
                var countA = MemoryMarshal.Cast<long, Vector<long>>(AtLeastA.AsSpan());
                var countB = MemoryMarshal.Cast<long, Vector<long>>(AtLeastB.AsSpan());
                var va = new Vector<double>(a);
                var vb = new Vector<double>(b);
                for (var v = 0; v < s.Length; v++)
                {
                    // A true comparison is all ones, that is −1: subtracting counts it.
                    countA[v] -= Vector.GreaterThanOrEqual(s[v], va);
                    countB[v] -= Vector.GreaterThanOrEqual(s[v], vb);
                }

                head = s.Length * Vector<double>.Count;
            }

            for (var u = head; u < scores.Length; u++)
            {
                AtLeastA[u] += scores[u] >= a ? 1 : 0;
                AtLeastB[u] += scores[u] >= b ? 1 : 0;
            }
        }
    }
}

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// Runs a sample of Monte Carlo runs through a scorer on the deterministic block scheme and
/// accumulates what the analyses need: per-unit rank histograms, per-unit class counts, and per
/// run y = mean over units of |rank − nominal rank| and any failure.
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
        var classes = request.ClassThresholds.Length + 1;
        var histogram = request.CollectRanks ? new RankHistogram(n) : null;
        var classCounts = new long[n * (classes + 1)];
        var outputs = new double[runs];
        var failures = new string?[runs];
        var meter = new ProgressMeter(progress, time, runs);
        var gate = new object();

        BlockScheduler.Run(
            runs,
            threads,
            () => new Worker(n, classes, createScorer()),
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
                        for (var u = 0; u < n; u++)
                        {
                            worker.BlockRanks[(u * BlockScheduler.BlockSize) + r] = 0;
                        }

                        continue;
                    }

                    worker.Ranker.Rank(worker.Scores, worker.Ranks);
                    outputs[run] = MeanAbsoluteShift(worker.Ranks, request.NominalRanks);
                    worker.Tally(request.ClassThresholds, r);
                }

                histogram?.AddBlock(worker.BlockRanks, BlockScheduler.BlockSize, count);
                lock (gate)
                {
                    for (var i = 0; i < classCounts.Length; i++)
                    {
                        classCounts[i] += worker.ClassCounts[i];
                    }
                }

                Array.Clear(worker.ClassCounts);
            },
            meter.Add,
            cancellationToken);

        return new MonteCarloOutcome(histogram, classCounts, classes, outputs, failures);
    }

    /// <summary>Mean over units ranked in both of |rank − nominal rank|; NaN when none is.</summary>
    internal static double MeanAbsoluteShift(ReadOnlySpan<int> ranks, ReadOnlySpan<int> nominal)
    {
        long sum = 0;
        var count = 0;
        for (var u = 0; u < ranks.Length; u++)
        {
            if (ranks[u] != 0 && nominal[u] != 0)
            {
                sum += Math.Abs(ranks[u] - nominal[u]);
                count++;
            }
        }

        return count == 0 ? double.NaN : (double)sum / count;
    }

    private sealed class Worker
    {
        private readonly int _classes;

        public Worker(int units, int classes, IRunScorer scorer)
        {
            _classes = classes;
            Scorer = scorer;
            Scores = new double[units];
            Ranks = new int[units];
            Ranker = new DescendingRanker(units);
            BlockRanks = new int[units * BlockScheduler.BlockSize];
            ClassCounts = new long[units * (classes + 1)];
        }

        public IRunScorer Scorer { get; }

        public double[] Scores { get; }

        public int[] Ranks { get; }

        public DescendingRanker Ranker { get; }

        public int[] BlockRanks { get; }

        public long[] ClassCounts { get; }

        /// <summary>Stores the run's ranks at column <paramref name="r"/> and counts the classes (the last slot is "missing").</summary>
        public void Tally(double[] thresholds, int r)
        {
            var width = _classes + 1;
            for (var u = 0; u < Ranks.Length; u++)
            {
                BlockRanks[(u * BlockScheduler.BlockSize) + r] = Ranks[u];
                var score = Scores[u];
                int cls;
                if (double.IsNaN(score))
                {
                    cls = _classes;
                }
                else
                {
                    cls = 0;
                    while (cls < thresholds.Length && score < thresholds[cls])
                    {
                        cls++;
                    }
                }

                ClassCounts[(u * width) + cls]++;
            }
        }
    }
}

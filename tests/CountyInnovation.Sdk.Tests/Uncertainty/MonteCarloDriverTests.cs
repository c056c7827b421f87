using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Tests.Uncertainty;

public sealed class MonteCarloDriverTests
{
    /// <summary>Score of unit u = Σ_k uniform_k · base[u,k] + ln(1 + u)/10; fails when uniform 0 &lt; 0.02.</summary>
    private sealed class SyntheticScorer(double[,] basis) : IRunScorer
    {
        public string? Score(ReadOnlySpan<double> uniforms, Span<double> scores)
        {
            if (uniforms[0] < 0.02)
            {
                return "synthetic failure";
            }

            for (var u = 0; u < scores.Length; u++)
            {
                var s = Math.Log(1 + u) / 10;
                for (var k = 0; k < uniforms.Length; k++)
                {
                    s += uniforms[k] * basis[u, k];
                }

                scores[u] = s * 25;
            }

            return null;
        }
    }

    private static (MonteCarloRequest Request, Func<IRunScorer> Scorer) Setup(int units, int runs)
    {
        var basis = new double[units, 3];
        var random = RandomStream.ForBlock(1, 0);
        for (var u = 0; u < units; u++)
        {
            for (var k = 0; k < 3; k++)
            {
                basis[u, k] = random.NextDouble();
            }
        }

        var sample = UncertaintySample.Draw(runs, 3, 99);
        var nominal = new int[units];
        var scores = new double[units];
        new SyntheticScorer(basis).Score([0.5, 0.5, 0.5], scores);
        new DescendingRanker(units).Rank(scores, nominal);
        return (new MonteCarloRequest(units, 3, sample, nominal, [30, 15], true), () => new SyntheticScorer(basis));
    }

    [Fact]
    public void Results_are_bit_identical_with_one_two_and_four_threads()
    {
        var (request, scorer) = Setup(units: 57, runs: 1_000);
        var outcomes = new[] { 1, 2, 4 }
            .Select(t => MonteCarloDriver.Run(request, scorer, t, null, null, CancellationToken.None))
            .ToArray();

        foreach (var other in outcomes.Skip(1))
        {
            Assert.Equal(outcomes[0].AtLeastA, other.AtLeastA);
            Assert.Equal(outcomes[0].AtLeastB, other.AtLeastB);
            Assert.Equal(
                outcomes[0].Outputs.Select(BitConverter.DoubleToInt64Bits),
                other.Outputs.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(outcomes[0].Failures, other.Failures);
            for (var u = 0; u < 57; u++)
            {
                var a = outcomes[0].Ranks!.Summarise(u);
                var b = other.Ranks!.Summarise(u);
                Assert.Equal(a, b);
            }
        }

        Assert.Contains(outcomes[0].Failures, f => f is not null);
    }

    [Fact]
    public void Histograms_match_ranks_kept_run_by_run()
    {
        var (request, scorer) = Setup(units: 9, runs: 150);
        var outcome = MonteCarloDriver.Run(request, scorer, 2, null, null, CancellationToken.None);

        var direct = new List<int>[9];
        var atLeast30 = new long[9];
        var atLeast15 = new long[9];
        for (var u = 0; u < 9; u++)
        {
            direct[u] = [];
        }

        var one = scorer();
        var scores = new double[9];
        var ranks = new int[9];
        var failed = 0;
        for (var r = 0; r < request.RunCount; r++)
        {
            if (one.Score(request.Sample.AsSpan(r * 3, 3), scores) is not null)
            {
                failed++;
                continue;
            }

            new DescendingRanker(9).Rank(scores, ranks);
            for (var u = 0; u < 9; u++)
            {
                direct[u].Add(ranks[u]);
                atLeast30[u] += scores[u] >= 30 ? 1 : 0;
                atLeast15[u] += scores[u] >= 15 ? 1 : 0;
            }
        }

        Assert.Equal(failed, outcome.Failures.Count(f => f is not null));
        for (var u = 0; u < 9; u++)
        {
            var summary = outcome.Ranks!.Summarise(u);
            var sorted = direct[u].Select(x => (double)x).Order().ToArray();
            Assert.Equal(sorted.Average(), summary.Mean, 12);
            Assert.Equal(SampleQuantile.Type7(sorted, 0.05), summary.Percentile5);
            Assert.Equal(SampleQuantile.Type7(sorted, 0.95), summary.Percentile95);
            Assert.Equal(request.RunCount - failed, summary.Ranked);
        }

        Assert.Equal(atLeast30, outcome.AtLeastA);
        Assert.Equal(atLeast15, outcome.AtLeastB);
        Assert.Contains(atLeast30, c => c > 0);
        Assert.Contains(atLeast15.Zip(atLeast30), p => p.First > p.Second);
        {
        }
    }

    [Fact]
    public void Cancellation_stops_the_runs()
    {
        var (request, scorer) = Setup(units: 30, runs: 5_000);
        using var cancel = new CancellationTokenSource();
        var reports = 0;
        var progress = new SynchronousProgress<UncertaintyProgress>(p =>
        {
            reports++;
            cancel.Cancel();
        });

        Assert.ThrowsAny<OperationCanceledException>(() =>
            MonteCarloDriver.Run(request, scorer, 2, progress, null, cancel.Token));
        // Workers stop at the next block boundary: far fewer than the 20 blocks were reported.
        Assert.InRange(reports, 1, 4);
    }

    [Fact]
    public void Progress_counts_every_run_and_measures_the_rate_with_the_given_time()
    {
        var (request, scorer) = Setup(units: 10, runs: 300);
        var time = new SteppingTimeProvider(TimeSpan.FromMilliseconds(100));
        var seen = new List<UncertaintyProgress>();
        MonteCarloDriver.Run(request, scorer, 1, new SynchronousProgress<UncertaintyProgress>(seen.Add), time, CancellationToken.None);

        Assert.Equal(BlockScheduler.BlockCount(300), seen.Count);
        Assert.Equal(300, seen[^1].RunsDone);
        Assert.Equal(Enumerable.Range(1, seen.Count).Select(i => Math.Min(300, i * BlockScheduler.BlockSize)), seen.Select(p => p.RunsDone));
        // Each reading of the fake clock advances it by 100 ms: the first report is one block in 0.1 s.
        Assert.Equal(BlockScheduler.BlockSize * 10, seen[0].RunsPerSecond, 9);
    }

    [Fact]
    public void Mean_absolute_shift_ignores_units_missing_in_either_ranking()
    {
        Assert.Equal(1.5, MonteCarloDriver.MeanAbsoluteShift([1, 4, 0, 2], [2, 2, 3, 0]));
        Assert.True(double.IsNaN(MonteCarloDriver.MeanAbsoluteShift([0], [1])));
    }
}

/// <summary>An IProgress that reports on the caller's thread, so tests see every report in order.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

/// <summary>A time provider whose timestamp advances by a fixed step on every reading.</summary>
internal sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Add(ref _ticks, step.Ticks) - step.Ticks;
}

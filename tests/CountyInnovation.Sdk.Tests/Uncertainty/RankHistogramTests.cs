using CountyInnovation.Sdk.Uncertainty;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Tests.Uncertainty;

public sealed class RankHistogramTests
{
    /// <summary>The obvious way: keep every rank, sort, and apply the R type 7 formula.</summary>
    private static (double Mean, double Median, double P5, double P95) Reference(IReadOnlyList<int> ranks)
    {
        var sorted = ranks.Where(r => r != 0).Select(r => (double)r).Order().ToArray();
        static double Q(double[] x, double p)
        {
            var h = (x.Length - 1) * p;
            var lo = (int)Math.Floor(h);
            var hi = Math.Min(lo + 1, x.Length - 1);
            return x[lo] + ((h - lo) * (x[hi] - x[lo]));
        }

        return (sorted.Sum() / sorted.Length, Q(sorted, 0.5), Q(sorted, 0.05), Q(sorted, 0.95));
    }

    [Fact]
    public void Known_ranks_give_known_statistics()
    {
        // One unit seen at ranks 1, 2, 2, 3, 5 (and once missing): mean 2.6, median 2,
        // 5th percentile 1 + 0.2·(2 − 1) = 1.2, 95th percentile 3 + 0.8·(5 − 3) = 4.6.
        int[] runs = [1, 2, 2, 3, 5, 0];
        var histogram = new RankHistogram(5, runs.Length);
        var buffer = new RankBuffer(histogram, runs.Length);
        foreach (var rank in runs)
        {
            var column = buffer.NextColumn();
            buffer.Ranks[column] = (ushort)rank;
            buffer.Ranks[buffer.Capacity + column] = 1;
        }

        buffer.Flush();
        var summary = histogram.Summarise(0);

        Assert.Equal(5, summary.Ranked);
        Assert.Equal(1, summary.Missing);
        Assert.Equal(2.6, summary.Mean, 12);
        Assert.Equal(2.0, summary.Median);
        Assert.Equal(1.2, summary.Percentile5, 12);
        Assert.Equal(4.6, summary.Percentile95, 12);
        Assert.Equal(1, summary.Best);
        Assert.Equal(5, summary.Worst);
        Assert.Equal(1.0, histogram.Summarise(1).Percentile95);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Histogram_statistics_equal_the_direct_reference_bit_for_bit()
    {
        var gen =
            from units in Gen.Choose(1, 12)
            from runs in Gen.Choose(1, 70)
            from ranks in Gen.ArrayOf(Gen.Choose(0, units), units * runs)
            from minimumRuns in Gen.Choose(1, 16)
            from wide in Gen.Elements(false, true)
            from firstStripe in Gen.Choose(0, 3)
            select (units, runs, ranks, minimumRuns, wide, firstStripe);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (units, runs, ranks, minimumRuns, wide, firstStripe) = c;

            // Declaring more than 65,535 runs switches to 32-bit counters; the statistics must not change.
            var histogram = new RankHistogram(units, wide ? 70_000 : runs);

            // Through a buffer that adds them several runs at a time, when it is full.
            var buffer = new RankBuffer(histogram, minimumRuns, firstStripe % histogram.Stripes);
            for (var r = 0; r < runs; r++)
            {
                var column = buffer.NextColumn();
                for (var u = 0; u < units; u++)
                {
                    buffer.Ranks[(u * buffer.Capacity) + column] = (ushort)ranks[(r * units) + u];
                }
            }

            buffer.Flush();

            for (var u = 0; u < units; u++)
            {
                var unitRanks = Enumerable.Range(0, runs).Select(r => ranks[(r * units) + u]).ToArray();
                var summary = histogram.Summarise(u);
                if (unitRanks.All(r => r == 0))
                {
                    if (summary.Ranked != 0 || !double.IsNaN(summary.Mean))
                    {
                        return false;
                    }

                    continue;
                }

                var expected = Reference(unitRanks);
                if (!(summary.Mean.Equals(expected.Mean) && summary.Median.Equals(expected.Median)
                      && summary.Percentile5.Equals(expected.P5) && summary.Percentile95.Equals(expected.P95)))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void Counts_beyond_sixteen_bits_are_kept_exactly()
    {
        // 70,000 runs of two units: unit 0 always first, unit 1 first in 3 runs and second otherwise.
        const int runs = 70_000;
        var histogram = new RankHistogram(2, runs);
        Assert.Equal(4L * 2 * 3, RankHistogram.BytesFor(2, runs));
        var buffer = new RankBuffer(histogram, 1000);
        for (var r = 0; r < runs; r++)
        {
            var column = buffer.NextColumn();
            buffer.Ranks[column] = 1;
            buffer.Ranks[buffer.Capacity + column] = (ushort)(r < 3 ? 1 : 2);
        }

        buffer.Flush();
        var first = histogram.Summarise(0);
        var second = histogram.Summarise(1);
        Assert.Equal(runs, first.Ranked);
        Assert.Equal(1.0, first.Mean);
        Assert.Equal(runs, second.Ranked);
        Assert.Equal(2.0 - (3.0 / runs), second.Mean, 15);
        Assert.Equal((1, 2), (second.Best, second.Worst));
    }

    [Fact]
    public void Sixteen_bit_counters_up_to_65535_runs()
    {
        Assert.Equal(2L * 2844 * 2845, RankHistogram.BytesFor(2844, ushort.MaxValue));
        Assert.Equal(4L * 2844 * 2845, RankHistogram.BytesFor(2844, ushort.MaxValue + 1));
    }

    [Fact]
    public void A_buffer_strides_units_an_odd_number_of_cache_lines_apart()
    {
        // 64 bytes hold 32 ranks: a stride of 32 mod 64 ranks keeps units in different cache sets.
        var buffer = new RankBuffer(new RankHistogram(2844, 10_000), 256);
        Assert.True(buffer.Capacity >= 256);
        Assert.Equal(32, buffer.Capacity % 64);
        Assert.True(2L * buffer.Capacity * 2844 <= RankBuffer.TargetBytes + (2L * 64 * 2844));
    }
}

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
        var histogram = new RankHistogram(5);
        int[] runs = [1, 2, 2, 3, 5, 0];
        var block = new int[5 * runs.Length];
        for (var r = 0; r < runs.Length; r++)
        {
            block[r * 5] = runs[r];
            block[(r * 5) + 1] = 1;
        }

        var buffer = new RankBuffer(histogram, runs.Length);
        buffer.Append(block, runs.Length);
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
            from stride in Gen.Choose(1, 16)
            select (units, runs, ranks, stride);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (units, runs, ranks, stride) = c;
            var histogram = new RankHistogram(units);

            // Blocks of `stride` runs through a buffer that adds them several blocks at a time.
            var buffer = new RankBuffer(histogram, stride);
            for (var first = 0; first < runs; first += stride)
            {
                var count = Math.Min(stride, runs - first);
                buffer.Append(ranks.AsSpan(first * units, count * units), count);
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
}

using CountyInnovation.Sdk.Uncertainty;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Tests.Uncertainty;

public sealed class DescendingRankerTests
{
    /// <summary>Rank = 1 + number of strictly better scores (ties "min"); NaN unranked.</summary>
    private static int[] Reference(double[] scores) =>
        scores.Select(s => double.IsNaN(s) ? 0 : 1 + scores.Count(t => !double.IsNaN(t) && t > s)).ToArray();

    [Fact]
    public void Ties_share_the_best_rank_and_missing_stays_missing()
    {
        double[] scores = [50, 80, double.NaN, 80, -0.0, 0.0, 100];
        var ranks = new int[scores.Length];
        new DescendingRanker(scores.Length).Rank(scores, ranks);
        Assert.Equal([4, 2, 0, 2, 5, 5, 1], ranks);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Radix_ranks_equal_the_obvious_count_of_better_scores()
    {
        var value = Gen.OneOf(
            Gen.Choose(-5, 5).Select(i => i * 10.0),
            ArbMap.Default.GeneratorFor<double>(),
            Gen.Constant(double.NaN),
            Gen.Constant(double.NegativeInfinity),
            Gen.Choose(0, 1_000_000).Select(i => i / 7.0));
        return Prop.ForAll(Gen.ArrayOf(value).ToArbitrary(), scores =>
        {
            var ranks = new int[scores.Length];
            new DescendingRanker(scores.Length).Rank(scores, ranks);
            return ranks.SequenceEqual(Reference(scores));
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Ranks_written_into_a_column_of_a_table_equal_the_plain_ranks(PositiveInt strideSeed, NonNegativeInt columnSeed)
    {
        return Prop.ForAll(Gen.ArrayOf(Gen.Choose(-20, 20).Select(i => i == 20 ? double.NaN : i / 2.0)).ToArbitrary(), scores =>
        {
            var stride = 1 + (strideSeed.Get % 40);
            var column = columnSeed.Get % stride;
            var table = new ushort[scores.Length * stride];
            Array.Fill(table, (ushort)9999);
            var ranker = new DescendingRanker(scores.Length);
            ranker.Rank(scores, table, stride, column);
            var expected = Reference(scores);
            for (var i = 0; i < table.Length; i++)
            {
                var inColumn = i % stride == column;
                if (inColumn ? table[i] != expected[i / stride] : table[i] != 9999)
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void A_table_too_small_for_the_column_is_refused()
    {
        var ranker = new DescendingRanker(3);
        Assert.Throws<ArgumentException>(() => ranker.Rank([1.0, 2.0, 3.0], new ushort[6], 3, 0));
        Assert.Throws<ArgumentException>(() => ranker.Rank([1.0, 2.0, 3.0], new ushort[9], 3, 3));
        Assert.Throws<ArgumentException>(() => ranker.Rank([1.0, 2.0], new ushort[9], 3, 0));
    }

    [Fact]
    public void A_ranker_can_be_reused()
    {
        var ranker = new DescendingRanker(3);
        var ranks = new int[3];
        ranker.Rank([1.0, 2.0, 3.0], ranks);
        ranker.Rank([3.0, 2.0, 1.0], ranks);
        Assert.Equal([1, 2, 3], ranks);
    }
}

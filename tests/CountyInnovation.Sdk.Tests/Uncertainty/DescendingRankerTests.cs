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

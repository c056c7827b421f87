using CountyInnovation.Sdk.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Scoring;

public class RankerTests
{
    [Fact]
    public void Ranks_are_descending_with_ties_sharing_the_best_rank_and_missing_staying_missing()
    {
        Assert.Equal([1.0, 2, 2, 4, double.NaN, 5], Ranker.RankDescending([90, 80, 80, 70, double.NaN, -1]));
        Assert.Equal([1.0, 1, 1], Ranker.RankDescending([5, 5, 5]));
        Assert.Empty(Ranker.RankDescending([]));
        Assert.Equal([double.NaN], Ranker.RankDescending([double.NaN]));
    }

    [Fact]
    public void Negative_zero_ties_with_zero()
    {
        Assert.Equal([1.0, 1], Ranker.RankDescending([0.0, -0.0]));
    }

    [Fact]
    public void The_scratch_overload_allocates_nothing_and_checks_sizes()
    {
        double[] scores = [3, 1, 2];
        var ranks = new double[3];
        var scratch = new int[3];
        Ranker.RankDescending(scores, ranks, scratch);
        Assert.Equal([1.0, 3, 2], ranks);
        Assert.Throws<ArgumentException>(() => Ranker.RankDescending(scores, new double[2], scratch));
        Assert.Throws<ArgumentException>(() => Ranker.RankDescending(scores, ranks, new int[2]));
    }

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Rank_equals_one_plus_the_number_of_strictly_better_scores(double[] scores)
    {
        var ranks = Ranker.RankDescending(scores);
        return Prop.ToProperty(scores.Select((s, i) => double.IsNaN(s)
            ? double.IsNaN(ranks[i])
            : ranks[i] == 1 + scores.Count(o => o > s)).All(ok => ok));
    }
}

using CountyInnovation.Sdk.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Evaluation;

public class RankingTests
{
    [Fact]
    public void Ranks_descending_with_min_ties_and_missing_left_unranked()
    {
        var ranks = Ranking.Descending([70, 90, double.NaN, 80, 80, 60]);
        Assert.Equal(new int?[] { 4, 1, null, 2, 2, 5 }, ranks);
    }

    [Fact]
    public void Ranks_unrounded_scores_so_near_ties_are_not_ties()
    {
        var ranks = Ranking.Descending([79.99999999, 80.0, 79.9999999]);
        Assert.Equal(new int?[] { 2, 1, 3 }, ranks);
    }

    [Fact]
    public void All_equal_scores_share_rank_one_and_empty_input_gives_no_ranks()
    {
        Assert.Equal(new int?[] { 1, 1, 1 }, Ranking.Descending([5, 5, 5]));
        Assert.Empty(Ranking.Descending([]));
        Assert.Equal(new int?[] { null, null }, Ranking.Descending([double.NaN, double.NaN]));
    }

    [Fact]
    public void Zero_and_negative_zero_tie()
    {
        Assert.Equal(new int?[] { 1, 1 }, Ranking.Descending([0.0, -0.0]));
    }

    [Property]
    public Property Rank_is_one_plus_the_number_of_strictly_better_scores() =>
        Prop.ForAll(ScoreLists(), scores =>
        {
            var ranks = Ranking.Descending(scores);
            for (var i = 0; i < scores.Length; i++)
            {
                if (double.IsNaN(scores[i]))
                {
                    if (ranks[i] is not null)
                    {
                        return false;
                    }

                    continue;
                }

                var better = scores.Count(s => !double.IsNaN(s) && s > scores[i]);
                if (ranks[i] != better + 1)
                {
                    return false;
                }
            }

            return true;
        });

    [Property]
    public Property Permuting_scores_permutes_ranks() =>
        Prop.ForAll(ScoreLists(), Gen.Choose(0, 1000).ToArbitrary(), (scores, seed) =>
        {
            var order = Enumerable.Range(0, scores.Length).OrderBy(i => (i * 7919 + seed) % 1009).ToArray();
            var shuffled = order.Select(i => scores[i]).ToArray();
            var ranks = Ranking.Descending(scores);
            var shuffledRanks = Ranking.Descending(shuffled);
            return order.Select((source, position) => shuffledRanks[position] == ranks[source]).All(x => x);
        });

    internal static Arbitrary<double[]> ScoreLists() =>
        Gen.Frequency(
                (1, Gen.Constant(double.NaN)),
                (6, Gen.Choose(0, 20).Select(v => v * 5.0)))
            .ArrayOf()
            .ToArbitrary();
}

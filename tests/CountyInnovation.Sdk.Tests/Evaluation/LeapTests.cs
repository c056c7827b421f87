using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Tests.Evaluation;

public class LeapTests
{
    private static EvaluationResult Year(int year, params (string Code, double? Score)[] scores) =>
        EvaluationResult.FromScores(EvaluationYear.Of(year), scores.Select(s => (s.Code, "县" + s.Code, "城", s.Score)));

    [Fact]
    public void Class_changes_score_and_rank_deltas_are_computed_per_county()
    {
        // 2020: a 85 (A, 1), b 70 (B, 2), c 50 (C, 3), d 40 (C, 4)
        // 2021: c 82 (A, 1), a 79 (B, 2), d 61 (B, 3), b 55 (C, 4)
        var earlier = Year(2020, ("a1", 85), ("b1", 70), ("c1", 50), ("d1", 40));
        var later = Year(2021, ("a1", 79), ("b1", 55), ("c1", 82), ("d1", 61));
        var leap = Leap.Between(earlier, later);

        var c = leap.Counties.Single(x => x.Code == "c1");
        Assert.Equal(ClassChange.Up, c.ClassChange);
        Assert.Equal(32, c.ScoreChange!.Value, 12);
        Assert.Equal(2, c.RankGain);
        Assert.Equal(RankChangeBucket.RoseOneToFour, c.RankBucket);

        var b = leap.Counties.Single(x => x.Code == "b1");
        Assert.Equal(ClassChange.Down, b.ClassChange);
        Assert.Equal(-2, b.RankGain);
        Assert.Equal(RankChangeBucket.Declined, b.RankBucket);

        Assert.Equal(["c1", "a1", "d1", "b1"], leap.Counties.Select(x => x.Code));
        Assert.Equal(2, leap.ClassUps.Length);   // c C→A, d C→B
        Assert.Equal(2, leap.ClassDowns.Length); // a A→B, b B→C
        Assert.Equal(1, leap.ClassTransitions.Single(t => t.From == CountyClass.C && t.To == CountyClass.A).Count);
        Assert.Equal(1, leap.ClassTransitions.Single(t => t.From == CountyClass.C && t.To == CountyClass.B).Count);
        Assert.Equal(1, leap.ClassTransitions.Single(t => t.From == CountyClass.A && t.To == CountyClass.B).Count);
        Assert.Equal(1, leap.ClassTransitions.Single(t => t.From == CountyClass.B && t.To == CountyClass.C).Count);
        Assert.Equal(0, leap.ClassTransitions.Single(t => t.From == CountyClass.B && t.To == CountyClass.A).Count);
        Assert.Equal(2, leap.RoseInRank);
        Assert.Equal(2, leap.CountIn(RankChangeBucket.Declined));
    }

    [Theory]
    [InlineData(15, RankChangeBucket.RoseTenOrMore)]
    [InlineData(10, RankChangeBucket.RoseTenOrMore)]
    [InlineData(9, RankChangeBucket.RoseFiveToNine)]
    [InlineData(5, RankChangeBucket.RoseFiveToNine)]
    [InlineData(4, RankChangeBucket.RoseOneToFour)]
    [InlineData(1, RankChangeBucket.RoseOneToFour)]
    [InlineData(0, RankChangeBucket.Unchanged)]
    [InlineData(-1, RankChangeBucket.Declined)]
    public void Rank_gains_fall_in_the_published_buckets(int gain, RankChangeBucket bucket)
    {
        // 20 counties scored 100, 99, …; the mover goes from rank 16 to rank 16 − gain.
        var codes = Enumerable.Range(0, 20).Select(i => $"c{i:D2}").ToArray();
        var before = codes.Select((c, i) => (c, (double?)(100 - i))).ToArray();
        const int from = 15;
        var to = from - gain;
        var after = codes.Select((c, i) => (c, (double?)(i == from ? 100 - to + (gain >= 0 ? 0.5 : -0.5) : 100 - i))).ToArray();
        var leap = Leap.Between(Year(2020, before), Year(2021, after));
        var mover = leap.Counties.Single(x => x.Code == codes[from]);
        Assert.Equal(gain, mover.RankGain);
        Assert.Equal(bucket, mover.RankBucket);
    }

    [Fact]
    public void Units_in_one_evaluation_only_are_reported_as_entered_or_left()
    {
        var earlier = Year(2020, ("old", 50), ("kept", 60));
        var later = Year(2021, ("kept", 65), ("new", 90));
        var leap = Leap.Between(earlier, later);
        Assert.Equal(3, leap.Counties.Length);
        Assert.Equal("new", Assert.Single(leap.Entered).Code);
        Assert.Equal("old", Assert.Single(leap.Left).Code);
        Assert.Equal(LeapPresence.Entered, leap.Entered[0].Presence);
        Assert.Null(leap.Entered[0].RankGain);
        Assert.Null(leap.Left[0].ClassChange);
        Assert.Equal(["kept", "new", "old"], leap.Counties.Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unscored_county_in_both_years_has_no_deltas_but_is_kept()
    {
        var leap = Leap.Between(Year(2020, ("x", null), ("y", 70)), Year(2021, ("x", 50), ("y", 71)));
        var x = leap.Counties.Single(c => c.Code == "x");
        Assert.Equal(LeapPresence.Both, x.Presence);
        Assert.Null(x.ScoreChange);
        Assert.Null(x.RankBucket);
        Assert.Null(x.ClassChange);
    }

    [Fact]
    public void Best_ever_rank_uses_the_whole_history()
    {
        var y2019 = Year(2019, ("p", 90), ("q", 80), ("r", 70));  // p1 q2 r3
        var y2020 = Year(2020, ("p", 60), ("q", 70), ("r", 80));  // r1 q2 p3
        var y2021 = Year(2021, ("p", 75), ("q", 90), ("r", 70));  // q1 p2 r3
        var withHistory = Leap.Between(y2020, y2021, [y2019]);
        // p rose from 3 to 2 but was 1 in 2019: not above its best. q rose from 2 to 1 (best was 2): above.
        var p = withHistory.Counties.Single(c => c.Code == "p");
        Assert.Equal(1, p.BestRankBefore);
        Assert.False(p.RoseAboveBestEver);
        var q = withHistory.Counties.Single(c => c.Code == "q");
        Assert.True(q.RoseAboveBestEver);
        Assert.Equal("q", Assert.Single(withHistory.RoseAboveBestEver).Code);

        // Without the 2019 history p looks like it beat its best.
        Assert.True(Leap.Between(y2020, y2021).Counties.Single(c => c.Code == "p").RoseAboveBestEver);
    }

    [Fact]
    public void Years_must_be_in_order_and_history_must_precede_the_later_evaluation()
    {
        var a = Year(2020, ("x", 1));
        var b = Year(2021, ("x", 2));
        Assert.Throws<ArgumentException>(() => Leap.Between(b, a));
        Assert.Throws<ArgumentException>(() => Leap.Between(a, a));
        Assert.Throws<ArgumentException>(() => Leap.Between(a, b, [b]));
    }

    [Fact]
    public void Biggest_rank_gains_are_rises_only_largest_first()
    {
        var earlier = Year(2020, ("a", 90), ("b", 80), ("c", 70), ("d", 60));
        var later = Year(2021, ("a", 50), ("b", 80), ("c", 85), ("d", 95));
        var gains = Leap.Between(earlier, later).BiggestRankGains(10);
        Assert.Equal(["d", "c"], gains.Select(g => g.Code));
        Assert.Equal(3, gains[0].RankGain);
    }
}

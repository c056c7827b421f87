using CountyInnovation.Sdk.Evaluation;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Tests.Evaluation;

public class EvaluationResultTests
{
    private static readonly (string, string, string, double?)[] Lines =
    [
        ("130102", "长安区", "石家庄市", 85.5),
        ("130104", "桥西区", "石家庄市", 62),
        ("130602", "竞秀区", "保定市", 80),
        ("130638", "雄县", "雄安新区", 59.9),
        ("130629", "容城县", "雄安新区", null),
        ("130632", "安新县", "雄安新区", 80),
    ];

    [Fact]
    public void Ranks_classes_counts_and_average_follow_the_rules()
    {
        var result = EvaluationResult.FromScores(EvaluationYear.Of(2021), Lines);
        Assert.Equal(2020, result.DataYear);
        Assert.Equal(ClassCounts.Of(3, 1, 1, 1), result.Classes);
        Assert.Equal((85.5 + 62 + 80 + 59.9 + 80) / 5, result.AverageScore!.Value, 12);
        Assert.Equal(["130102", "130602", "130632"], result.ClassA.Select(c => c.Code));
        Assert.Equal(2, result.Find("130602")!.Rank);
        Assert.Equal(2, result.Find("130632")!.Rank);
        Assert.Equal(4, result.Find("130104")!.Rank);
        Assert.Null(result.Find("130629")!.Rank);
        Assert.Null(result.Find("130629")!.Class);
        Assert.Equal("130629", result.Ranked[^1].Code);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Ranked_is_by_rank_then_code_with_the_unscored_last()
    {
        // Few distinct scores: many ties, which the ranking breaks by code.
        var gen =
            from count in Gen.Choose(1, 60)
            from scores in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 6).Select(i => (double?)(i * 15)), Gen.Constant((double?)null)), count)
            from order in Gen.Shuffle(Enumerable.Range(0, count))
            select (scores, order);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var lines = c.order.Select(i => (FormattableString.Invariant($"13{i:D4}"), "县", "市", c.scores[i])).ToArray();
            var result = EvaluationResult.FromScores(EvaluationYear.Of(2021), lines);
            var expected = result.Counties.OrderBy(x => x.Rank ?? int.MaxValue).ThenBy(x => x.Code, StringComparer.Ordinal).Select(x => x.Code);
            return result.Ranked.Select(x => x.Code).SequenceEqual(expected);
        });
    }

    [Fact]
    public void City_summaries_average_scored_counties_and_count_every_county()
    {
        var result = EvaluationResult.FromScores(EvaluationYear.Of(2021), Lines);
        Assert.Equal(["石家庄市", "保定市", "雄安新区"], result.Cities.Select(c => c.City));
        var xiongan = result.Cities.Single(c => c.City == "雄安新区");
        Assert.Equal(3, xiongan.CountyCount);
        Assert.Equal(2, xiongan.ScoredCount);
        Assert.Equal((59.9 + 80) / 2, xiongan.AverageScore!.Value, 12);
        Assert.Equal(ClassCounts.Of(1, 0, 1, 1), xiongan.Classes);
        var sjz = result.Cities.Single(c => c.City == "石家庄市");
        Assert.Equal((85.5 + 62) / 2, sjz.AverageScore!.Value, 12);
    }

    [Fact]
    public void A_city_with_no_scored_county_has_no_average()
    {
        var summary = CitySummary.Of("X", [CountyEvaluation.Of("1", "a", "X", null, null, null)]);
        Assert.Null(summary.AverageScore);
        Assert.Equal(0, summary.ScoredCount);
        Assert.Throws<ArgumentException>(() => CitySummary.Of("X", []));
        Assert.Throws<ArgumentException>(() => CitySummary.Of("X", [CountyEvaluation.Of("1", "a", "Y", null, null, null)]));
    }

    [Fact]
    public void Duplicate_codes_and_inconsistent_lines_are_refused()
    {
        Assert.Throws<ArgumentException>(() => EvaluationResult.FromScores(EvaluationYear.Of(2021), [("1", "a", "X", 1.0), ("1", "b", "X", 2.0)]));
        Assert.Throws<ArgumentException>(() => CountyEvaluation.Of("1", "a", "X", 50, null, CountyClass.C));
        Assert.Throws<ArgumentOutOfRangeException>(() => CountyEvaluation.Of("1", "a", "X", double.NaN, 1, CountyClass.C));
    }

    [Fact]
    public void Equal_inputs_give_equal_results()
    {
        var a = EvaluationResult.FromScores(EvaluationYear.Of(2021), Lines);
        var b = EvaluationResult.FromScores(EvaluationYear.Of(2021), Lines);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, EvaluationResult.FromScores(EvaluationYear.Of(2022), Lines));
    }
}

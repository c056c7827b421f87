using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Indicators;

public class IndicatorFrameworkValidationTests
{
    private static IndicatorCode C(string code) => IndicatorCode.Parse(code);

    private static IndicatorGroup G(string code, string? parent, double weight = 1) =>
        parent is null ? IndicatorGroup.Root(C(code), "指数", "Index") : IndicatorGroup.Create(C(code), C(parent), "组" + code, "Group " + code, weight);

    private static Indicator I(string code, string parent, double weight = 1) =>
        Indicator.Create(C(code), C(parent), "指标" + code, "Indicator " + code, "%", IndicatorDirection.MoreIsBetter, weight);

    [Fact]
    public void A_valid_tree_orders_siblings_as_given_and_computes_levels_and_paths()
    {
        var framework = IndicatorFramework.Create([G("idx", null), G("b", "idx", 3), G("a", "idx", 1)], [I("a1", "a"), I("b2", "b", 1), I("b1", "b", 3)]);
        Assert.Equal(["idx", "b", "a"], framework.Groups.Select(g => g.Code.Value));
        Assert.Equal(["b2", "b1", "a1"], framework.Indicators.Select(i => i.Code.Value));
        Assert.Equal(2, framework.LevelOf(C("a1")));
        Assert.Equal(["idx", "b", "b1"], framework.PathOf(C("b1")).Select(c => c.Value));
        Assert.Equal(0.75 * 0.75, framework.EffectiveWeightOf(C("b1")), 15);
        Assert.Equal(0.25, framework.EffectiveWeightOf(C("a1")), 15);
    }

    [Fact]
    public void Duplicate_codes_are_reported()
    {
        var ex = Assert.Throws<InvalidInputException>(() => IndicatorFramework.Create([G("idx", null), G("a", "idx")], [I("x", "a"), I("x", "a")], "test"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("x", problem.Indicator);
        Assert.Contains("more than one node", problem.Message, StringComparison.Ordinal);
        Assert.Equal("test", problem.Location.Source);
    }

    [Fact]
    public void Unknown_parents_are_reported_as_orphans()
    {
        var ex = Assert.Throws<InvalidInputException>(() => IndicatorFramework.Create([G("idx", null), G("a", "idx")], [I("x", "a"), I("y", "nowhere")]));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("y", problem.Indicator);
        Assert.Contains("'nowhere'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("orphan", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycles_are_reported_with_their_path()
    {
        var ex = Assert.Throws<InvalidInputException>(() => IndicatorFramework.Create([G("idx", null), G("a", "idx"), G("p", "q"), G("q", "p")], [I("x", "a"), I("y", "p")]));
        var problem = Assert.Single(ex.Problems);
        Assert.Contains("cycle", problem.Message, StringComparison.Ordinal);
        Assert.Matches("(p → q → p|q → p → q)", problem.Message);
    }

    [Fact]
    public void An_indicator_used_as_a_parent_is_reported()
    {
        var ex = Assert.Throws<InvalidInputException>(() => IndicatorFramework.Create([G("idx", null), G("a", "idx")], [I("x", "a"), I("y", "x")]));
        Assert.Contains("only groups can have children", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_extra_roots_are_reported()
    {
        var none = Assert.Throws<InvalidInputException>(() => IndicatorFramework.Create([G("a", "idx2")], [I("x", "a")]));
        Assert.Contains(none.Problems, p => p.Message.Contains("no root", StringComparison.Ordinal));
        var two = Assert.Throws<InvalidInputException>(() => IndicatorFramework.Create([G("idx", null), G("other", null)], [I("x", "idx"), I("y", "other")]));
        Assert.Equal("other", Assert.Single(two.Problems).Indicator);
    }

    [Fact]
    public void Groups_without_leaves_are_reported()
    {
        var ex = Assert.Throws<InvalidInputException>(() => IndicatorFramework.Create([G("idx", null), G("a", "idx"), G("empty", "idx"), G("deeper", "empty")], [I("x", "a")]));
        Assert.Equal(["empty", "deeper"], ex.Problems.Select(p => p.Indicator));
        Assert.All(ex.Problems, p => Assert.Contains("no indicators below it", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void All_problems_are_collected_at_once()
    {
        var ex = Assert.Throws<InvalidInputException>(() => IndicatorFramework.Create([G("idx", null), G("a", "idx")], [I("x", "a"), I("x", "a"), I("y", "ghost"), I("z", "x")]));
        Assert.Equal(3, ex.Problems.Length);
    }

    [Fact]
    public void A_formula_reading_a_group_is_reported()
    {
        var derived = Indicator.Create(C("d"), C("a"), "派生", "Derived", "%", IndicatorDirection.MoreIsBetter, 1, formula: IndicatorFormula.Ratio(C("x"), C("a"), 100));
        var ex = Assert.Throws<InvalidInputException>(() => IndicatorFramework.Create([G("idx", null), G("a", "idx")], [I("x", "a"), derived]));
        Assert.Contains("reads the group 'a'", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formulas_reading_each_other_in_a_circle_are_reported()
    {
        Indicator Derived(string code, IndicatorFormula formula) => Indicator.Create(C(code), C("a"), "派生", "Derived", "%", IndicatorDirection.MoreIsBetter, 1, formula: formula);
        var ex = Assert.Throws<InvalidInputException>(() => IndicatorFramework.Create(
            [G("idx", null), G("a", "idx")],
            [Derived("p", IndicatorFormula.Ratio(C("q"), C("raw"), 100)), Derived("q", IndicatorFormula.GrowthRate(C("p"))), Derived("r", IndicatorFormula.GrowthRate(C("p")))]));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("p", problem.Indicator);
        Assert.Contains("p → q → p", problem.Message, StringComparison.Ordinal);

        // A chain is fine: r reads q, which reads raw statistics.
        var chain = IndicatorFramework.Create(
            [G("idx", null), G("a", "idx")],
            [Derived("q", IndicatorFormula.Ratio(C("raw1"), C("raw2"), 100)), Derived("r", IndicatorFormula.GrowthRate(C("q")))]);
        Assert.Equal([C("raw1"), C("raw2")], chain.RawStatistics.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_positive_or_non_finite_weights_are_refused(double weight)
    {
        var ex = Assert.Throws<ArgumentException>(() => I("x", "a", weight));
        Assert.Contains("weight", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => G("a", "idx", weight));
    }

    [Fact]
    public void A_qualitative_indicator_needs_goalposts_and_no_formula()
    {
        Assert.Throws<ArgumentException>(() => Indicator.Create(C("q"), C("m"), "定性", "Qualitative", "分", IndicatorDirection.MoreIsBetter, 5, IndicatorKind.Qualitative));
        Assert.Throws<ArgumentException>(() => Indicator.Create(C("q"), C("m"), "定性", "Qualitative", "分", IndicatorDirection.MoreIsBetter, 5, IndicatorKind.Qualitative, Goalposts.Of(0, 100), formula: IndicatorFormula.GrowthRate(C("x"))));
    }

    [Fact]
    public void A_formula_reading_its_own_indicator_is_refused() =>
        Assert.Throws<ArgumentException>(() => Indicator.Create(C("g"), C("m"), "增长", "Growth", "%", IndicatorDirection.MoreIsBetter, 1, formula: IndicatorFormula.GrowthRate(C("g"))));
}

using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Indicators;

public class HebeiFrameworkTests
{
    private static readonly IndicatorFramework Framework = HebeiFramework.Default;

    [Fact]
    public void Has_the_five_published_first_level_indicators_in_order()
    {
        Assert.Equal(["创新投入", "创新主体", "创新条件", "创新产出", "创新管理"], Framework.FirstLevel.Select(g => g.NameZh));
        Assert.All(Framework.FirstLevel, g => Assert.Equal(IndicatorProvenance.Official, g.Provenance));
        Assert.Equal(2, Framework.Depth);
    }

    [Fact]
    public void Has_14_quantitative_indicators_worth_85_points_and_3_qualitative_worth_15()
    {
        var quantitative = Framework.Indicators.Where(i => i.Kind == IndicatorKind.Quantitative).ToList();
        var qualitative = Framework.Indicators.Where(i => i.Kind == IndicatorKind.Qualitative).ToList();
        Assert.Equal(17, Framework.Indicators.Length);
        Assert.Equal(14, quantitative.Count);
        Assert.Equal(3, qualitative.Count);
        Assert.Equal(85, quantitative.Sum(i => i.Weight), 12);
        Assert.Equal(15, qualitative.Sum(i => i.Weight), 12);
        Assert.All(qualitative, i => Assert.Equal(IndicatorCode.Parse("management"), i.ParentCode));
    }

    [Fact]
    public void Effective_weights_are_the_points_out_of_100()
    {
        Assert.Equal(1.0, Framework.EffectiveWeights.Sum(), 12);
        for (var i = 0; i < Framework.Indicators.Length; i++)
        {
            Assert.Equal(Framework.Indicators[i].Weight / 100, Framework.EffectiveWeights[i], 12);
        }
    }

    [Fact]
    public void First_level_weights_are_the_sums_of_their_indicators_points()
    {
        foreach (var group in Framework.FirstLevel)
        {
            Assert.Equal(group.Weight, Framework.IndicatorsUnder(group.Code).Sum(i => i.Weight), 12);
        }
    }

    [Fact]
    public void The_published_named_indicators_are_marked_official()
    {
        var official = Framework.Indicators.Where(i => i.Provenance == IndicatorProvenance.Official).Select(i => i.NameZh).ToHashSet();
        Assert.Equal(
            new HashSet<string> { "地方财政科技支出", "地方财政科技支出占公共财政支出的比重", "规上工业企业R&D经费支出占主营业务收入的比重", "高新技术企业数量", "科技管理创新" },
            official);
        Assert.All(Framework.Indicators.Where(i => i.Kind == IndicatorKind.Quantitative), i => Assert.Equal(IndicatorProvenance.SdkAssumption, i.WeightProvenance));
    }

    [Fact]
    public void National_standard_values_are_the_goalposts_of_their_indicators()
    {
        Assert.Equal(Goalposts.Of(0, 2.5), Framework.GetIndicator(IndicatorCode.Parse("rd_intensity")).Goalposts);
        Assert.Equal(Goalposts.Of(0, 5), Framework.GetIndicator(IndicatorCode.Parse("fiscal_st_share")).Goalposts);
        Assert.Equal(Goalposts.Of(0, 8), Framework.GetIndicator(IndicatorCode.Parse("invention_patents_per_10k")).Goalposts);
    }

    [Fact]
    public void Derived_indicators_record_their_formula_and_the_raw_statistics_are_listed()
    {
        var share = Framework.GetIndicator(IndicatorCode.Parse("fiscal_st_share"));
        Assert.Equal("fiscal_st_exp / budget_exp × 100", share.Formula!.Describe());
        Assert.Contains(IndicatorCode.Parse("budget_exp"), Framework.RawStatistics);
        Assert.DoesNotContain(IndicatorCode.Parse("fiscal_st_exp"), Framework.RawStatistics);
        Assert.True(Framework.IsKnownColumn(IndicatorCode.Parse("population")));
        Assert.False(Framework.IsKnownColumn(IndicatorCode.Parse("input")));
    }

    [Fact]
    public void Every_indicator_has_goalposts_so_the_default_goalpost_normalisation_applies()
    {
        Assert.All(Framework.Indicators, i => Assert.NotNull(i.Goalposts));
    }
}

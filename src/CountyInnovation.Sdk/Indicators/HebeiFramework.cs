using System.Collections.Immutable;
using static CountyInnovation.Sdk.Indicators.IndicatorProvenance;

namespace CountyInnovation.Sdk.Indicators;

/// <summary>
/// The SDK's default framework for Hebei's annual county S&amp;T innovation capacity monitoring
/// evaluation (县域科技创新能力监测评价, measure 1 of the 2020 measures). What is published: the five
/// first-level indicators 创新投入, 创新主体, 创新条件, 创新产出, 创新管理; 17 indicators, 14 quantitative
/// worth 85 points and 3 qualitative (under 创新管理) worth 15; five of them by name (地方财政科技支出,
/// its share of public expenditure, the R&amp;D/revenue ratio of industrial enterprises above designated
/// size, the number of high-tech enterprises, 科技管理创新). Everything else — the other twelve
/// indicators, all weights below the 85/15 split, the goalposts — is the SDK's documented assumption,
/// marked <see cref="IndicatorProvenance.SdkAssumption"/> (or <see cref="IndicatorProvenance.NationalStandard"/>
/// where a national standard definition or value is used). docs/hebei-framework.md lists them.
/// Each indicator's weight is its points out of 100; a first-level indicator's weight is the sum of its points.
/// </summary>
public static class HebeiFramework
{
    private static readonly Lazy<IndicatorFramework> Lazy = new(Build);

    /// <summary>The code of the index (the root).</summary>
    public static IndicatorCode IndexCode { get; } = IndicatorCode.Parse("hebei_county_sti");

    /// <summary>The default framework (built once; immutable).</summary>
    public static IndicatorFramework Default => Lazy.Value;

    /// <summary>Points of the 14 quantitative indicators together (published).</summary>
    public const double QuantitativePoints = 85;

    /// <summary>Points of the 3 qualitative indicators together (published).</summary>
    public const double QualitativePoints = 15;

    private static IndicatorFramework Build()
    {
        static IndicatorCode C(string code) => IndicatorCode.Parse(code);
        const string Split = "The 85/15 split of quantitative and qualitative points is published; the split within it is the SDK's assumption.";

        var groups = ImmutableArray.Create(
            IndicatorGroup.Root(IndexCode, "县域科技创新能力综合指数", "County S&T innovation capacity index", Official, "Hebei's annual county S&T innovation capacity monitoring evaluation, 100 points."),
            IndicatorGroup.Create(C("input"), IndexCode, "创新投入", "Innovation input", 25, Official, SdkAssumption, Split),
            IndicatorGroup.Create(C("actors"), IndexCode, "创新主体", "Innovation actors", 20, Official, SdkAssumption, Split),
            IndicatorGroup.Create(C("conditions"), IndexCode, "创新条件", "Innovation conditions", 15, Official, SdkAssumption, Split),
            IndicatorGroup.Create(C("output"), IndexCode, "创新产出", "Innovation output", 25, Official, SdkAssumption, Split),
            IndicatorGroup.Create(C("management"), IndexCode, "创新管理", "Innovation management", 15, Official, Official, "The 3 qualitative indicators, 15 points together (published)."));

        const IndicatorDirection More = IndicatorDirection.MoreIsBetter;
        var quality = Goalposts.Of(0, 100);
        var indicators = ImmutableArray.Create(
            // 创新投入 (25)
            Indicator.Create(C("fiscal_st_exp"), C("input"), "地方财政科技支出", "Local fiscal S&T expenditure", "万元", More, 6,
                goalposts: Goalposts.Of(0, 15000), standardValue: 15000, provenance: Official,
                note: "Named in the published framework. Goalpost 15,000 万元 is an assumption (a strong county's annual spending)."),
            Indicator.Create(C("fiscal_st_share"), C("input"), "地方财政科技支出占公共财政支出的比重", "Fiscal S&T expenditure as a share of general public budget expenditure", "%", More, 7,
                goalposts: Goalposts.Of(0, 5), standardValue: 5, formula: IndicatorFormula.Ratio(C("fiscal_st_exp"), C("budget_exp"), 100), provenance: Official,
                note: "Named in the published framework; goalpost 5 % is the national monitoring standard value. Measure 22: the share must rise every year."),
            Indicator.Create(C("ent_rd_revenue_ratio"), C("input"), "规上工业企业R&D经费支出占主营业务收入的比重", "R&D expenditure of industrial enterprises above designated size / their main business revenue", "%", More, 6,
                goalposts: Goalposts.Of(0, 1.5), standardValue: 1.5, formula: IndicatorFormula.Ratio(C("ent_rd_exp"), C("ent_main_revenue"), 100), provenance: Official,
                note: "Named in the published framework. Goalpost 1.5 % is an assumption (about the national average for industrial enterprises above designated size)."),
            Indicator.Create(C("rd_intensity"), C("input"), "R&D经费投入强度", "R&D intensity (R&D expenditure / GDP)", "%", More, 6,
                goalposts: Goalposts.Of(0, 2.5), standardValue: 2.5, formula: IndicatorFormula.Ratio(C("rd_exp"), C("gdp"), 100), provenance: NationalStandard,
                note: "National standard definition; goalpost 2.5 % is the national monitoring standard value."),

            // 创新主体 (20)
            Indicator.Create(C("hitech_enterprises"), C("actors"), "高新技术企业数量", "Number of high-tech enterprises", "个", More, 8,
                goalposts: Goalposts.Of(0, 100), standardValue: 100, provenance: Official,
                note: "Named in the published framework; count at year end. Goalpost 100 is an assumption."),
            Indicator.Create(C("tech_smes"), C("actors"), "科技型中小企业数量", "Number of technology-based SMEs", "个", More, 6,
                goalposts: Goalposts.Of(0, 300), standardValue: 300, provenance: NationalStandard,
                note: "National standard count at year end; goalpost 300 is an assumption."),
            Indicator.Create(C("hitech_enterprise_growth"), C("actors"), "高新技术企业数量增长率", "Growth of the number of high-tech enterprises", "%", More, 6,
                goalposts: Goalposts.Of(0, 30), standardValue: 30, formula: IndicatorFormula.GrowthRate(C("hitech_enterprises")), provenance: SdkAssumption,
                note: "Assumption, after measure 7 (doubling the number of high-tech enterprises). A decline scores 0 at the lower goalpost."),

            // 创新条件 (15)
            Indicator.Create(C("innovation_platforms"), C("conditions"), "省级以上创新平台数量", "Innovation platforms at provincial level or above", "个", More, 5,
                goalposts: Goalposts.Of(0, 20), standardValue: 20, provenance: SdkAssumption,
                note: "Assumption: key laboratories, technology innovation centres and engineering research centres recognised at provincial level or above."),
            Indicator.Create(C("incubators"), C("conditions"), "科技企业孵化器和众创空间数量", "Technology business incubators and maker spaces", "个", More, 5,
                goalposts: Goalposts.Of(0, 10), standardValue: 10, provenance: SdkAssumption,
                note: "Assumption, after measures on incubation carriers."),
            Indicator.Create(C("rd_personnel_per_10k"), C("conditions"), "每万名就业人员中R&D人员全时当量", "R&D personnel (full-time equivalent) per 10,000 employed people", "人年/万人", More, 5,
                goalposts: Goalposts.Of(0, 40), standardValue: 40, formula: IndicatorFormula.Ratio(C("rd_personnel_fte"), C("employed"), 10000), provenance: NationalStandard,
                note: "National standard definition; goalpost 40 is an assumption."),

            // 创新产出 (25)
            Indicator.Create(C("invention_patents_per_10k"), C("output"), "每万人发明专利拥有量", "Valid invention patents per 10,000 people", "件/万人", More, 7,
                goalposts: Goalposts.Of(0, 8), standardValue: 8, formula: IndicatorFormula.Ratio(C("invention_patents"), C("population"), 10000), provenance: NationalStandard,
                note: "National standard definition (resident population); goalpost 8 is the national monitoring standard value (stated per 10,000 employed people)."),
            Indicator.Create(C("hitech_industry_share"), C("output"), "高新技术产业增加值占规上工业增加值比重", "High-tech industry value added / value added of industry above designated size", "%", More, 6,
                goalposts: Goalposts.Of(0, 30), standardValue: 30, formula: IndicatorFormula.Ratio(C("hitech_value_added"), C("industry_value_added"), 100), provenance: NationalStandard,
                note: "National standard definition; goalpost 30 % is an assumption."),
            Indicator.Create(C("tech_contract_turnover"), C("output"), "技术合同成交额", "Technology contract turnover", "万元", More, 6,
                goalposts: Goalposts.Of(0, 30000), standardValue: 30000, provenance: NationalStandard,
                note: "National standard definition (sum of registered contract values); goalpost 30,000 万元 is an assumption."),
            Indicator.Create(C("new_product_share"), C("output"), "规上工业企业新产品销售收入占主营业务收入比重", "New-product sales / main business revenue of industrial enterprises above designated size", "%", More, 6,
                goalposts: Goalposts.Of(0, 20), standardValue: 20, formula: IndicatorFormula.Ratio(C("new_product_sales"), C("ent_main_revenue"), 100), provenance: SdkAssumption,
                note: "Assumption (a common output indicator of regional innovation monitoring); goalpost 20 % is an assumption."),

            // 创新管理 (15): qualitative, scored 0–100 by assessors
            Indicator.Create(C("st_management_innovation"), C("management"), "科技管理创新", "Innovation in S&T management", "分", More, 5, IndicatorKind.Qualitative,
                goalposts: quality, provenance: Official, note: "Named in the published framework (qualitative). Scored 0–100 by assessors (assumed scale); 5 points assumed."),
            Indicator.Create(C("st_policy_implementation"), C("management"), "科技政策落实", "Implementation of S&T policies", "分", More, 5, IndicatorKind.Qualitative,
                goalposts: quality, provenance: SdkAssumption, note: "Assumption (qualitative): implementation of the 28 measures and related policies. Scored 0–100; 5 points assumed."),
            Indicator.Create(C("st_work_organisation"), C("management"), "科技工作组织推动", "Organisation and supervision of S&T work", "分", More, 5, IndicatorKind.Qualitative,
                goalposts: quality, provenance: SdkAssumption, note: "Assumption (qualitative), after measure 3 (supervision of county governments' S&T work). Scored 0–100; 5 points assumed."));

        return IndicatorFramework.Create(groups, indicators, "HebeiFramework.Default");
    }
}

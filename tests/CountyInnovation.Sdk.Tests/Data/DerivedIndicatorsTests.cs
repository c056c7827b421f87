using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Data;

public class DerivedIndicatorsTests
{
    private static readonly CountyCode A = CountyCode.Parse("130102");
    private static readonly CountyCode B = CountyCode.Parse("130104");

    private static IndicatorCode C(string code) => IndicatorCode.Parse(code);

    private static IndicatorFramework Framework(params Indicator[] indicators) =>
        IndicatorFramework.Create([IndicatorGroup.Root(C("idx"), "指数", "Index")], indicators);

    private static Indicator Derived(string code, IndicatorFormula formula) =>
        Indicator.Create(C(code), C("idx"), code, code, "%", IndicatorDirection.MoreIsBetter, 1, formula: formula);

    private static Panel Data(string csv) => PanelCsvReader.ReadWide(new StringReader(csv), "raw.csv");

    [Fact]
    public void Fiscal_st_share_is_fiscal_st_expenditure_over_budget_expenditure_times_100()
    {
        var hebei = HebeiFramework.Default.GetIndicator(C("fiscal_st_share"));
        var result = DerivedIndicators.Derive(
            Data("county_code,year,fiscal_st_exp,budget_exp\n130102,2021,3000,200000\n130104,2021,1250,50000\n"),
            Framework(Derived("fiscal_st_share", hebei.Formula!)));
        Assert.Equal(1.5, result.Panel.Value(A, C("fiscal_st_share"), 2021), 12);
        Assert.Equal(2.5, result.Panel.Value(B, C("fiscal_st_share"), 2021), 12);
        Assert.Empty(result.Notes);
        Assert.Empty(result.Panel.MissingCells);
    }

    [Fact]
    public void Invention_patents_per_10k_people_and_growth_rates_follow_their_formulas()
    {
        var framework = Framework(
            Derived("patents_per_10k", IndicatorFormula.Ratio(C("patents"), C("population"), 10000)),
            Derived("patent_growth", IndicatorFormula.GrowthRate(C("patents"))));
        var result = DerivedIndicators.Derive(Data("county_code,year,patents,population\n130102,2020,200,500000\n130102,2021,250,400000\n"), framework);
        Assert.Equal(4, result.Panel.Value(A, C("patents_per_10k"), 2020), 12);
        Assert.Equal(6.25, result.Panel.Value(A, C("patents_per_10k"), 2021), 12);
        Assert.Equal(25, result.Panel.Value(A, C("patent_growth"), 2021), 12);
        Assert.True(double.IsNaN(result.Panel.Value(A, C("patent_growth"), 2020)));
        var note = Assert.Single(result.Notes);
        Assert.Contains("no data for 2019", note.Message, StringComparison.Ordinal);
        Assert.Equal([C("patents_per_10k"), C("patent_growth")], result.Derived.ToArray());
    }

    [Fact]
    public void Division_by_zero_and_missing_inputs_give_missing_values_with_notes_never_zero()
    {
        var framework = Framework(Derived("share", IndicatorFormula.Ratio(C("part"), C("whole"), 100)));
        var result = DerivedIndicators.Derive(Data("county_code,year,part,whole\n130102,2021,5,0\n130104,2021,,10\n"), framework);
        Assert.True(double.IsNaN(result.Panel.Value(A, C("share"), 2021)));
        Assert.True(double.IsNaN(result.Panel.Value(B, C("share"), 2021)));
        Assert.Collection(
            result.Notes,
            n => { Assert.Equal("130102", n.County); Assert.Contains("division by zero", n.Message, StringComparison.Ordinal); },
            n => { Assert.Equal("130104", n.County); Assert.Contains("part is missing", n.Message, StringComparison.Ordinal); });
        Assert.Contains(result.Panel.MissingCells, m => m.County == A && m.Indicator == C("share"));
        Assert.Equal("share", result.Notes[0].Indicator);
    }

    [Fact]
    public void A_missing_denominator_a_missing_base_and_an_absent_previous_year_are_each_explained()
    {
        var framework = Framework(
            Derived("share", IndicatorFormula.Ratio(C("part"), C("whole"), 100)),
            Derived("growth", IndicatorFormula.GrowthRate(C("part"))));
        // 130102: whole missing in 2020, part missing in 2020 → 2021 growth has no base.
        // 130104: no row in 2020 → 2021 growth has no previous year although 2020 is in the panel.
        var result = DerivedIndicators.Derive(Data("county_code,year,part,whole\n130102,2020,,10\n130102,2021,5,\n130104,2021,3,6\n"), framework);
        Assert.Equal(50, result.Panel.Value(B, C("share"), 2021), 12);
        Assert.Equal(
            [
                "130102 growth 2020: part is missing",
                "130102 growth 2021: part of the year before is missing",
                "130102 share 2020: part is missing",
                "130102 share 2021: whole is missing",
                "130104 growth 2021: there is no data for 2020 to grow from",
            ],
            result.Notes.Select(n => $"{n.County} {n.Indicator} {n.Message[(n.Message.IndexOf(" in ", StringComparison.Ordinal) + 4)..^1]}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Growth_needs_the_previous_calendar_year_and_a_non_zero_base()
    {
        var framework = Framework(Derived("growth", IndicatorFormula.GrowthRate(C("stock"))));
        var result = DerivedIndicators.Derive(Data("county_code,year,stock\n130102,2019,0\n130102,2020,4\n130102,2022,5\n"), framework);
        Assert.Equal(3, result.Notes.Length);
        Assert.Contains("division by zero", result.Notes[1].Message, StringComparison.Ordinal);
        Assert.Contains("no data for 2021", result.Notes[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formulas_may_read_other_derived_indicators_and_observed_indicators_are_kept()
    {
        var framework = Framework(
            Derived("share_growth", IndicatorFormula.GrowthRate(C("share"))),
            Derived("share", IndicatorFormula.Ratio(C("part"), C("whole"), 100)),
            Derived("kept", IndicatorFormula.Ratio(C("part"), C("whole"), 1)));
        var result = DerivedIndicators.Derive(Data("county_code,year,part,whole,kept\n130102,2020,1,10,7\n130102,2021,3,20,8\n"), framework);
        Assert.Equal(50, result.Panel.Value(A, C("share_growth"), 2021), 12);
        Assert.Equal(8, result.Panel.Value(A, C("kept"), 2021));
        Assert.Equal([C("share"), C("share_growth")], result.Derived.ToArray());
    }

    [Fact]
    public void Indicators_neither_present_nor_derivable_are_all_reported()
    {
        var framework = Framework(
            Indicator.Create(C("plain"), C("idx"), "普通", "Plain", "", IndicatorDirection.MoreIsBetter, 1),
            Derived("share", IndicatorFormula.Ratio(C("part"), C("absent"), 100)));
        var ex = Assert.Throws<InvalidInputException>(() => DerivedIndicators.Derive(Data("county_code,year,part\n130102,2021,1\n"), framework));
        Assert.Equal(["plain", "share"], ex.Problems.Select(p => p.Indicator));
        Assert.Contains("needs absent", ex.Problems[1].Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property A_ratio_is_numerator_over_denominator_times_scale() =>
        Prop.ForAll(
            (from num in Gen.Choose(0, 1_000_000) from den in Gen.Choose(1, 1_000_000) from scale in Gen.Elements(1.0, 100.0, 10000.0) select (num, den, scale)).ToArbitrary(),
            t =>
            {
                var framework = Framework(Derived("r", IndicatorFormula.Ratio(C("n"), C("d"), t.scale)));
                var result = DerivedIndicators.Derive(Data($"county_code,year,n,d\n130102,2021,{t.num},{t.den}\n"), framework);
                return result.Panel.Value(A, C("r"), 2021) == (double)t.num / t.den * t.scale;
            });
}

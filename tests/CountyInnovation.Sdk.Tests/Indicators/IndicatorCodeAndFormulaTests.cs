using CountyInnovation.Sdk.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Indicators;

public class IndicatorCodeAndFormulaTests
{
    [Theory]
    [InlineData("rd_intensity")]
    [InlineData("A1.2-x")]
    [InlineData("x")]
    public void Valid_codes_round_trip(string text) => Assert.Equal(text, IndicatorCode.Parse(text).ToString());

    [Theory]
    [InlineData("", "empty")]
    [InlineData("1abc", "start with an ASCII letter")]
    [InlineData("a,b", "contains ','")]
    [InlineData("研发", "start with an ASCII letter")]
    [InlineData("a b", "contains ' '")]
    public void Invalid_codes_say_why(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => IndicatorCode.Parse(text));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_long_codes_are_refused() => Assert.False(IndicatorCode.TryParse(new string('a', 65), out _));

    [Fact]
    public void Formulas_parse_and_describe()
    {
        var ratio = IndicatorFormula.Parse(" ratio( invention_patents , population, 10000 ) ");
        Assert.Equal(FormulaKind.Ratio, ratio.Kind);
        Assert.Equal("ratio(invention_patents, population, 10000)", ratio.ToString());
        Assert.Equal("invention_patents / population × 10000", ratio.Describe());
        var growth = IndicatorFormula.Parse("growth(hitech_enterprises)");
        Assert.Equal(FormulaKind.GrowthRate, growth.Kind);
        Assert.Null(growth.Denominator);
        Assert.Equal([IndicatorCode.Parse("hitech_enterprises")], growth.Inputs);
    }

    [Theory]
    [InlineData("ratio(a, b)")]
    [InlineData("ratio(a, b, 0)")]
    [InlineData("ratio(a, a, 100)")]
    [InlineData("ratio(a, b, x)")]
    [InlineData("sum(a, b)")]
    [InlineData("growth(1a)")]
    [InlineData("growth a")]
    public void Invalid_formulas_are_refused(string text) => Assert.Throws<FormatException>(() => IndicatorFormula.Parse(text));

    private static readonly Gen<IndicatorCode> Codes =
        from head in Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray())
        from tail in Gen.ArrayOf(Gen.Elements("abcxyz019_.-".ToCharArray()))
        select IndicatorCode.Parse(head + new string(tail.Take(20).ToArray()));

    [Property]
    public Property Formula_text_round_trips() =>
        Prop.ForAll(
            (from a in Codes from b in Codes from scale in Gen.Elements(1.0, 100.0, 10000.0, 0.5, 1e-3) from growth in Gen.Elements(true, false) select (a, b, scale, growth)).ToArbitrary(),
            t =>
            {
                var formula = t.growth || t.a == t.b ? IndicatorFormula.GrowthRate(t.a) : IndicatorFormula.Ratio(t.a, t.b, t.scale);
                return IndicatorFormula.Parse(formula.ToString()).Equals(formula);
            });
}

using CountyInnovation.Sdk.Policy;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Policy;

public class MeasureAndSectionNumberTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(28)]
    public void MeasureNumber_accepts_1_to_28(int n) => Assert.Equal(n, MeasureNumber.From(n).Value);

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void MeasureNumber_rejects_outside_1_to_28(int n)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MeasureNumber.From(n));
        Assert.Contains("between 1 and 28", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData(" 28 ", 28)]
    public void MeasureNumber_parses(string text, int expected) => Assert.Equal(expected, MeasureNumber.Parse(text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("29")]
    [InlineData("seven")]
    [InlineData("7.0")]
    public void MeasureNumber_parse_rejects(string text)
    {
        Assert.False(MeasureNumber.TryParse(text, out _));
        Assert.Throws<FormatException>(() => MeasureNumber.Parse(text));
    }

    [Fact]
    public void Default_measure_and_section_numbers_are_the_first_valid_ones()
    {
#pragma warning disable CIS0003 // tests what default(T) means, the value the rule keeps users from writing
        Assert.Equal(1, default(MeasureNumber).Value);
        Assert.Equal(MeasureNumber.From(1), default);
        Assert.Equal(1, default(SectionNumber).Value);
        Assert.Equal("一", default(SectionNumber).ChineseNumeral);
#pragma warning restore CIS0003
    }

    [Fact]
    public void All_lists_every_number_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 28), MeasureNumber.All.Select(m => m.Value));
        Assert.Equal(Enumerable.Range(1, 8), SectionNumber.All.Select(s => s.Value));
    }

    [Property]
    public Property MeasureNumber_round_trips_and_orders_like_int() =>
        Prop.ForAll(
            Gen.Choose(1, 28).ToArbitrary(),
            Gen.Choose(1, 28).ToArbitrary(),
            (a, b) =>
            {
                var x = MeasureNumber.From(a);
                var y = MeasureNumber.From(b);
                return MeasureNumber.Parse(x.ToString()) == x
                    && Math.Sign(x.CompareTo(y)) == Math.Sign(a.CompareTo(b))
                    && (x == y) == (a == b)
                    && (x < y) == (a < b)
                    && (x >= y) == (a >= b)
                    && (x.GetHashCode() == y.GetHashCode()) == (a == b);
            });

    [Property]
    public Property MeasureNumber_from_succeeds_exactly_in_range() =>
        Prop.ForAll<int>(n =>
        {
            var ok = n is >= 1 and <= 28;
            try
            {
                MeasureNumber.From(n);
                return ok;
            }
            catch (ArgumentOutOfRangeException)
            {
                return !ok;
            }
        });

    [Theory]
    [InlineData(1, "一")]
    [InlineData(2, "二")]
    [InlineData(3, "三")]
    [InlineData(4, "四")]
    [InlineData(5, "五")]
    [InlineData(6, "六")]
    [InlineData(7, "七")]
    [InlineData(8, "八")]
    public void SectionNumber_has_its_chinese_numeral_and_parses_it(int n, string numeral)
    {
        var s = SectionNumber.From(n);
        Assert.Equal(numeral, s.ChineseNumeral);
        Assert.Equal(s, SectionNumber.Parse(numeral));
        Assert.Equal(s, SectionNumber.Parse(s.ToString()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void SectionNumber_rejects_outside_1_to_8(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SectionNumber.From(n));

    [Theory]
    [InlineData("九")]
    [InlineData("9")]
    [InlineData("一二")]
    [InlineData("+1")]
    [InlineData("")]
    public void SectionNumber_parse_rejects(string text)
    {
        Assert.False(SectionNumber.TryParse(text, out _));
        Assert.Throws<FormatException>(() => SectionNumber.Parse(text));
    }

    [Property]
    public Property SectionNumber_orders_like_int() =>
        Prop.ForAll(
            Gen.Choose(1, 8).ToArbitrary(),
            Gen.Choose(1, 8).ToArbitrary(),
            (a, b) => Math.Sign(SectionNumber.From(a).CompareTo(SectionNumber.From(b))) == Math.Sign(a.CompareTo(b))
                && SectionNumber.Parse(SectionNumber.From(a).ChineseNumeral) == SectionNumber.From(a));
}

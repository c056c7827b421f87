using CountyInnovation.Sdk.Counties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Counties;

public class CountyCodeTests
{
    [Fact]
    public void Parts_of_a_hebei_county_code()
    {
        var code = CountyCode.Parse("130102"); // 长安区, 石家庄市
        Assert.Equal(130102, code.Value);
        Assert.Equal(13, code.ProvincePart);
        Assert.Equal(1, code.CityPart);
        Assert.Equal(2, code.CountyPart);
        Assert.Equal(130100, code.CityCode);
        Assert.Equal(130000, code.ProvinceCode);
        Assert.True(code.IsHebei);
        Assert.True(code.IsAdministrativeDivision);
        Assert.Equal("130102", code.ToString());
    }

    [Fact]
    public void Other_provinces_are_not_hebei() => Assert.False(CountyCode.Parse("110101").IsHebei);

    [Theory]
    [InlineData("130171")]
    [InlineData("131179")]
    public void Development_zone_codes_are_valid_but_not_divisions(string text)
    {
        var code = CountyCode.Parse(text);
        Assert.True(code.IsDevelopmentZone);
        Assert.False(code.IsAdministrativeDivision);
    }

    [Theory]
    [InlineData("130181")] // 辛集市, a county-level city
    [InlineData("130170")]
    [InlineData("130180")]
    public void Codes_outside_71_to_79_are_divisions(string text) => Assert.False(CountyCode.Parse(text).IsDevelopmentZone);

    [Theory]
    [InlineData("130100", "city-level")]
    [InlineData("130000", "province-level")]
    [InlineData("130005", "city part CC = 00")]
    [InlineData("990101", "province code")]
    [InlineData("13010", "six ASCII digits")]
    [InlineData("1301020", "six ASCII digits")]
    [InlineData("13O102", "six ASCII digits")]
    [InlineData("１３０１０２", "six ASCII digits")]
    [InlineData("", "six ASCII digits")]
    public void Rejects_with_a_reason(string text, string reason)
    {
        Assert.False(CountyCode.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => CountyCode.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(130100)]
    [InlineData(130000)]
    [InlineData(99999)]
    [InlineData(0)]
    public void From_rejects_non_county_numbers(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CountyCode.From(value));

    private static Arbitrary<int> CountyLevelHebei =>
        Gen.Choose(1, 11).SelectMany(city => Gen.Choose(1, 99).Select(county => 130000 + city * 100 + county)).ToArbitrary();

    [Property]
    public Property Round_trips_and_orders_like_its_number() =>
        Prop.ForAll(CountyLevelHebei, CountyLevelHebei, (a, b) =>
        {
            var x = CountyCode.From(a);
            var y = CountyCode.From(b);
            return CountyCode.Parse(x.ToString()) == x
                && x.Value == x.ProvinceCode + x.CityPart * 100 + x.CountyPart
                && Math.Sign(x.CompareTo(y)) == Math.Sign(a.CompareTo(b))
                && (x == y) == (a == b)
                && x.IsHebei;
        });

    [Property]
    public Property Codes_ending_in_00_are_never_county_codes() =>
        Prop.ForAll(Gen.Choose(1000, 9999).ToArbitrary(), prefix => !CountyCode.TryParse((prefix * 100).ToString(System.Globalization.CultureInfo.InvariantCulture), out _));
}

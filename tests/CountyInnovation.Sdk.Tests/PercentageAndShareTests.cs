using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests;

public class PercentageAndShareTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(95.0)]
    [InlineData(100.0)]
    public void Percentage_accepts_0_to_100(double v) => Assert.Equal(v, Percentage.From(v).Value);

    [Theory]
    [InlineData(-0.001)]
    [InlineData(100.0001)]
    [InlineData(120.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Percentage_rejects_outside_0_to_100(double v) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.From(v));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Share_rejects_outside_0_to_1(double v) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Share.From(v));

    [Theory]
    [InlineData("95", 95.0)]
    [InlineData("95%", 95.0)]
    [InlineData(" 95 % ", 95.0)]
    [InlineData("12.5％", 12.5)]
    [InlineData("0", 0.0)]
    public void Percentage_parses(string text, double expected) => Assert.Equal(expected, Percentage.Parse(text).Value);

    [Theory]
    [InlineData("101%")]
    [InlineData("-1")]
    [InlineData("95,5")]
    [InlineData("NaN")]
    [InlineData("%")]
    public void Percentage_parse_rejects(string text)
    {
        Assert.False(Percentage.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Percentage.Parse(text));
    }

    [Fact]
    public void Percentage_formats_with_a_percent_sign()
    {
        Assert.Equal("95%", Percentage.From(95).ToString());
        Assert.Equal("12.5%", Percentage.From(12.5).ToString());
        Assert.Equal("0.95", Share.From(0.95).ToString());
    }

    [Fact]
    public void Negative_zero_is_zero()
    {
        Assert.Equal(Percentage.Zero, Percentage.From(-0.0));
        Assert.Equal("0%", Percentage.From(-0.0).ToString());
        Assert.Equal(Share.Zero, Share.From(-0.0));
    }

    [Fact]
    public void Conversions_between_share_and_percentage()
    {
        Assert.Equal(Percentage.From(95), Share.From(0.95).ToPercentage());
        Assert.Equal(Share.From(0.5), Percentage.From(50).ToShare());
        Assert.Equal(Percentage.Hundred, (Percentage)Share.One);
        Assert.Equal(Share.One, (Share)Percentage.Hundred);
        Assert.Equal(Share.From(0.25), Share.From(0.75).Complement());
    }

    private static Arbitrary<double> PercentValues => Gen.Choose(0, 1_000_000).Select(i => i / 10_000.0).ToArbitrary();

    private static Arbitrary<double> AnyDouble => ArbMap.Default.ArbFor<double>();

    [Property]
    public Property Percentage_round_trips_through_text() =>
        Prop.ForAll(PercentValues, v => Percentage.Parse(Percentage.From(v).ToString()) == Percentage.From(v));

    [Property]
    public Property Share_round_trips_through_text_for_any_valid_double() =>
        Prop.ForAll(AnyDouble, v =>
        {
            if (!double.IsFinite(v))
            {
                return true;
            }

            var s = Share.From(Math.Abs(v) % 1.0);
            return Share.Parse(s.ToString()) == s;
        });

    [Property]
    public Property Conversions_stay_in_range_and_preserve_order() =>
        Prop.ForAll(PercentValues, PercentValues, (a, b) =>
        {
            var pa = Percentage.From(a);
            var pb = Percentage.From(b);
            var sa = pa.ToShare();
            var sb = pb.ToShare();
            var back = sa.ToPercentage();
            return sa.Value is >= 0 and <= 1
                && Math.Abs(back.Value - a) <= 1e-12 * 100
                && (a <= b ? sa <= sb : sa >= sb)
                && Math.Sign(pa.CompareTo(pb)) == Math.Sign(a.CompareTo(b));
        });

    [Property]
    public Property Percentage_from_accepts_exactly_the_finite_values_in_0_to_100() =>
        Prop.ForAll(AnyDouble, v =>
        {
            var ok = double.IsFinite(v) && v is >= 0 and <= 100;
            return ok == Percentage.TryParse(v.ToString("R", System.Globalization.CultureInfo.InvariantCulture), out _)
                && ok == Throws(() => Percentage.From(v)) is false;
        });

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return true;
        }
    }
}

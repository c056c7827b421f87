using CountyInnovation.Sdk.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Evaluation;

public class ClassThresholdsTests
{
    [Theory]
    [InlineData(100, CountyClass.A)]
    [InlineData(80, CountyClass.A)]
    [InlineData(79.99999999999999, CountyClass.A)] // floating-point noise below 80 still reaches A
    [InlineData(79.999999, CountyClass.B)]
    [InlineData(79.999, CountyClass.B)]
    [InlineData(60, CountyClass.B)]
    [InlineData(59.99999999999999, CountyClass.B)]
    [InlineData(59.999999, CountyClass.C)]
    [InlineData(0, CountyClass.C)]
    [InlineData(-5, CountyClass.C)]
    public void Default_thresholds_include_their_lower_bound(double score, CountyClass expected) =>
        Assert.Equal(expected, ClassThresholds.Default.Classify(score));

    [Fact]
    public void Custom_thresholds_apply_and_bad_ones_are_refused()
    {
        var t = ClassThresholds.Of(85, 65);
        Assert.Equal(CountyClass.B, t.Classify(80));
        Assert.Equal(CountyClass.A, t.Classify(85));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassThresholds.Of(60, 60));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassThresholds.Of(50, 60));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassThresholds.Of(double.NaN, 60));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassThresholds.Of(80, double.NegativeInfinity));
    }

    [Fact]
    public void A_missing_score_has_no_class()
    {
        Assert.Null(ClassThresholds.Default.Classify((double?)null));
        Assert.Null(ClassThresholds.Default.Classify((double?)double.NaN));
        Assert.Throws<ArgumentException>(() => ClassThresholds.Default.Classify(double.NaN));
    }

    [Fact]
    public void Equality_and_text()
    {
        Assert.Equal(ClassThresholds.Of(80, 60), ClassThresholds.Default);
        Assert.NotEqual(ClassThresholds.Of(80, 61), ClassThresholds.Default);
        Assert.Equal("A≥80;B≥60", ClassThresholds.Default.ToString());
    }

    [Property]
    public Property Class_is_consistent_with_the_thresholds_and_monotone() =>
        Prop.ForAll(
            Gen.Choose(-1000, 11000).Select(v => v / 100.0).Two().ToArbitrary(),
            pair =>
            {
                var (x, y) = pair;
                var t = ClassThresholds.Default;
                var cx = t.Classify(x);
                var tol = ClassThresholds.Tolerance;
                var consistent = cx == (x >= 80 - tol ? CountyClass.A : x >= 60 - tol ? CountyClass.B : CountyClass.C);
                var monotone = x > y ? t.Classify(x) >= t.Classify(y) : t.Classify(x) <= t.Classify(y);
                return consistent && monotone;
            });
}

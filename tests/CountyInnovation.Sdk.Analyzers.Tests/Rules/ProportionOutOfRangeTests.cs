using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.ProportionOutOfRangeUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class ProportionOutOfRangeTests
{
    [Theory]
    [InlineData("Percentage", "100.5", "100.5", 100)]
    [InlineData("Percentage", "-0.1", "-0.1", 100)]
    [InlineData("Percentage", "101", "101", 100)]
    [InlineData("Share", "1.2", "1.2", 1)]
    [InlineData("Share", "95", "95", 1)]
    [InlineData("Share", "-1e-9", "-1E-09", 1)]
    [InlineData("Share", "double.NaN", "NaN", 1)]
    [InlineData("Percentage", "double.PositiveInfinity", "Infinity", 100)]
    public async Task Constant_outside_the_range_is_an_error(string type, string value, string shown, int maximum)
    {
        var source = $$"""
            using CountyInnovation.Sdk;
            class C { object M() => {{type}}.From({|#0:{{value}}|}); }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments(type, shown, 0, maximum));
    }

    [Fact]
    public async Task Bounds_conversions_and_non_constants_are_not_reported()
    {
        const string source = """
            using CountyInnovation.Sdk;
            class C
            {
                const double Half = 0.5;
                void M(double x)
                {
                    _ = Percentage.From(0);
                    _ = Percentage.From(100);
                    _ = Percentage.From(95.0);
                    _ = Share.From(0);
                    _ = Share.From(1);
                    _ = Share.From(Half);
                    _ = Share.From(x);
                    _ = Share.From(x * 100);
                    _ = Percentage.FromShare(Share.From(0.95));
                    _ = Percentage.Parse("120");
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }
}

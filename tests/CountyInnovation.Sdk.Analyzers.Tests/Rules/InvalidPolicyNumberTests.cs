using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.InvalidPolicyNumberUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class InvalidPolicyNumberTests
{
    [Theory]
    [InlineData("MeasureNumber", "0", "measure", 28)]
    [InlineData("MeasureNumber", "29", "measure", 28)]
    [InlineData("MeasureNumber", "-1", "measure", 28)]
    [InlineData("SectionNumber", "0", "section", 8)]
    [InlineData("SectionNumber", "9", "section", 8)]
    public async Task Constant_outside_the_policy_is_an_error(string type, string number, string kind, int maximum)
    {
        var source = $$"""
            using CountyInnovation.Sdk.Policy;
            class C { object M() => {{type}}.From({|#0:{{number}}|}); }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments(kind, number, 1, maximum));
    }

    [Fact]
    public async Task Constant_expressions_and_named_constants_are_evaluated()
    {
        const string source = """
            using CountyInnovation.Sdk.Policy;
            class C
            {
                const int Last = 28;
                void M()
                {
                    _ = MeasureNumber.From({|#0:Last + 1|});
                    _ = SectionNumber.From(value: {|#1:(4 * 2) + 1|});
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("measure", "29", 1, 28),
            Verify.Diagnostic().WithLocation(1).WithArguments("section", "9", 1, 8));
    }

    [Fact]
    public async Task Bounds_and_non_constants_are_not_reported()
    {
        const string source = """
            using CountyInnovation.Sdk.Policy;
            class C
            {
                void M(int n)
                {
                    _ = MeasureNumber.From(1);
                    _ = MeasureNumber.From(28);
                    _ = SectionNumber.From(1);
                    _ = SectionNumber.From(8);
                    _ = MeasureNumber.From(n);
                    _ = MeasureNumber.From(n + 29);
                    _ = MeasureNumber.Parse("29");
                    _ = Other.From(29);
                }
            }
            static class Other { public static int From(int measure) => measure; }
            """;

        await Verify.VerifyAsync(source);
    }
}

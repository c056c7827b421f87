using CountyInnovation.Sdk.Analyzers.Semantics;
using CountyInnovation.Sdk.Counties;
using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.InvalidCountyCodeUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class InvalidCountyCodeTests
{
    [Theory]
    [InlineData("\"13010\"", "\"13010\"", "expected six ASCII digits PPCCDD, e.g. 130102")]
    [InlineData("\"13O102\"", "\"13O102\"", "expected six ASCII digits PPCCDD, e.g. 130102")]
    [InlineData("\"990102\"", "\"990102\"", "99 is not a GB/T 2260 province code (Hebei is 13)")]
    [InlineData("\"130000\"", "\"130000\"", "its city part CC is 00, which makes it a province-level code")]
    [InlineData("\"130100\"", "\"130100\"", "its county part DD is 00, which makes it a city-level code")]
    [InlineData("130100", "130100", "its county part DD is 00, which makes it a city-level code")]
    [InlineData("99999", "99999", "a GB/T 2260 code has six digits PPCCDD, e.g. 130102")]
    public async Task Constant_that_is_not_a_county_level_code_is_an_error(string argument, string shown, string reason)
    {
        var method = argument.StartsWith('"') ? "Parse" : "From";
        var source = $$"""
            using CountyInnovation.Sdk.Counties;
            class C { object M() => CountyCode.{{method}}({|#0:{{argument}}|}); }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments(shown, reason));
    }

    [Fact]
    public async Task County_level_codes_development_zones_and_non_constants_are_not_reported()
    {
        const string source = """
            using CountyInnovation.Sdk.Counties;
            class C
            {
                void M(string text, int number)
                {
                    _ = CountyCode.Parse("130102");
                    _ = CountyCode.Parse(" 131182 ");
                    _ = CountyCode.Parse("130171");
                    _ = CountyCode.From(110101);
                    _ = CountyCode.Parse(text);
                    _ = CountyCode.From(number);
                    _ = CountyCode.TryParse("130100", out _);
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public void Compile_time_rule_agrees_with_the_run_time_rule_on_every_six_digit_number()
    {
        for (var value = 0; value <= 999_999; value++)
        {
            var text = value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var runTime = CountyCode.TryParse(text, out _);
            var compileTime = CountyCodeRule.Check(text) is null;
            Assert.True(runTime == compileTime, $"{text}: run time {runTime}, compile time {compileTime}");
        }

        foreach (var text in new[] { "", " ", "1301020", "13010", "+13010", "１３０１０２", "130102\n" })
        {
            Assert.Equal(CountyCode.TryParse(text, out _), CountyCodeRule.Check(text) is null);
        }
    }
}

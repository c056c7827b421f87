using CountyInnovation.Sdk.Analyzers.Semantics;
using CountyInnovation.Sdk.CodeFixes;
using CountyInnovation.Sdk.Responsibility;
using Fix = CountyInnovation.Sdk.Analyzers.Tests.Verification.CodeFixVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.UnknownResponsibleUnitUnderTest, CountyInnovation.Sdk.CodeFixes.ResponsibleUnitCodeFixProvider>;
using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.UnknownResponsibleUnitUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class UnknownResponsibleUnitTests
{
    [Fact]
    public void Compile_time_names_are_the_registry_names_in_the_registry_order()
    {
        Assert.Equal(ResponsibleUnits.Names, ResponsibleUnitNames.All);
        foreach (var name in new[] { "省科技局", "省发改委", "科技", "Department of Education", "xyz" })
        {
            Assert.Equal(ResponsibleUnits.Suggest(name), ResponsibleUnitNames.Suggest(name));
        }
    }

    [Fact]
    public async Task Unknown_name_is_reported_with_the_closest_registry_names()
    {
        const string source = """
            using CountyInnovation.Sdk.Responsibility;
            class C { ResponsibleUnit M() => ResponsibleUnits.Get({|#0:"省科技局"|}); }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("省科技局", Hint("省科技局")));
    }

    [Fact]
    public async Task Registry_names_in_any_spelling_the_registry_accepts_and_non_constants_are_not_reported()
    {
        const string source = """
            using CountyInnovation.Sdk.Policy;
            using CountyInnovation.Sdk.Responsibility;
            using CountyInnovation.Sdk.Targets;
            class C
            {
                void M(string name)
                {
                    _ = QuantityTarget.Create(MeasureNumber.From(19), "…", "…", "…", 25, "colleges", "所", Deadline.FromPhrase("到2025年"));
                    _ = ResponsibleUnits.Get("省科技厅");
                    _ = ResponsibleUnits.Get("河北省科学技术厅");
                    _ = ResponsibleUnits.Get("hebei provincial department of education");
                    _ = ResponsibleUnits.Get(" 各市政府 ");
                    _ = ResponsibleUnits.Get("唐山市政府");
                    _ = ResponsibleUnits.Get(name);
                    _ = ResponsibleUnits.TryFind("省科技局", out _);
                    _ = ResponsibleUnits.Suggest("省科技局");
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Fix_offers_the_closest_name_and_fix_all_applies_it_everywhere()
    {
        const string source = """
            using CountyInnovation.Sdk.Responsibility;
            class C
            {
                ResponsibleUnit[] M() => [ResponsibleUnits.Get({|#0:"省科技局"|}), ResponsibleUnits.Get({|#1:"省教育局"|})];
            }
            """;
        var fixedSource = $$"""
            using CountyInnovation.Sdk.Responsibility;
            class C
            {
                ResponsibleUnit[] M() => [ResponsibleUnits.Get("{{ResponsibleUnits.Suggest("省科技局")[0]}}"), ResponsibleUnits.Get("{{ResponsibleUnits.Suggest("省教育局")[0]}}")];
            }
            """;

        Assert.Contains("省科技厅", fixedSource, StringComparison.Ordinal);
        await Fix.VerifyFixAsync(
            source,
            fixedSource,
            [
                Fix.Diagnostic().WithLocation(0).WithArguments("省科技局", Hint("省科技局")),
                Fix.Diagnostic().WithLocation(1).WithArguments("省教育局", Hint("省教育局")),
            ],
            ResponsibleUnitCodeFixProvider.ClosestKey);
    }

    [Fact]
    public async Task Fix_offers_the_second_closest_name_too()
    {
        const string source = """
            using CountyInnovation.Sdk.Responsibility;
            class C { ResponsibleUnit M() => ResponsibleUnits.Get({|#0:"省科技局"|}); }
            """;
        var second = ResponsibleUnits.Suggest("省科技局")[1];

        await Fix.VerifyFixAsync(
            source,
            source.Replace("{|#0:\"省科技局\"|}", "\"" + second + "\"", StringComparison.Ordinal),
            [Fix.Diagnostic().WithLocation(0).WithArguments("省科技局", Hint("省科技局"))],
            "CIS0006.Suggestion2");
    }

    private static string Hint(string name) =>
        "; did you mean " + string.Join(", ", ResponsibleUnits.Suggest(name).Select(s => "'" + s + "'")) + "?";
}

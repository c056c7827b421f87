using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.UnvalidatedValueUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class UnvalidatedValueTests
{
    [Fact]
    public async Task Default_expressions_literals_and_parameterless_constructors_are_errors()
    {
        const string source = """
            using CountyInnovation.Sdk;
            using CountyInnovation.Sdk.Counties;
            using CountyInnovation.Sdk.Policy;
            class C
            {
                MeasureNumber field = {|#0:default|};
                void M(SectionNumber section = {|#1:default|})
                {
                    var a = {|#2:default(CountyCode)|};
                    var b = {|#3:new DocumentNumber()|};
                    Share c = {|#4:new()|};
                    Percentage d = {|#5:new Percentage { }|};
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("MeasureNumber", "the default literal", "MeasureNumber.From"),
            Verify.Diagnostic().WithLocation(1).WithArguments("SectionNumber", "the default literal", "SectionNumber.From"),
            Verify.Diagnostic().WithLocation(2).WithArguments("CountyCode", "default(T)", "CountyCode.From"),
            Verify.Diagnostic().WithLocation(3).WithArguments("DocumentNumber", "a parameterless constructor", "DocumentNumber.From"),
            Verify.Diagnostic().WithLocation(4).WithArguments("Share", "a parameterless constructor", "Share.From"),
            Verify.Diagnostic().WithLocation(5).WithArguments("Percentage", "a parameterless constructor and an initializer", "Percentage.From"));
    }

    [Fact]
    public async Task Comparisons_nullable_defaults_factories_and_other_structs_are_not_reported()
    {
        const string source = """
            using System;
            using CountyInnovation.Sdk;
            using CountyInnovation.Sdk.Diagnostics;
            using CountyInnovation.Sdk.Policy;
            class C
            {
                MeasureNumber? maybe = default;
                void M(MeasureNumber m)
                {
                    if (m == default || m != default(MeasureNumber)) { }
                    var a = MeasureNumber.From(3);
                    var b = Share.Zero;
                    var c = default(DateTime);
                    var d = new TimeSpan();
                    var e = new MeasureNumber[2];
                    MeasureNumber? f = default;
                    var g = default(SourceLocation?);
                }
                T Generic<T>() where T : struct => default;
            }
            """;

        await Verify.VerifyAsync(source);
    }
}

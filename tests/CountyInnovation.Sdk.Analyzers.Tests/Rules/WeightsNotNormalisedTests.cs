using CountyInnovation.Sdk.Analyzers.Tests.Verification;
using CountyInnovation.Sdk.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Fix = CountyInnovation.Sdk.Analyzers.Tests.Verification.CodeFixVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.WeightsNotNormalisedUnderTest, CountyInnovation.Sdk.CodeFixes.WeightsCodeFixProvider>;
using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.WeightsNotNormalisedUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class WeightsNotNormalisedTests
{
    /// <summary>
    /// An SDK API that requires normalised weights, by the convention the rule keys on (no shipped API
    /// requires them yet: FixedWeighting normalises raw weights itself). Compiled as the SDK itself.
    /// </summary>
    private const string NormalisedApi = """
        namespace CountyInnovation.Sdk.Scoring.Weighting
        {
            public static class Shares
            {
                public static double[] Of(params double[] normalisedWeights) => normalisedWeights;
                public static double[] List(System.Collections.Generic.IReadOnlyList<double> normalisedWeights) => [.. normalisedWeights];
            }
        }

        """;

    [Fact]
    public async Task Raw_weights_the_sdk_refuses_are_reported_against_the_real_FixedWeighting()
    {
        const string source = """
            using CountyInnovation.Sdk.Scoring.Weighting;
            class C
            {
                void M()
                {
                    _ = FixedWeighting.Create({|#0:[8, -6, 6]|});
                    _ = FixedWeighting.Create({|#1:new double[] { 0, 0 }|});
                    _ = FixedWeighting.Create({|#2:[0.5, double.NaN]|});
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("the weight -6 is not a finite number ≥ 0"),
            Verify.Diagnostic().WithLocation(1).WithArguments("all the weights are 0: at least one must be greater than 0"),
            Verify.Diagnostic().WithLocation(2).WithArguments("the weight NaN is not a finite number ≥ 0"));
    }

    [Fact]
    public async Task Raw_weights_that_the_sdk_normalises_and_non_constants_are_not_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using CountyInnovation.Sdk.Scoring.Weighting;
            class C
            {
                void M(double x, List<double> list)
                {
                    _ = FixedWeighting.Create([8, 6, 6]);
                    _ = FixedWeighting.Create([0.5, 0.3, 0.3]);
                    _ = FixedWeighting.Create([0, 1]);
                    _ = FixedWeighting.Create([x, -1]);
                    _ = FixedWeighting.Create(list);
                    _ = FixedWeighting.Create([.. list, -1]);
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Normalised_weights_that_do_not_sum_to_one_or_are_not_positive_are_reported()
    {
        const string source = NormalisedApi + """
            class C
            {
                void M()
                {
                    _ = CountyInnovation.Sdk.Scoring.Weighting.Shares.Of({|#0:0.5, 0.3, 0.3|});
                    _ = CountyInnovation.Sdk.Scoring.Weighting.Shares.List({|#1:[0.5, 0.5, 0]|});
                    _ = CountyInnovation.Sdk.Scoring.Weighting.Shares.Of(0.25, 0.25, 0.5);
                    _ = CountyInnovation.Sdk.Scoring.Weighting.Shares.Of(0.1, 0.2, 0.7);
                }
            }
            """;

        var test = new AnalyzerVerifier<WeightsNotNormalisedUnderTest>.Test { TestCode = source };
        test.SolutionTransforms.Add(SdkReferences.CompileAsTheSdk);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(
            "the weights sum to 1.1, not 1: normalised weights are all > 0 and sum to 1 (divide each by 1.1)"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments(
            "the weight 0 is not greater than 0: normalised weights are all > 0 and sum to 1"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_divides_each_weight_by_the_sum_and_fix_all_does_every_list()
    {
        const string source = NormalisedApi + """
            class C
            {
                double[][] M() =>
                [
                    CountyInnovation.Sdk.Scoring.Weighting.Shares.Of({|#0:0.5, 0.3, 0.2, 0.5|}),
                    CountyInnovation.Sdk.Scoring.Weighting.Shares.List({|#1:[8, 6, 6]|}),
                ];
            }
            """;
        const string fixedSource = NormalisedApi + """
            class C
            {
                double[][] M() =>
                [
                    CountyInnovation.Sdk.Scoring.Weighting.Shares.Of(0.3333333333333333, 0.19999999999999998, 0.13333333333333333, 0.3333333333333333),
                    CountyInnovation.Sdk.Scoring.Weighting.Shares.List([0.4, 0.3, 0.3]),
                ];
            }
            """;

        var test = new CodeFixVerifier<WeightsNotNormalisedUnderTest, WeightsCodeFixProvider>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = WeightsCodeFixProvider.EquivalenceKey,
        };
        test.SolutionTransforms.Add(SdkReferences.CompileAsTheSdk);
        test.ExpectedDiagnostics.Add(Fix.Diagnostic().WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(
            "the weights sum to 1.5, not 1: normalised weights are all > 0 and sum to 1 (divide each by 1.5)"));
        test.ExpectedDiagnostics.Add(Fix.Diagnostic().WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(
            "the weights sum to 20, not 1: normalised weights are all > 0 and sum to 1 (divide each by 20)"));
        await test.RunAsync();
    }
}

using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.WeightsNotNormalisedUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class WeightsNotNormalisedTests
{
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
    public async Task An_empty_list_and_weights_whose_sum_overflows_are_reported_as_the_sdk_refuses_them()
    {
        const string source = """
            using CountyInnovation.Sdk.Scoring.Weighting;
            class C
            {
                void M()
                {
                    _ = FixedWeighting.Create({|#0:[]|});
                    _ = FixedWeighting.Create({|#1:new double[0]|});
                    _ = FixedWeighting.Create({|#2:[1e308, 1e308]|});
                    _ = FixedWeighting.Create([1e308, 1e307]);
                }
            }
            """;

        const string empty = "the list of weights is empty: give one weight per component, at least one greater than 0";
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments(empty),
            Verify.Diagnostic().WithLocation(1).WithArguments(empty),
            Verify.Diagnostic().WithLocation(2).WithArguments("the weights overflow when summed (their sum exceeds the largest double, about 1.8e308): scale them down"));

        // The SDK agrees at run time, and names the same reason.
        Assert.Throws<ArgumentException>(() => CountyInnovation.Sdk.Scoring.Weighting.FixedWeighting.Create([]));
        Assert.Contains("overflow", Assert.Throws<ArgumentException>(() => CountyInnovation.Sdk.Scoring.Weighting.FixedWeighting.Create([1e308, 1e308])).Message, StringComparison.Ordinal);
        Assert.Equal(2, CountyInnovation.Sdk.Scoring.Weighting.FixedWeighting.Create([1e308, 1e307]).Weights.Length);
    }
}

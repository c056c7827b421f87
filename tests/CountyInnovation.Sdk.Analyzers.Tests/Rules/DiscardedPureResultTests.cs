using CountyInnovation.Sdk.Analyzers.Tests.Verification;
using CountyInnovation.Sdk.CodeFixes;
using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.DiscardedPureResultUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class DiscardedPureResultTests
{
    [Fact]
    public async Task Discarded_with_copies_are_reported()
    {
        const string source = """
            using CountyInnovation.Sdk.Evaluation;
            class C
            {
                void M(MethodConfiguration configuration, MethodConfiguration? maybe)
                {
                    {|#0:configuration.WithName("alternative")|};
                    {|#1:configuration.WithScreeningThreshold(0.5)|};
                    maybe?{|#2:.WithName("x")|};
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("MethodConfiguration.WithName", "'WithName' returns a changed copy and leaves the original unchanged; assign the copy"),
            Verify.Diagnostic().WithLocation(1).WithArguments("MethodConfiguration.WithScreeningThreshold", "'WithScreeningThreshold' returns a changed copy and leaves the original unchanged; assign the copy"),
            Verify.Diagnostic().WithLocation(2).WithArguments("MethodConfiguration.WithName", "'WithName' returns a changed copy and leaves the original unchanged; assign the copy"));
    }

    [Fact]
    public async Task Discarded_evaluation_results_are_reported()
    {
        const string source = """
            using CountyInnovation.Sdk.Data;
            using CountyInnovation.Sdk.Evaluation;
            using CountyInnovation.Sdk.Indicators;
            class C
            {
                EvaluationResult M(Panel panel, IndicatorFramework framework, MethodConfiguration method, EvaluationYear year, EvaluationPipeline pipeline)
                {
                    {|#0:EvaluationPipeline.Evaluate(panel, framework, method, year)|};
                    {|#1:pipeline.Evaluate(panel, year)|};
                    return pipeline.Evaluate(panel, year);
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("EvaluationPipeline.Evaluate", "'Evaluate' returns its EvaluationResult and stores nothing"),
            Verify.Diagnostic().WithLocation(1).WithArguments("EvaluationPipeline.Evaluate", "'Evaluate' returns its EvaluationResult and stores nothing"));
    }

    [Fact]
    public async Task Fix_assigns_the_copy_back_to_assignable_receivers_and_fix_all_does_every_one()
    {
        const string source = """
            using CountyInnovation.Sdk.Evaluation;
            class C
            {
                private MethodConfiguration field = MethodConfiguration.Default;
                private readonly MethodConfiguration fixedOne = MethodConfiguration.Default;
                void M(MethodConfiguration parameter)
                {
                    var local = MethodConfiguration.Default;
                    {|#0:local.WithName("a")|};
                    // keep this comment
                    {|#1:parameter.WithScreeningThreshold(0.5)|};
                    {|#2:field.WithName("b")|};
                    {|#3:fixedOne.WithName("c")|};
                    {|#4:MethodConfiguration.Default.WithName("d")|};
                }
            }
            """;
        const string fixedSource = """
            using CountyInnovation.Sdk.Evaluation;
            class C
            {
                private MethodConfiguration field = MethodConfiguration.Default;
                private readonly MethodConfiguration fixedOne = MethodConfiguration.Default;
                void M(MethodConfiguration parameter)
                {
                    var local = MethodConfiguration.Default;
                    local = local.WithName("a");
                    // keep this comment
                    parameter = parameter.WithScreeningThreshold(0.5);
                    field = field.WithName("b");
                    {|#3:fixedOne.WithName("c")|};
                    {|#4:MethodConfiguration.Default.WithName("d")|};
                }
            }
            """;

        var test = new CodeFixVerifier<DiscardedPureResultUnderTest, AssignCopyCodeFixProvider>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = AssignCopyCodeFixProvider.EquivalenceKey,
        };
        string[] methods = ["WithName", "WithScreeningThreshold", "WithName", "WithName", "WithName"];
        for (var i = 0; i < methods.Length; i++)
        {
            test.TestState.ExpectedDiagnostics.Add(Copy(i, methods[i]));
        }

        test.FixedState.ExpectedDiagnostics.Add(Copy(3, "WithName"));
        test.FixedState.ExpectedDiagnostics.Add(Copy(4, "WithName"));
        await test.RunAsync();

        static Microsoft.CodeAnalysis.Testing.DiagnosticResult Copy(int location, string method) =>
            Verify.Diagnostic().WithLocation(location).WithArguments(
                "MethodConfiguration." + method, $"'{method}' returns a changed copy and leaves the original unchanged; assign the copy");
    }

    [Fact]
    public async Task Methods_the_sdk_marks_Pure_are_reported_when_discarded()
    {
        // No shipped SDK method carries [Pure] yet: compiled as the SDK itself to show the marker works.
        const string source = """
            using System.Diagnostics.Contracts;
            namespace CountyInnovation.Sdk
            {
                public static class Scores
                {
                    [Pure]
                    public static double Rescale(double x) => x * 100;

                    public static double Log(double x) => x;
                }

                [Pure]
                public static class Ranks
                {
                    public static int Best(int a, int b) => a < b ? a : b;
                }
            }

            class C
            {
                void M()
                {
                    {|#0:CountyInnovation.Sdk.Scores.Rescale(0.5)|};
                    {|#1:CountyInnovation.Sdk.Ranks.Best(1, 2)|};
                    CountyInnovation.Sdk.Scores.Log(0.5);
                    var kept = CountyInnovation.Sdk.Scores.Rescale(0.5);
                }
            }
            """;

        var test = new AnalyzerVerifier<DiscardedPureResultUnderTest>.Test { TestCode = source };
        test.SolutionTransforms.Add(SdkReferences.CompileAsTheSdk);
        const string reason = "the method has no side effects, so the call does nothing without its result";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Scores.Rescale", reason));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Ranks.Best", reason));
        await test.RunAsync();
    }

    [Fact]
    public async Task Used_results_explicit_discards_and_other_libraries_are_not_reported()
    {
        const string source = """
            using System.Collections.Immutable;
            using CountyInnovation.Sdk.Evaluation;
            class C
            {
                MethodConfiguration M(MethodConfiguration configuration)
                {
                    var renamed = configuration.WithName("alternative");
                    _ = configuration.WithName("checked for exceptions only");
                    ImmutableArray<int>.Empty.Add(1);
                    Own().WithThing();
                    return renamed.WithScreeningThreshold(0.5);
                }
                static Own Own() => new();
            }
            sealed class Own { public Own WithThing() => this; }
            """;

        await Verify.VerifyAsync(source);
    }
}

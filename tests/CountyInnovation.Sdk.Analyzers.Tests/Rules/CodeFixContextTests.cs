using CountyInnovation.Sdk.Analyzers.Tests.Verification;
using CountyInnovation.Sdk.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.SystemClockUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

/// <summary>
/// Every code fix in the contexts where a fix can go wrong — static and instance members, primary
/// constructors, lambdas, local functions, expression-bodied members, names already taken, callers —
/// offered only where its result compiles: the harness compiles each fixed document and fails on any
/// compiler error it did not expect.
/// </summary>
public sealed partial class CodeFixContextTests
{
    private const string Usings = SdkSources.ExtensionPointUsings;

    private const string Call = "ProgressChartMethod.Default.Assess(goal, series, AssessmentDate.Today({|#0:SystemClock.Instance|}))";

    private const string Fixed = "ProgressChartMethod.Default.Assess(goal, series, AssessmentDate.Today({0}))";

    private const string AsOf = "and flows into the 'asOf' argument of 'ProgressChartMethod.Assess'";

    public static TheoryData<string, string, string> ClockContexts { get; } = new()
    {
        {
            "static member, the only clock an instance field: a fresh parameter, not the field",
            "sealed class T { private readonly IClock clock = SystemClock.Instance; public IClock Clock => clock; static ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series) => $CALL; }",
            "sealed class T { private readonly IClock clock = SystemClock.Instance; public IClock Clock => clock; static ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series, IClock clock2) => $FIXED(clock2); }"
        },
        {
            "static member, the only clock a primary-constructor parameter",
            "sealed class T(IClock clock) { public IClock Clock => clock; static ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series) => $CALL; }",
            "sealed class T(IClock clock) { public IClock Clock => clock; static ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series, IClock clock2) => $FIXED(clock2); }"
        },
        {
            "instance member, primary-constructor clock",
            "sealed class T(IClock clock) { ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series) => $CALL; }",
            "sealed class T(IClock clock) { ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series) => $FIXED(clock); }"
        },
        {
            "a local named clock that is no clock: the new parameter gets a fresh name",
            "static class T { static ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series) { var clock = 5; _ = clock; return $CALL; } }",
            "static class T { static ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series, IClock clock2) { var clock = 5; _ = clock; return $FIXED(clock2); } }"
        },
        {
            "lambda in an instance member uses the field",
            "sealed class T(IClock time) { Func<ProgressAssessment> A(NumericGoal goal, IEnumerable<DatedValue> series) => () => $CALL; }",
            "sealed class T(IClock time) { Func<ProgressAssessment> A(NumericGoal goal, IEnumerable<DatedValue> series) => () => $FIXED(time); }"
        },
        {
            "static lambda cannot capture the primary-constructor clock: no fix",
            "sealed class T(IClock time) { public IClock Time => time; Func<NumericGoal, IEnumerable<DatedValue>, ProgressAssessment> A() => static (goal, series) => $CALL; }",
            "$SAME"
        },
        {
            "static local function cannot see the instance clock: no fix",
            "sealed class T { private readonly IClock time = SystemClock.Instance; ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series) { _ = time; return L(goal, series); static ProgressAssessment L(NumericGoal goal, IEnumerable<DatedValue> series) => $CALL; } }",
            "$SAME"
        },
        {
            "local function uses the enclosing parameter",
            "static class T { static ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series, IClock given) { return L(); ProgressAssessment L() => $CALL; } }",
            "static class T { static ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series, IClock given) { return L(); ProgressAssessment L() => $FIXED(given); } }"
        },
        {
            "a method with callers gets no new parameter: the callers would break",
            "static class T { static ProgressAssessment A(NumericGoal goal, IEnumerable<DatedValue> series) => $CALL; static ProgressAssessment B(NumericGoal goal) => A(goal, []); }",
            "$SAME"
        },
        {
            "expression-bodied property with an instance clock",
            "sealed class T(IClock clock, NumericGoal goal, IEnumerable<DatedValue> series) { ProgressAssessment P => $CALL; }",
            "sealed class T(IClock clock, NumericGoal goal, IEnumerable<DatedValue> series) { ProgressAssessment P => $FIXED(clock); }"
        },
        {
            "static expression-bodied property and an instance clock: no fix",
            "sealed class T(IClock clock) { public IClock Clock => clock; static NumericGoal goal = null!; static IEnumerable<DatedValue> series = []; static ProgressAssessment P => $CALL; }",
            "$SAME"
        },
    };

    [Theory]
    [MemberData(nameof(ClockContexts))]
    public async Task Clock_fix_compiles_in_every_context_or_is_not_offered(string context, string source, string fixedSource)
    {
        _ = context;
        var code = Usings + source.Replace("$CALL", Call, StringComparison.Ordinal);
        var expected = fixedSource == "$SAME"
            ? code
            : Usings + FixedCall().Replace(fixedSource, match => string.Format(System.Globalization.CultureInfo.InvariantCulture, Fixed, match.Groups[1].Value));
        var test = new CodeFixVerifier<SystemClockUnderTest, ClockCodeFixProvider>.Test
        {
            TestCode = code,
            FixedCode = expected,
            CodeActionEquivalenceKey = ClockCodeFixProvider.EquivalenceKey,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance", AsOf));
        if (fixedSource == "$SAME")
        {
            test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance", AsOf));
            test.FixedState.MarkupHandling = MarkupMode.Allow;
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task No_clock_fix_inside_nameof_because_nothing_is_reported_there()
    {
        const string source = Usings + """
            static class T { public const string Name = nameof(SystemClock.Instance) + nameof(DateTime.UtcNow); }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Assign_copy_is_not_offered_through_a_property_whose_setter_is_not_accessible()
    {
        const string source = """
            using CountyInnovation.Sdk.Evaluation;
            class Holder { public MethodConfiguration Method { get; private set; } = MethodConfiguration.Default; }
            class C
            {
                public MethodConfiguration Open { get; set; } = MethodConfiguration.Default;
                void M(Holder holder)
                {
                    {|#0:holder.Method.WithName("a")|};
                    {|#1:Open.WithName("b")|};
                }
            }
            """;
        const string fixedSource = """
            using CountyInnovation.Sdk.Evaluation;
            class Holder { public MethodConfiguration Method { get; private set; } = MethodConfiguration.Default; }
            class C
            {
                public MethodConfiguration Open { get; set; } = MethodConfiguration.Default;
                void M(Holder holder)
                {
                    {|#0:holder.Method.WithName("a")|};
                    Open = Open.WithName("b");
                }
            }
            """;

        var test = new CodeFixVerifier<DiscardedPureResultUnderTest, AssignCopyCodeFixProvider>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = AssignCopyCodeFixProvider.EquivalenceKey,
        };
        test.TestState.ExpectedDiagnostics.Add(Copy(0));
        test.TestState.ExpectedDiagnostics.Add(Copy(1));
        test.FixedState.ExpectedDiagnostics.Add(Copy(0));
        await test.RunAsync();

        static DiagnosticResult Copy(int location) =>
            AnalyzerVerifier<DiscardedPureResultUnderTest>.Diagnostic().WithLocation(location).WithArguments(
                "MethodConfiguration.WithName", "'WithName' returns a changed copy and leaves the original unchanged; assign the copy");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\$FIXED\((\w+)\)")]
    private static partial System.Text.RegularExpressions.Regex FixedCall();
}

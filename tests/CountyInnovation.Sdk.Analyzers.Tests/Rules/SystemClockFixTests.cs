using CountyInnovation.Sdk.Analyzers.Tests.Verification;
using CountyInnovation.Sdk.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.SystemClockUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class SystemClockFixTests
{
    private const string Usings = SdkSources.ExtensionPointUsings;

    private const string AsOf = "and flows into the 'asOf' argument of 'ProgressChartMethod.Assess'";

    [Fact]
    public async Task Fix_uses_the_clock_in_scope_and_fix_all_does_every_read()
    {
        const string source = Usings + """
            sealed class Tracker(IClock clock)
            {
                public ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series) =>
                    ProgressChartMethod.Default.Assess(goal, series, AssessmentDate.Today({|#0:SystemClock.Instance|}));
            }

            sealed class StampedWeighting : IWeighting
            {
                private readonly IClock time;
                public StampedWeighting(IClock time) => this.time = time;
                public string Name => "stamped";
                public bool IsDataDriven => false;
                public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities) =>
                    {|#1:DateTime.UtcNow|}.Year > 2000 ? [1.0] : [];
            }
            """;
        const string fixedSource = Usings + """
            sealed class Tracker(IClock clock)
            {
                public ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series) =>
                    ProgressChartMethod.Default.Assess(goal, series, AssessmentDate.Today(clock));
            }

            sealed class StampedWeighting : IWeighting
            {
                private readonly IClock time;
                public StampedWeighting(IClock time) => this.time = time;
                public string Name => "stamped";
                public bool IsDataDriven => false;
                public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities) =>
                    time.GetCurrentInstant().ToDateTimeUtc().Year > 2000 ? [1.0] : [];
            }
            """;

        var test = new CodeFixVerifier<SystemClockUnderTest, ClockCodeFixProvider>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = ClockCodeFixProvider.EquivalenceKey,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance", AsOf));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("DateTime.UtcNow", "inside 'StampedWeighting', an implementation of 'IWeighting'"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_adds_an_IClock_parameter_to_a_method_of_its_own_when_no_clock_is_in_scope()
    {
        const string source = Usings + """
            static class Report
            {
                public static ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series) =>
                    ProgressChartMethod.Default.Assess(goal, series, AssessmentDate.Today({|#0:SystemClock.Instance|}));
            }
            """;
        const string fixedSource = Usings + """
            static class Report
            {
                public static ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series, IClock clock) =>
                    ProgressChartMethod.Default.Assess(goal, series, AssessmentDate.Today(clock));
            }
            """;

        await CodeFixVerifier<SystemClockUnderTest, ClockCodeFixProvider>.VerifyFixAsync(
            source, fixedSource, [Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance", AsOf)], ClockCodeFixProvider.EquivalenceKey);
    }

    [Fact]
    public async Task No_fix_for_local_times_or_for_interface_methods_without_a_clock()
    {
        const string source = Usings + """
            static class Report
            {
                public static ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series) =>
                    ProgressChartMethod.Default.Assess(goal, series, LocalDate.FromDateTime({|#0:DateTime.Today|}));
            }

            sealed class StampedWeighting : IWeighting
            {
                public string Name => "stamped";
                public bool IsDataDriven => false;
                public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities) =>
                    {|#1:DateTime.UtcNow|}.Year > 2000 ? [1.0] : [];
            }
            """;

        var test = new CodeFixVerifier<SystemClockUnderTest, ClockCodeFixProvider>.Test { TestCode = source, FixedCode = source };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.Today", AsOf));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("DateTime.UtcNow", "inside 'StampedWeighting', an implementation of 'IWeighting'"));
        await test.RunAsync();
    }
}

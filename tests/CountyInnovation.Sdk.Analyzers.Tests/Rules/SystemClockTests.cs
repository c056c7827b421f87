using CountyInnovation.Sdk.Analyzers.Tests.Verification;
using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.SystemClockUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class SystemClockTests
{
    private const string Usings = SdkSources.ExtensionPointUsings;

    [Fact]
    public async Task Clock_read_in_an_as_of_argument_is_reported()
    {
        const string source = Usings + """
            class C
            {
                ProgressAssessment M(NumericGoal goal, IEnumerable<DatedValue> series) =>
                    ProgressChartMethod.Default.Assess(goal, series, LocalDate.FromDateTime({|#0:DateTime.Now|}));

                ProgressAssessment N(NumericGoal goal, IEnumerable<DatedValue> series) =>
                    ProgressChartMethod.Default.Assess(goal, series, asOf: AssessmentDate.Today({|#1:SystemClock.Instance|}));
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.Now", "and flows into the 'asOf' argument of 'ProgressChartMethod.Assess'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("SystemClock.Instance", "and flows into the 'asOf' argument of 'ProgressChartMethod.Assess'"));
    }

    [Fact]
    public async Task Clock_read_kept_in_a_local_first_is_reported_where_it_reaches_the_sdk()
    {
        const string source = Usings + """
            class C
            {
                ProgressAssessment M(NumericGoal goal, IEnumerable<DatedValue> series)
                {
                    var today = DateTime.Today;
                    var asOf = LocalDate.FromDateTime(today);
                    return ProgressChartMethod.Default.Assess(goal, series, {|#0:asOf|});
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.Today", "and flows into the 'asOf' argument of 'ProgressChartMethod.Assess'"));
    }

    [Fact]
    public async Task Clock_read_anywhere_inside_an_extension_point_implementation_is_reported()
    {
        const string source = Usings + """
            sealed class StampedWeighting : IWeighting
            {
                private readonly DateTimeOffset created = {|#0:DateTimeOffset.UtcNow|};
                public string Name => "stamped";
                public bool IsDataDriven => false;
                public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
                {
                    Func<Instant> now = () => {|#1:SystemClock.Instance|}.GetCurrentInstant();
                    return {|#2:DateTime.UtcNow|}.Year > 2000 ? [1.0] : [];
                }
            }
            """;

        const string where = "inside 'StampedWeighting', an implementation of 'IWeighting'";
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("DateTimeOffset.UtcNow", where),
            Verify.Diagnostic().WithLocation(1).WithArguments("SystemClock.Instance", where),
            Verify.Diagnostic().WithLocation(2).WithArguments("DateTime.UtcNow", where));
    }

    [Fact]
    public async Task Clock_read_assigned_to_an_sdk_as_of_property_is_reported()
    {
        // No shipped SDK type has a settable AsOf property yet: compiled as the SDK itself.
        const string source = """
            using System;
            using NodaTime;
            namespace CountyInnovation.Sdk
            {
                public sealed class AssessmentRequest
                {
                    public LocalDate AsOf { get; init; }
                    public LocalDate Since { get; init; }
                }
            }

            class C
            {
                CountyInnovation.Sdk.AssessmentRequest M() =>
                    new() { AsOf = LocalDate.FromDateTime({|#0:DateTime.Today|}), Since = LocalDate.FromDateTime(DateTime.Today) };
            }
            """;

        var test = new AnalyzerVerifier<SystemClockUnderTest>.Test { TestCode = source };
        test.SolutionTransforms.Add(SdkReferences.CompileAsTheSdk);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.Today", "and flows into the 'AsOf' property of 'AssessmentRequest'"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Injected_clocks_explicit_dates_and_clock_reads_elsewhere_are_not_reported()
    {
        const string source = Usings + """
            class C
            {
                private readonly IClock clock;
                C(IClock clock) => this.clock = clock;

                ProgressAssessment M(NumericGoal goal, IEnumerable<DatedValue> series) =>
                    ProgressChartMethod.Default.Assess(goal, series, AssessmentDate.Today(clock));

                ProgressAssessment N(NumericGoal goal, IEnumerable<DatedValue> series) =>
                    ProgressChartMethod.Default.Assess(goal, series, new LocalDate(2025, 12, 31));

                void Log() => Console.WriteLine(DateTime.Now);

                static IClock Compose() => SystemClock.Instance;

                static LocalDate Today() => AssessmentDate.Today(SystemClock.Instance);

                static int Year(DateTime asOf) => asOf.Year;

                static int Call() => Year(DateTime.Now);
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Members_named_like_clock_reads_on_other_types_and_other_clock_members_are_not_reported()
    {
        // The rule tests the member's name before its type: every near miss below passes one test but not the other.
        const string source = Usings + """
            static class Ticker
            {
                public static DateTime Now => new(2025, 1, 1);
                public static int Today = 1;
                public static object Instance = new();
            }

            sealed class PlainWeighting : IWeighting
            {
                private readonly DateTime start = DateTime.MinValue;
                public string Name => "plain";
                public bool IsDataDriven => false;
                public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
                {
                    var stamp = Ticker.Now.Ticks + Ticker.Today + Ticker.Instance.GetHashCode() + start.Ticks;
                    var offset = DateTimeOffset.MaxValue.Offset + TimeSpan.FromTicks(DateTime.UnixEpoch.Ticks);
                    var now = new DateTime(2025, 1, 1).Date;
                    return stamp > 0 && offset.Ticks > 0 && now.Year > 2000 ? [1.0] : [];
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }
}

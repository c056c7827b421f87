using CountyInnovation.Sdk.Analyzers.Tests.Verification;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

/// <summary>Code a consumer test found reported wrongly; each case must stay silent.</summary>
public sealed class FalsePositiveRegressionTests
{
    private const string TargetUsings = """
        using CountyInnovation.Sdk.Evaluation;
        using CountyInnovation.Sdk.Policy;
        using CountyInnovation.Sdk.Targets;
        using NodaTime;

        """;

    [Fact]
    public async Task Named_arguments_are_read_by_parameter_not_by_position()
    {
        const string source = TargetUsings + """
            class C
            {
                TrackedTarget InTime() => TrackedTarget.Create(
                    "M19-1", MeasureNumber.From(19), "25 colleges", NumericRule.For(NumericGoal.Reach(25, new LocalDate(day: 31, month: 12, year: 2025))));

                TrackedTarget Late() => TrackedTarget.Create(
                    "M19-2", MeasureNumber.From(19), "25 colleges", NumericRule.For(NumericGoal.Reach(25, {|#0:new LocalDate(day: 31, month: 12, year: 2026)|})));
            }
            """;

        await AnalyzerVerifier<DeadlineOutsidePlanHorizonUnderTest>.VerifyAsync(
            source, AnalyzerVerifier<DeadlineOutsidePlanHorizonUnderTest>.Diagnostic().WithLocation(0).WithArguments("2026-12-31"));
    }

    [Fact]
    public async Task A_local_reassigned_before_use_is_not_judged_by_its_first_value()
    {
        const string deadlines = TargetUsings + """
            class C
            {
                QuantityTarget Reassigned(bool early)
                {
                    var due = Deadline.FromPhrase("到2030年");
                    due = Deadline.FromPhrase("到2025年");
                    return QuantityTarget.Create(MeasureNumber.From(27), "175个", "175 certificates", "…", 175, "certificates", "个", due);
                }

                QuantityTarget InALambda()
                {
                    var due = Deadline.FromPhrase("到2030年");
                    System.Action reset = () => due = Deadline.FromPhrase("到2025年");
                    reset();
                    return QuantityTarget.Create(MeasureNumber.From(27), "175个", "175 certificates", "…", 175, "certificates", "个", due);
                }

                QuantityTarget Kept()
                {
                    var due = Deadline.FromPhrase("到2030年");
                    return QuantityTarget.Create(MeasureNumber.From(27), "175个", "175 certificates", "…", 175, "certificates", "个", {|#0:due|});
                }
            }
            """;
        await AnalyzerVerifier<DeadlineOutsidePlanHorizonUnderTest>.VerifyAsync(
            deadlines, AnalyzerVerifier<DeadlineOutsidePlanHorizonUnderTest>.Diagnostic().WithLocation(0).WithArguments("2030-12-31"));

        const string configurations = TargetUsings + """
            class C
            {
                MethodConfiguration Reassigned()
                {
                    var normalisation = MethodChoice.Of("min-max", ("lower", 0), ("upper", 100));
                    normalisation = MethodChoice.Of("min-max", ("lower", 1), ("upper", 100));
                    return MethodConfiguration.Default.WithNormalisation(normalisation)
                        .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")));
                }

                MethodConfiguration Deconstructed()
                {
                    var normalisation = MethodChoice.Of("min-max", ("lower", 0), ("upper", 100));
                    (normalisation, _) = (MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)), 0);
                    return MethodConfiguration.Default.WithNormalisation(normalisation)
                        .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")));
                }
            }
            """;
        await AnalyzerVerifier<InvalidMethodConfigurationUnderTest>.VerifyAsync(configurations);
    }

    [Fact]
    public async Task A_call_that_leaves_an_optional_default_parameter_out_and_comparisons_with_default_are_not_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using CountyInnovation.Sdk.Policy;
            static class Assert { public static void Equal<T>(T expected, T actual) { } public static void NotEqual<T>(T expected, T actual) { } }
            class C
            {
                static void Take(MeasureNumber measure = {|#0:default|}) { }

                void M(MeasureNumber m)
                {
                    Take();
                    Take(MeasureNumber.From(1));
                    _ = m.Equals(default);
                    _ = m.Equals(default(MeasureNumber));
                    _ = EqualityComparer<MeasureNumber>.Default.Equals(m, default);
                    Assert.Equal(m, default);
                    Assert.NotEqual(default(MeasureNumber), m);
                }
            }
            """;

        // The declaration writes the default literal and is reported; the calls write nothing.
        await AnalyzerVerifier<UnvalidatedValueUnderTest>.VerifyAsync(
            source,
            AnalyzerVerifier<UnvalidatedValueUnderTest>.Diagnostic().WithLocation(0).WithArguments("MeasureNumber", "the default literal", "MeasureNumber.From"));
    }

    [Fact]
    public async Task Nameof_a_clock_or_a_shared_random_reads_nothing()
    {
        const string source = SdkSources.ExtensionPointUsings + """
            sealed class Named : IWeighting
            {
                public string Name => nameof(DateTime.Now) + nameof(Random.Shared) + nameof(SystemClock.Instance) + nameof(Guid.NewGuid);
                public bool IsDataDriven => false;
                public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities) =>
                    [nameof(DateTimeOffset.UtcNow).Length, nameof(TimeProvider.System).Length];
            }
            """;

        await AnalyzerVerifier<SystemClockUnderTest>.VerifyAsync(source);
        await AnalyzerVerifier<NonDeterminismUnderTest>.VerifyAsync(source);
    }
}

using System.Diagnostics.Contracts;
using System.Reflection;
using CountyInnovation.Sdk.Analyzers.Semantics;
using CountyInnovation.Sdk.Analyzers.Tests.Verification;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

/// <summary>Code a consumer test found not reported; each case must be.</summary>
public sealed class MissRegressionTests
{
    [Fact]
    public async Task Nondeterministic_apis_taken_as_method_groups_are_reported()
    {
        const string source = SdkSources.ExtensionPointUsings + """
            sealed class Grouped : IWeighting
            {
                public string Name => "grouped";
                public bool IsDataDriven => false;
                public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
                {
                    Func<Guid> id = {|#0:Guid.NewGuid|};
                    Func<Guid> ordered = {|#1:Guid.CreateVersion7|};
                    Func<Instant> now = {|#2:SystemClock.Instance|}.GetCurrentInstant;
                    Func<DateTimeOffset> utc = {|#3:TimeProvider.System|}.GetUtcNow;
                    return [id().GetHashCode(), ordered().GetHashCode(), now().GetHashCode(), utc().Offset.Hours];
                }
            }
            """;

        await AnalyzerVerifier<NonDeterminismUnderTest>.VerifyAsync(
            source,
            AnalyzerVerifier<NonDeterminismUnderTest>.Diagnostic().WithLocation(0).WithArguments("Guid.NewGuid", "Grouped", "IWeighting", "derive identifiers from the inputs"),
            AnalyzerVerifier<NonDeterminismUnderTest>.Diagnostic().WithLocation(1).WithArguments("Guid.CreateVersion7", "Grouped", "IWeighting", "derive identifiers from the inputs"));
        await AnalyzerVerifier<SystemClockUnderTest>.VerifyAsync(
            source,
            AnalyzerVerifier<SystemClockUnderTest>.Diagnostic().WithLocation(2).WithArguments("SystemClock.Instance", "inside 'Grouped', an implementation of 'IWeighting'"),
            AnalyzerVerifier<SystemClockUnderTest>.Diagnostic().WithLocation(3).WithArguments("TimeProvider.System", "inside 'Grouped', an implementation of 'IWeighting'"));
    }

    [Fact]
    public async Task Discarded_copies_from_methods_named_just_With_are_reported()
    {
        const string source = """
            using CountyInnovation.Sdk.Scoring.Configuration;
            using CountyInnovation.Sdk.Targets;
            class C
            {
                void M(MethodParameters parameters, TargetPlan plan, TargetPlan other)
                {
                    {|#0:parameters.With("lower", 1)|};
                    {|#1:plan.With(other)|};
                    {|#2:ProgressChartMethod.With(ProgressThresholds.ProgressChart)|};
                }
            }
            """;

        const string copy = "returns a changed copy and leaves the original unchanged; assign the copy";
        await AnalyzerVerifier<DiscardedPureResultUnderTest>.VerifyAsync(
            source,
            AnalyzerVerifier<DiscardedPureResultUnderTest>.Diagnostic().WithLocation(0).WithArguments("MethodParameters.With", "'With' " + copy),
            AnalyzerVerifier<DiscardedPureResultUnderTest>.Diagnostic().WithLocation(1).WithArguments("TargetPlan.With", "'With' " + copy),
            AnalyzerVerifier<DiscardedPureResultUnderTest>.Diagnostic().WithLocation(2).WithArguments("ProgressChartMethod.With", "the method has no side effects, so the call does nothing without its result"));
    }

    [Fact]
    public void Every_public_copy_method_of_the_sdk_carries_the_pure_marker_in_its_metadata()
    {
        var withMethods = typeof(MethodConfiguration).Assembly.GetExportedTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.Name == "With" || (method.Name.StartsWith("With", StringComparison.Ordinal) && char.IsUpper(method.Name[4])))
            .Where(method => method.ReturnType != typeof(void))
            .ToList();

        Assert.True(withMethods.Count >= 30, $"only {withMethods.Count} With… methods found");
        Assert.All(withMethods, method => Assert.True(
            method.GetCustomAttribute<PureAttribute>() is not null,
            $"{method.DeclaringType!.Name}.{method.Name} lacks [Pure]"));
    }

    [Fact]
    public async Task Indicator_normalisation_and_group_aggregation_overrides_the_engine_refuses_are_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using CountyInnovation.Sdk.Evaluation;
            class C
            {
                MethodConfiguration IndicatorOverride() =>
                    {|#0:MethodConfiguration.Default
                        .WithNormalisation(
                            MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)),
                            new Dictionary<string, MethodChoice> { ["X1"] = MethodChoice.Of("z-score") })
                        .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")))|};

                MethodConfiguration GroupOverride() =>
                    {|#1:MethodConfiguration.Default
                        .WithLevels(LevelMethod.Of(
                            MethodChoice.Of("fixed"),
                            MethodChoice.Of("arithmetic"),
                            groupAggregation: [KeyValuePair.Create("A", MethodChoice.Of("harmonic"))]))|};

                MethodConfiguration Fine() =>
                    MethodConfiguration.Default
                        .WithNormalisation(
                            MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)),
                            [new KeyValuePair<string, MethodChoice>("X1", MethodChoice.Of("rank"))])
                        .WithLevels(LevelMethod.Of(
                            MethodChoice.Of("fixed"),
                            MethodChoice.Of("geometric"),
                            groupAggregation: new Dictionary<string, MethodChoice> { { "A", MethodChoice.Of("arithmetic") } }));
            }
            """;

        static string Problem(string normalisation, (string Key, double Value)[] parameters, string aggregation) =>
            Assert.Single(MethodCompatibility.Check(
                new MethodCompatibility.Choice(normalisation, parameters.ToDictionary(p => p.Key, p => p.Value)),
                [new MethodCompatibility.Choice(aggregation, new Dictionary<string, double>())]));

        await AnalyzerVerifier<InvalidMethodConfigurationUnderTest>.VerifyAsync(
            source,
            AnalyzerVerifier<InvalidMethodConfigurationUnderTest>.Diagnostic().WithLocation(0)
                .WithArguments("for indicator 'X1' (normalisation override): " + Problem("z-score", [], "geometric")),
            AnalyzerVerifier<InvalidMethodConfigurationUnderTest>.Diagnostic().WithLocation(1)
                .WithArguments("for group 'A' (aggregation override): " + Problem("goalposts", [("scale", 100)], "harmonic")));
    }
}

using CountyInnovation.Sdk.Analyzers.Semantics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Scoring.Configuration;
using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.InvalidMethodConfigurationUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class InvalidMethodConfigurationTests
{
    private static readonly (string Name, (string Key, double Value)[] Parameters)[] Normalisations =
    [
        ("min-max", []), ("min-max", [("lower", 0), ("upper", 100)]), ("min-max", [("lower", 1), ("upper", 100)]),
        ("min-max", [("lower", -1), ("upper", 1)]), ("z-score", []), ("goalposts", [("scale", 100)]), ("distance-to-target", []),
        ("distance-to-reference", []), ("percentile-rank", []), ("vector", []), ("fraction-of-max", []), ("rank", []),
    ];

    private static readonly (string Name, (string Key, double Value)[] Parameters)[] Aggregations =
    [
        ("arithmetic", []), ("geometric", []), ("harmonic", []), ("generalised-mean", [("p", -1)]), ("generalised-mean", [("p", 0)]),
        ("generalised-mean", [("p", 2)]), ("topsis", []), ("copeland", []),
    ];

    [Fact]
    public void Compile_time_rule_gives_the_engines_verdict_and_words_for_every_built_in_combination()
    {
        var registry = ScoringMethodRegistry.Default;
        var checkedCombinations = 0;
        foreach (var normalisation in Normalisations)
        {
            foreach (var first in Aggregations)
            {
                foreach (var second in Aggregations.Prepend(default))
                {
                    var chain = second.Name is null ? new[] { first } : [first, second];
                    var engine = ScoringCompatibility.Check(
                        registry.CreateNormalisation(normalisation.Name, Parameters(normalisation.Parameters)),
                        chain.Select(a => registry.CreateAggregation(a.Name, Parameters(a.Parameters))).ToList());
                    var compileTime = MethodCompatibility.Check(
                        Choice(normalisation),
                        chain.Select(Choice));

                    Assert.Equal(engine.Select(p => p.Message), compileTime);
                    checkedCombinations++;
                }
            }
        }

        Assert.Equal(12 * 8 * 9, checkedCombinations);
    }

    [Fact]
    public void Compile_time_defaults_are_the_sdk_defaults()
    {
        Assert.Equal(MethodChoice.Of("goalposts", ("scale", 100)), MethodConfiguration.Default.Normalisation);
        Assert.Same(LevelMethod.Default, Assert.Single(MethodConfiguration.Default.Levels));
        Assert.Equal(MethodChoice.Of("arithmetic"), LevelMethod.Default.Aggregation);
    }

    [Fact]
    public async Task Geometric_mean_after_a_normalisation_reaching_zero_is_an_error_with_the_engines_message()
    {
        const string source = """
            using CountyInnovation.Sdk.Evaluation;
            class C
            {
                MethodConfiguration Geometric() =>
                    {|#0:MethodConfiguration.Default
                        .WithName("geometric")
                        .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")))|};

                MethodConfiguration MinMax()
                {
                    var normalisation = MethodChoice.Of("min-max", ("lower", 0), ("upper", 100));
                    var levels = new[] { LevelMethod.Default, LevelMethod.Of(MethodChoice.Of("equal"), MethodChoice.Of("harmonic")) };
                    return {|#1:MethodConfiguration.Default.WithNormalisation(normalisation).WithLevels(levels)|};
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments(EngineMessage(("goalposts", [("scale", 100)]), ("geometric", []))),
            Verify.Diagnostic().WithLocation(1).WithArguments(EngineMessage(("min-max", [("lower", 0), ("upper", 100)]), ("arithmetic", []), ("harmonic", []))));
    }

    [Fact]
    public async Task Runnable_unknown_and_non_constant_configurations_are_not_reported()
    {
        const string source = """
            using CountyInnovation.Sdk.Evaluation;
            class C
            {
                MethodConfiguration Positive() => MethodConfiguration.Default
                    .WithNormalisation(MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)))
                    .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")));

                MethodConfiguration Arithmetic() => MethodConfiguration.Default.WithLevels(LevelMethod.Default);

                MethodConfiguration Own() => MethodConfiguration.Default
                    .WithNormalisation(MethodChoice.Of("my-normalisation"))
                    .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")));

                MethodConfiguration Computed(double lower) => MethodConfiguration.Default
                    .WithNormalisation(MethodChoice.Of("min-max", ("lower", lower)))
                    .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")));

                MethodConfiguration Given(MethodConfiguration method) =>
                    method.WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")));

                MethodConfiguration Renamed() => MethodConfiguration.Default.WithName("x");
            }
            """;

        await Verify.VerifyAsync(source);
    }

    private static string EngineMessage((string Name, (string Key, double Value)[] Parameters) normalisation, params (string Name, (string Key, double Value)[] Parameters)[] levels)
    {
        var registry = ScoringMethodRegistry.Default;
        return string.Join(" ", ScoringCompatibility.Check(
            registry.CreateNormalisation(normalisation.Name, Parameters(normalisation.Parameters)),
            levels.Select(a => registry.CreateAggregation(a.Name, Parameters(a.Parameters))).ToList()).Select(p => p.Message));
    }

    private static MethodParameters Parameters((string Key, double Value)[] values) =>
        values.Aggregate(MethodParameters.Empty, (parameters, p) => parameters.With(p.Key, p.Value));

    private static MethodCompatibility.Choice Choice((string Name, (string Key, double Value)[] Parameters) method) =>
        new(method.Name, method.Parameters.ToDictionary(p => p.Key, p => p.Value));
}

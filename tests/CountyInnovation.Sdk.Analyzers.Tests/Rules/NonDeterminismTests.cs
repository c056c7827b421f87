using CountyInnovation.Sdk.Analyzers.Tests.Verification;
using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.NonDeterminismUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class NonDeterminismTests
{
    private const string Usings = SdkSources.ExtensionPointUsings;

    [Fact]
    public async Task Unseeded_randomness_and_new_guids_inside_an_extension_point_are_reported()
    {
        const string source = Usings + """
            sealed class JitterWeighting : IWeighting
            {
                private readonly Random random = {|#0:new Random()|};
                public string Name => "jitter";
                public bool IsDataDriven => false;
                public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
                {
                    var id = {|#1:Guid.NewGuid()|};
                    double Next() => {|#2:Random.Shared|}.NextDouble();
                    return [random.NextDouble() + Next()];
                }
            }

            abstract class BaseMethod : INumericProgressMethod
            {
                public string Name => "derived";
                public abstract ProgressMethod Method { get; }
                public abstract ProgressThresholds Thresholds { get; }
                public abstract ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series, LocalDate asOf);
            }

            sealed class Derived : BaseMethod
            {
                public override ProgressMethod Method => ProgressMethod.ProgressChartExtrapolation;
                public override ProgressThresholds Thresholds => ProgressThresholds.ProgressChart;
                public override ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series, LocalDate asOf) =>
                    {|#3:Guid.CreateVersion7()|} == Guid.Empty ? throw new InvalidOperationException() : ProgressChartMethod.Default.Assess(goal, series, asOf);
            }
            """;

        const string advice = "take a seed (new Random(seed)) or a Random from the caller";
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("new Random()", "JitterWeighting", "IWeighting", advice),
            Verify.Diagnostic().WithLocation(1).WithArguments("Guid.NewGuid()", "JitterWeighting", "IWeighting", "derive identifiers from the inputs"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Random.Shared", "JitterWeighting", "IWeighting", advice),
            Verify.Diagnostic().WithLocation(3).WithArguments("Guid.CreateVersion7()", "Derived", "INumericProgressMethod", "derive identifiers from the inputs"));
    }

    [Fact]
    public async Task Seeded_randomness_and_randomness_outside_extension_points_are_not_reported()
    {
        const string source = Usings + """
            sealed class SeededWeighting(int seed) : IWeighting
            {
                private readonly Random random = new Random(seed);
                public string Name => "seeded";
                public bool IsDataDriven => false;
                public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities) =>
                    [random.NextDouble(), new Random(42).NextDouble(), Guid.Empty.GetHashCode()];
            }

            sealed class Tool
            {
                public Guid Id { get; } = Guid.NewGuid();
                public double Sample() => new Random().NextDouble() + Random.Shared.NextDouble();
            }
            """;

        await Verify.VerifyAsync(source);
    }
}

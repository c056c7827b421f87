using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Testing.Generators;
using CountyInnovation.Sdk.Testing.Laws;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Testing.Tests.DocExample;

/// <summary>
/// A team's own rule: 100 · ln(1 + x) / ln(1 + cap), capped at 100, for skewed counts such as
/// patents or enterprises; reversed for "less is better" indicators. Missing stays missing.
/// </summary>
public sealed class CappedLogNormalisation(double cap) : INormalisation
{
    public string Name => "capped-log";

    // The declared traits decide which laws apply: bounded output, strictly positive input
    // (so the logarithm is defined), not invariant under affine maps (a log is not scale-free).
    public NormalisationTraits Traits { get; } =
        NormalisationTraits.Create(0, 100, OutputSign.MayBeZeroOrNegative, affineInvariant: false, requiresPositiveInput: true);

    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        var top = Math.Log(1 + cap);
        for (var i = 0; i < column.Length; i++)
        {
            var share = Math.Min(1, Math.Log(1 + column[i]) / top);
            destination[i] = 100 * (context.Polarity == Polarity.LessIsBetter ? 1 - share : share);
        }
    }
}

public sealed class CappedLogNormalisationTests
{
    private readonly CappedLogNormalisation rule = new(cap: 1000);

    // One line: every law that applies, 200 generated columns each, shrunk counterexamples on failure.
    [Fact]
    public void Capped_log_satisfies_every_law_that_applies() => rule.ShouldSatisfyAllLaws();

    // A single law, with another seed and more cases; the outcome is plain data to assert on.
    [Fact]
    public void Capped_log_is_monotone_in_the_indicator_direction_on_many_more_columns()
    {
        var outcome = LawRunner.CheckOne<INormalisation>(rule, NormalisationLaws.MonotoneInDirection, LawCheckOptions.Default.WithSeed(2025).WithMaxTests(2000));
        Assert.Equal(LawStatus.Passed, outcome.Status);
    }

    // The kit's generators also serve the team's own properties (FsCheck.Xunit here).
    [Property]
    public Property Values_at_or_above_the_cap_score_100() =>
        Prop.ForAll(NormalisationCase.Arbitrary(rule.Traits), c =>
        {
            var scores = new double[c.Column.Length];
            rule.Normalise(c.Column.AsSpan(), NormalisationContext.For(Polarity.MoreIsBetter), scores);
            return c.Column.Select((x, i) => double.IsNaN(x) || x < 1000 || scores[i] == 100).All(ok => ok);
        });

    // Plugged into the whole evaluation by name, the rule keeps every pipeline law.
    [Fact]
    public void The_evaluation_with_the_capped_log_satisfies_every_pipeline_law()
    {
        var registry = ScoringMethodRegistry.Default
            .WithNormalisation("capped-log", p => new CappedLogNormalisation(p.GetNumber("capped-log", "cap", 1000)));
        var method = MethodConfiguration.Default
            .WithName("capped-log")
            .WithNormalisation(MethodChoice.Of("capped-log", ("cap", 1000)));
        var pipeline = EvaluationPipeline.Create(HebeiFramework.Default, method, registry);

        pipeline.ShouldSatisfyAllLaws(LawCheckOptions.Default.WithMaxTests(30));
    }
}

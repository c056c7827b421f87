using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Testing.Generators;
using CountyInnovation.Sdk.Testing.Laws;
using Xunit.Abstractions;

namespace CountyInnovation.Sdk.Testing.Tests;

/// <summary>The kit catches deliberately broken rules and names a small counterexample.</summary>
public sealed class BrokenRuleTests(ITestOutputHelper output)
{
    /// <summary>Scores each county by its distance from the column mean: bounded, scale-free, and not monotone.</summary>
    private sealed class DistanceFromMean : INormalisation
    {
        public string Name => "distance-from-mean";

        public NormalisationTraits Traits { get; } = NormalisationTraits.Create(0, double.PositiveInfinity, OutputSign.MayBeZeroOrNegative, affineInvariant: false);

        public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
        {
            var observed = column.ToArray().Where(v => !double.IsNaN(v)).ToArray();
            var mean = observed.Length == 0 ? 0 : observed.Average();
            for (var i = 0; i < column.Length; i++)
            {
                destination[i] = Math.Abs(column[i] - mean);
            }
        }
    }

    [Fact]
    public void A_non_monotone_normalisation_is_caught_with_a_shrunk_two_county_counterexample()
    {
        var exception = Assert.Throws<LawViolationException>(() => new DistanceFromMean().ShouldSatisfyAllLaws());
        output.WriteLine(exception.Message);

        var monotone = exception.Report["monotone-in-direction"];
        Assert.Equal(LawStatus.Failed, monotone.Status);
        var counterexample = Assert.IsType<NormalisationCase>(Assert.Single(monotone.CounterexampleArguments));
        // Shrinking leaves two or three counties with small whole values; three are needed when the
        // direction is "more is better" (two counties are always symmetric about their mean).
        Assert.InRange(counterexample.Column.Length, 2, 3);
        Assert.All(counterexample.Column, v => Assert.True(v == Math.Round(v) && Math.Abs(v) <= 10, $"{v} is not a small whole number"));
        Assert.Contains("counterexample (shrunk): " + counterexample, exception.Message);
        Assert.Contains("observed: county", exception.Message);
        Assert.Contains("monotone-in-direction", exception.Message);
        Assert.NotEqual(monotone.OriginalCounterexample, monotone.Counterexample);
    }

    [Fact]
    public void A_method_that_ignores_the_cost_direction_is_caught_on_a_less_is_better_column()
    {
        var minMax = ScoringMethodRegistry.Default.CreateNormalisation("min-max");
        var ignoresPolarity = new IgnoresPolarity(minMax);

        var report = NormalisationLaws.Check(ignoresPolarity);
        output.WriteLine(report.ToString());

        var outcome = report["monotone-in-direction"];
        Assert.Equal(LawStatus.Failed, outcome.Status);
        Assert.Equal("column [0, 1], LessIsBetter", outcome.Counterexample);
        Assert.Equal(LawStatus.Passed, report["invariant-under-positive-affine-maps"].Status);
    }

    [Fact]
    public void A_method_that_breaks_its_declared_range_is_caught()
    {
        var report = NormalisationLaws.Check(new OutOfRange());

        var outcome = report["output-within-declared-range"];
        Assert.Equal(LawStatus.Failed, outcome.Status);
        Assert.Contains("outside the declared range [0, 1]", outcome.Violation);
    }

    private sealed class IgnoresPolarity(INormalisation inner) : INormalisation
    {
        public string Name => "ignores-polarity";

        public NormalisationTraits Traits => inner.Traits;

        public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination) =>
            inner.Normalise(column, NormalisationContext.For(Scoring.Polarity.MoreIsBetter), destination);
    }

    /// <summary>Declares [0, 1] but divides by the maximum, so negative values fall below 0.</summary>
    private sealed class OutOfRange : INormalisation
    {
        public string Name => "fraction-of-max-without-check";

        public NormalisationTraits Traits { get; } = NormalisationTraits.Create(0, 1, OutputSign.MayBeZeroOrNegative, affineInvariant: false);

        public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
        {
            var max = column.ToArray().Where(v => !double.IsNaN(v)).DefaultIfEmpty(1).Max();
            for (var i = 0; i < column.Length; i++)
            {
                destination[i] = max == 0 ? 0 : column[i] / max;
            }
        }
    }
}

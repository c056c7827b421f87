using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Normalisation;

namespace CountyInnovation.Sdk.Tests.Scoring;

public class ConfigurationTests
{
    [Fact]
    public void Default_registry_knows_every_documented_name()
    {
        var r = ScoringMethodRegistry.Default;
        Assert.Equal(["carry-forward", "group-mean", "group-median", "linear", "mean", "median"], r.Names(ScoringMethodKind.Imputation).ToArray());
        Assert.Equal(["distance-to-reference", "distance-to-target", "fraction-of-max", "goalposts", "min-max", "percentile-rank", "rank", "vector", "z-score"],
            r.Names(ScoringMethodKind.Normalisation).ToArray());
        Assert.Equal(["coefficient-of-variation", "critic", "entropy", "equal", "fixed", "pca"], r.Names(ScoringMethodKind.Weighting).ToArray());
        Assert.Equal(["arithmetic", "copeland", "generalised-mean", "geometric", "harmonic", "topsis"], r.Names(ScoringMethodKind.Aggregation).ToArray());
        Assert.Equal(["winsorise-or-log"], r.Names(ScoringMethodKind.OutlierTreatment).ToArray());
    }

    [Fact]
    public void Methods_are_created_by_name_with_parameters_case_insensitively()
    {
        var m = (MinMaxNormalisation)ScoringMethodRegistry.Default.CreateNormalisation("Min-Max",
            MethodParameters.Empty.With("lower", 1).With("upper", 100).With("zero-range", "error"));
        Assert.Equal((1.0, 100.0, ZeroRangePolicy.Error), (m.Lower, m.Upper, m.ZeroRange));
    }

    [Fact]
    public void Unknown_names_and_parameters_are_typed_explained_errors()
    {
        var e = Assert.Throws<ScoringConfigurationException>(() => ScoringMethodRegistry.Default.CreateNormalisation("minmax"));
        var p = Assert.Single(e.Problems);
        Assert.Equal(ScoringProblemKind.UnknownMethod, p.Kind);
        Assert.Contains("min-max", p.Message, StringComparison.Ordinal);

        var bad = Assert.Throws<ScoringConfigurationException>(() => ScoringMethodRegistry.Default.CreateNormalisation("min-max", MethodParameters.Empty.With("upperr", 5)));
        Assert.Equal(ScoringProblemKind.InvalidParameter, bad.Problems[0].Kind);
        Assert.Contains("upperr", bad.Message, StringComparison.Ordinal);
        Assert.Throws<ScoringConfigurationException>(() => ScoringMethodRegistry.Default.CreateNormalisation("min-max", MethodParameters.Empty.With("lower", 5).With("upper", 5)));
        Assert.Throws<ScoringConfigurationException>(() => ScoringMethodRegistry.Default.CreateNormalisation("min-max", MethodParameters.Empty.With("lower", "zero")));
    }

    [Fact]
    public void Users_can_register_their_own_methods_without_changing_the_default()
    {
        var custom = ScoringMethodRegistry.Default.WithAggregation("my-max", _ => MaxAggregation.Instance);
        Assert.Same(MaxAggregation.Instance, custom.CreateAggregation("my-max"));
        Assert.Throws<ScoringConfigurationException>(() => ScoringMethodRegistry.Default.CreateAggregation("my-max"));
        Assert.NotEqual(custom, ScoringMethodRegistry.Default);
        Assert.Equal(ScoringMethodRegistry.Default, ScoringMethodRegistry.Default);
    }

    [Fact]
    public void Geometric_after_min_max_from_zero_is_refused_before_any_work_with_the_reason()
    {
        var problems = ScoringCompatibility.Check(MinMaxNormalisation.Create(0, 100), [ArithmeticAggregation.Instance, GeometricAggregation.Instance]);
        var p = Assert.Single(problems);
        Assert.Equal(ScoringProblemKind.NonPositiveInputForAggregation, p.Kind);
        Assert.Equal("geometric", p.Method);
        Assert.Contains("min-max", p.Message, StringComparison.Ordinal);
        Assert.Contains("level 2", p.Message, StringComparison.Ordinal);
        Assert.Throws<ScoringConfigurationException>(() => ScoringCompatibility.ThrowIfIncompatible(ZScoreNormalisation.Standard, [HarmonicAggregation.Instance]));
    }

    [Fact]
    public void Compatible_combinations_pass_the_check()
    {
        Assert.Empty(ScoringCompatibility.Check(MinMaxNormalisation.Create(1, 100), [GeometricAggregation.Instance, GeometricAggregation.Instance]));
        Assert.Empty(ScoringCompatibility.Check(RankNormalisation.Instance, [HarmonicAggregation.Instance]));
        Assert.Empty(ScoringCompatibility.Check(FractionOfMaxNormalisation.Instance, [GeometricAggregation.Instance]));
        Assert.Empty(ScoringCompatibility.Check(ZScoreNormalisation.Standard, [ArithmeticAggregation.Instance, CopelandAggregation.Instance]));
    }

    [Fact]
    public void Copeland_below_a_geometric_level_is_refused()
    {
        var p = Assert.Single(ScoringCompatibility.Check(MinMaxNormalisation.Create(1, 100), [CopelandAggregation.Instance, GeometricAggregation.Instance]));
        Assert.Contains("copeland", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_goalposts_target_or_reference_are_reported_per_indicator()
    {
        var ctx = NormalisationContext.For(Polarity.MoreIsBetter);
        Assert.Equal(ScoringProblemKind.MissingNormalisationContext, Assert.Single(ScoringCompatibility.Check(GoalpostNormalisation.Create(), ctx, "X1")).Kind);
        Assert.Contains("X2", Assert.Single(ScoringCompatibility.Check(DistanceToTargetNormalisation.Create(), ctx, "X2")).Message, StringComparison.Ordinal);
        Assert.Single(ScoringCompatibility.Check(DistanceToReferenceNormalisation.Create(), ctx, "X3"));
        Assert.Empty(ScoringCompatibility.Check(GoalpostNormalisation.Create(), ctx.WithGoalposts(Goalposts.Of(0, 1)), "X1"));
    }

    [Fact]
    public void Method_parameters_compare_by_value_and_print_round_trippably()
    {
        var a = MethodParameters.Empty.With("p", 0.1).With("weights", [1.0, 2]).With("mode", "x");
        var b = MethodParameters.Empty.With("mode", "x").With("weights", [1.0, 2]).With("p", 0.1);
        Assert.Equal(a, b);
        Assert.Equal("{mode: \"x\", p: 0.1, weights: [1, 2]}", a.ToString());
        Assert.Throws<ArgumentException>(() => MethodParameters.Empty.With("p", double.NaN));
    }

    private sealed record MaxAggregation : IAggregation
    {
        public static MaxAggregation Instance { get; } = new();

        public string Name => "my-max";

        public AggregationTraits Traits { get; } = AggregationTraits.Create(false, AggregationScope.PerUnit, true);

        public void Aggregate(ReadOnlySpan<double> columnMajor, int unitCount, ReadOnlySpan<double> weights, AggregationOptions options, Span<double> destination)
        {
            for (var i = 0; i < unitCount; i++)
            {
                destination[i] = double.NegativeInfinity;
                for (var j = 0; j < weights.Length; j++)
                {
                    destination[i] = Math.Max(destination[i], columnMajor[(j * unitCount) + i]);
                }
            }
        }
    }
}

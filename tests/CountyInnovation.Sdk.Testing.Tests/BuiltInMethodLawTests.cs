using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Testing.Laws;

namespace CountyInnovation.Sdk.Testing.Tests;

/// <summary>The SDK holds itself to its own kit: every built-in method in the scoring registry, every law that applies.</summary>
public sealed class BuiltInMethodLawTests
{
    private static readonly ScoringMethodRegistry Registry = ScoringMethodRegistry.Default;

    public static TheoryData<string> Names(ScoringMethodKind kind) => [.. Registry.Names(kind)];

    public static TheoryData<string> Normalisations => Names(ScoringMethodKind.Normalisation);

    [Theory]
    [MemberData(nameof(Normalisations))]
    public void Every_built_in_normalisation_satisfies_every_law_that_applies(string name) =>
        Registry.CreateNormalisation(name).ShouldSatisfyAllLaws();

    public static TheoryData<string> Aggregations => Names(ScoringMethodKind.Aggregation);

    public static TheoryData<string> OutlierTreatments => Names(ScoringMethodKind.OutlierTreatment);

    public static TheoryData<string> Imputations => Names(ScoringMethodKind.Imputation);

    // "fixed" weights are a list of numbers for one framework's components; the generated cases vary
    // the component count, so it is checked on its own below with weights for every count.
    public static TheoryData<string> Weightings => [.. Registry.Names(ScoringMethodKind.Weighting).Where(n => n != "fixed")];

    [Theory]
    [MemberData(nameof(Aggregations))]
    public void Every_built_in_aggregation_satisfies_every_law_that_applies(string name) =>
        Registry.CreateAggregation(name, name == "generalised-mean" ? MethodParameters.Empty.With("p", 2) : null).ShouldSatisfyAllLaws();

    // Found by this kit: Copeland used to compare the summed weights of wins and losses exactly, so a
    // pair tying in exact arithmetic (weights 1/17, 2/17, 4/17 against 7/17) was decided by rounding
    // and multiplying every weight by 3 flipped it. Kept as a regression test with that counterexample.
    [Fact]
    public void Copeland_ties_are_not_decided_by_rounding_of_the_weights()
    {
        double[][] rows = [[0, 1, 0, 0, 0], [0, 0, 0, 0, 0], [1, 0, 1, 1, 0]];
        double[] weights = [1 / 17.0, 7 / 17.0, 2 / 17.0, 4 / 17.0, 3 / 17.0];
        var matrix = ComponentMatrix.FromRows(rows);
        var copeland = Registry.CreateAggregation("copeland");

        var scores = copeland.Aggregate(matrix, weights);
        var tripled = copeland.Aggregate(matrix, [.. weights.Select(w => w * 3)]);

        Assert.Equal([1.0, -2.0, 1.0], scores.ToArray());
        Assert.Equal(scores.ToArray(), tripled.ToArray());
        LawRunner.Check(copeland, "copeland", [AggregationLaws.InvariantToWeightScale], LawCheckOptions.Default.WithMaxTests(1000)).ThrowIfAnyFailed();
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(0.5)]
    [InlineData(3.0)]
    public void The_generalised_mean_satisfies_every_law_that_applies_for_several_orders(double p) =>
        Registry.CreateAggregation("generalised-mean", MethodParameters.Empty.With("p", p)).ShouldSatisfyAllLaws();

    [Theory]
    [MemberData(nameof(Weightings))]
    public void Every_built_in_data_driven_or_equal_weighting_satisfies_every_law_that_applies(string name) =>
        Registry.CreateWeighting(name).ShouldSatisfyAllLaws();

    [Theory]
    [MemberData(nameof(OutlierTreatments))]
    public void Every_built_in_outlier_treatment_satisfies_every_law(string name) =>
        Registry.CreateOutlierTreatment(name).ShouldSatisfyAllLaws();

    [Theory]
    [MemberData(nameof(Imputations))]
    public void Every_built_in_imputation_satisfies_every_law(string name) =>
        Registry.CreateImputation(name).ShouldSatisfyAllLaws();

    [Fact]
    public void Built_in_methods_do_not_pass_vacuously_every_applicable_law_ran_its_cases()
    {
        var report = NormalisationLaws.Check(Registry.CreateNormalisation("min-max"));

        Assert.All(report.Outcomes.Where(o => o.Status != LawStatus.NotApplicable), o => Assert.Equal(LawCheckOptions.Default.MaxTests, o.TestsRun));
        Assert.Equal(LawStatus.Passed, report["invariant-under-positive-affine-maps"].Status);
        Assert.Equal(LawStatus.Passed, report["output-within-declared-range"].Status);
    }

    [Fact]
    public void The_registry_has_built_in_methods_of_every_kind_to_check()
    {
        foreach (var kind in Enum.GetValues<ScoringMethodKind>())
        {
            Assert.NotEmpty(Registry.Names(kind));
        }
    }
}

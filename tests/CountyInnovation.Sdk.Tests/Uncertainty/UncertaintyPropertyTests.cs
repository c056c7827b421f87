using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Uncertainty;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Tests.Uncertainty;

public sealed class UncertaintyPropertyTests
{
    private static readonly Gen<(int Counties, int Runs, ulong Seed, ulong DataSeed)> Cases =
        from counties in Gen.Choose(3, 30)
        from runs in Gen.Choose(2, 300)
        from seed in Gen.Choose(0, int.MaxValue)
        from dataSeed in Gen.Choose(1, 1000)
        select (counties, runs, (ulong)seed, (ulong)dataSeed);

    [FsCheck.Xunit.Property(MaxTest = 25)]
    public Property Class_probabilities_of_every_ranked_county_sum_to_one()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var result = UncertaintyAnalysis.Run(
                UncertaintyFixture.Panel(c.Counties, c.DataSeed),
                UncertaintyFixture.Year,
                UncertaintyFixture.Workload,
                UncertaintySettings.Default.WithRuns(c.Runs).WithSeed(c.Seed));
            return result.Counties.All(county =>
                county.RankedRuns == 0
                    ? double.IsNaN(county.ProbabilityA)
                    : Math.Abs(county.ProbabilityA + county.ProbabilityB + county.ProbabilityC - 1) < 1e-12
                      && county.ProbabilityA >= 0 && county.ProbabilityB >= 0 && county.ProbabilityC >= 0);
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 25)]
    public Property Nominal_rank_lies_in_the_sampled_range_when_the_nominal_choices_were_sampled()
    {
        // Every assumption is discrete and includes the nominal choice, so a run that draws the
        // nominal alternative of each reproduces the nominal ranking exactly.
        var specification = UncertaintySpecification.Of(
            UncertaintyFixture.Nominal,
            MethodAssumption.Normalisation(UncertaintyFixture.Goalposts, UncertaintyFixture.MinMax),
            MethodAssumption.Imputation(MethodChoice.Of("mean"), MethodChoice.Of("group-mean")),
            MethodAssumption.OutlierTreatment());
        var nominal = specification.Assumptions.Cast<IDiscreteAssumption>()
            .Select(a => a.Alternatives[a.NominalAlternative(UncertaintyFixture.Nominal)!.Value])
            .ToArray();
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var result = UncertaintyAnalysis.Run(
                UncertaintyFixture.Panel(c.Counties, c.DataSeed),
                UncertaintyFixture.Year,
                specification,
                UncertaintySettings.Default.WithRuns(c.Runs).WithSeed(c.Seed));
            var sampled = Enumerable.Range(0, result.Runs).Any(i => result.Run(i).Parameters.SequenceEqual(nominal));
            var inside = result.Counties.All(county =>
                county.NominalRank is not { } rank || (county.BestRank <= rank && rank <= county.WorstRank
                    && county.Percentile5Rank >= county.BestRank && county.Percentile95Rank <= county.WorstRank));
            return (!sampled || inside).Classify(sampled, "nominal combination sampled");
        });
    }

    [Fact]
    public void The_nominal_alternatives_are_recognised()
    {
        Assert.Equal(1, MethodAssumption.Normalisation(UncertaintyFixture.Goalposts, UncertaintyFixture.MinMax).NominalAlternative(UncertaintyFixture.Nominal));
        Assert.Equal(1, MethodAssumption.OutlierTreatment().NominalAlternative(UncertaintyFixture.Nominal));
        Assert.Equal(0, MethodAssumption.Aggregation(MethodChoice.Of("arithmetic"), MethodChoice.Of("geometric")).NominalAlternative(UncertaintyFixture.Nominal));
        Assert.Null(MethodAssumption.Normalisation(UncertaintyFixture.Goalposts, UncertaintyFixture.ZScore).NominalAlternative(UncertaintyFixture.Nominal));
    }
}

using CountyInnovation.Sdk.Evaluation;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Testing.Generators;

/// <summary>
/// Generators of method configurations (评价方法): variations of <see cref="MethodConfiguration.Default"/>
/// over normalisation, outlier treatment, weighting, aggregation and class thresholds. Some
/// combinations are refused up front by the SDK (e.g. a geometric mean after min-max from 0); the
/// laws discard those cases, as the SDK's typed refusal is the correct behaviour.
/// </summary>
public static class MethodConfigurations
{
    /// <summary>A method configuration.</summary>
    public static Gen<MethodConfiguration> Generator() =>
        from normalisation in Gen.Elements(
            MethodConfiguration.Default.Normalisation,
            MethodChoice.Of("min-max", ("lower", 0), ("upper", 100)),
            MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)),
            MethodChoice.Of("percentile-rank"),
            MethodChoice.Of("z-score", ("mean", 50), ("sd", 10)))
        from treat in Gen.Elements(true, false)
        from weighting in Gen.Elements(MethodChoice.Of("fixed"), MethodChoice.Of("equal"), MethodChoice.Of("entropy"))
        from aggregation in Gen.Elements(MethodChoice.Of("arithmetic"), MethodChoice.Of("geometric"))
        from thresholds in Gen.Elements(ClassThresholds.Default, ClassThresholds.Of(70, 50), ClassThresholds.Of(85, 60))
        select MethodConfiguration.Default
            .WithName("generated")
            .WithNormalisation(normalisation)
            .WithOutlierTreatment(treat)
            .WithLevels(LevelMethod.Of(weighting, aggregation))
            .WithClassThresholds(thresholds);

    /// <summary>Method configurations (not shrunk).</summary>
    public static Arbitrary<MethodConfiguration> Arbitrary() => Arb.From(Generator());
}

using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Tests.Uncertainty;

/// <summary>A small seeded panel on Hebei's counties and the specifications the tests vary.</summary>
internal static class UncertaintyFixture
{
    public static readonly EvaluationYear Year = EvaluationYear.ForDataYear(2023);

    public static IndicatorFramework Framework => HebeiFramework.Default;

    /// <summary>Counties (the first <paramref name="counties"/> of Hebei) × the framework's 17 indicators × 2022–2023, about 3 % missing.</summary>
    public static Panel Panel(int counties = 40, ulong seed = 1)
    {
        var list = HebeiCounties.All.Take(counties).ToArray();
        var indicators = Framework.Indicators;
        int[] years = [2022, 2023];
        var random = new Random((int)seed);
        // Panel.Create's layout: values[((indicator · years) + year) · counties + county].
        var values = new double[list.Length * years.Length * indicators.Length];
        for (var c = 0; c < list.Length; c++)
        {
            var strength = random.NextDouble();
            for (var y = 0; y < years.Length; y++)
            {
                for (var i = 0; i < indicators.Length; i++)
                {
                    var upper = indicators[i].Goalposts?.Upper ?? 100;
                    var v = upper * Math.Clamp((0.6 * strength) + (0.5 * random.NextDouble()), 0.02, 1.3);
                    values[(((i * years.Length) + y) * list.Length) + c] = random.NextDouble() < 0.03 ? double.NaN : v;
                }
            }
        }

        return CountyInnovation.Sdk.Data.Panel.Create(
            PanelMetadata.Create("uncertainty-fixture", isSynthetic: true),
            list,
            years,
            indicators.Select(i => i.Code),
            values);
    }

    /// <summary>The nominal method: group-mean imputation, no treatment, min-max 1–100 (qualitative scores 1–100), arithmetic.</summary>
    public static MethodConfiguration Method => MethodConfiguration.Default
        .WithName("fixture")
        .WithQualitativeScaling(MethodChoice.Of("linear", ("lower", 1), ("upper", 100)))
        .WithImputation(MethodChoice.Of("group-mean"))
        .WithOutlierTreatment(false)
        .WithNormalisation(MinMax)
        .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("arithmetic")));

    public static MethodChoice MinMax => MethodChoice.Of("min-max", ("lower", 1), ("upper", 100));

    public static MethodChoice ZScore => MethodChoice.Of("z-score", ("mean", 60), ("sd", 15));

    public static MethodChoice Goalposts => MethodChoice.Of("goalposts", ("scale", 100));

    public static EvaluationScenario Nominal => EvaluationScenario.Of(Framework, Method);

    /// <summary>The workload's four assumptions: first-level weights ±25 %, normalisation, aggregation, imputation.</summary>
    public static UncertaintySpecification Workload => UncertaintySpecification.Of(
        Nominal,
        WeightPerturbation.Of(1, 0.25),
        MethodAssumption.Normalisation(MinMax, ZScore, Goalposts),
        MethodAssumption.Aggregation(MethodChoice.Of("arithmetic"), MethodChoice.Of("geometric")),
        MethodAssumption.Imputation(MethodChoice.Of("mean"), MethodChoice.Of("group-mean")));
}

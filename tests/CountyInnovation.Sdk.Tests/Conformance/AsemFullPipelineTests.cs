using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Tests.Conformance;

/// <summary>
/// The whole pipeline on COINr's ASEM files read as they are (<see cref="CoinrReader"/>: iData with
/// ISO3 unit codes, iMeta's tree, directions and weights), in six configurations; every normalised
/// value, every aggregate at every level and the index are compared to 1e-9 with
/// <see cref="AsemReference"/>, a separate implementation of COINr's documented formulas. COINr
/// publishes these configurations' numbers only rounded (2 decimals or 3 significant digits), so the
/// 1e-9 expectations come from the reference; the rounded published numbers of the example coin are
/// checked in <see cref="CoinrIndexConformanceTests"/>.
/// </summary>
public class AsemFullPipelineTests
{
    private static readonly EvaluationYear Year = EvaluationYear.SameAsData(2018);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Conformance", "Data");

    public static TheoryData<string> Configurations => ["min-max-arithmetic", "treated-min-max", "group-mean-gdp", "z-score-arithmetic", "rescaled-geometric", "rank"];

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Every_level_matches_the_reference_to_1e9(string configuration)
    {
        var set = CoinrReader.ReadFiles(Path.Combine(Folder, "iData.csv"), Path.Combine(Folder, "iMeta.csv"), configuration == "group-mean-gdp" ? "GDP_group" : null);
        var detail = EvaluationPipeline.EvaluateInDetail(set.Panel, set.Framework, Method(configuration), Year);
        var expected = Expected(AsemData.Instance, configuration);

        Assert.Equal(51, detail.Units.Length);
        var checkedValues = 0;
        foreach (var (code, column) in expected)
        {
            var actual = detail.Indicators.FirstOrDefault(i => i.Code == code)?.Normalised ?? detail.Group(code).Scores;
            for (var u = 0; u < AsemData.Instance.Units.Count; u++)
            {
                var unit = AsemData.Instance.UnitCodes[u];
                var a = actual[detail.IndexOfUnit(unit)];
                Assert.True(
                    (double.IsNaN(column[u]) && double.IsNaN(a)) || Math.Abs(column[u] - a) <= 1e-9,
                    $"{configuration}: {unit} {code}: reference {column[u]:R}, SDK {a:R}");
                checkedValues++;
            }
        }

        Assert.Equal(51 * (49 + 11), checkedValues);
        var index = detail.Group("Index");
        for (var u = 0; u < detail.Units.Length; u++)
        {
            Assert.Equal(index.Scores[u], detail.Result.Counties[u].Score!.Value);
        }
    }

    private static MethodConfiguration Method(string configuration)
    {
        var minMax = MethodChoice.Of("min-max", ("lower", 0), ("upper", 100));
        var arithmetic = LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("arithmetic"));
        var plain = MethodConfiguration.Default.WithName(configuration).WithImputation().WithOutlierTreatment(false).WithNormalisation(minMax).WithLevels(arithmetic);
        return configuration switch
        {
            "min-max-arithmetic" => plain,
            "treated-min-max" => plain.WithOutlierTreatment(true, MethodChoice.Of("winsorise-or-log", ("max-winsorised", 5), ("skew-threshold", 2), ("kurtosis-threshold", 3.5))),
            "group-mean-gdp" => plain.WithImputation(MethodChoice.Of("group-mean")),
            "z-score-arithmetic" => plain.WithNormalisation(MethodChoice.Of("z-score", ("mean", 10), ("sd", 2))),

            // The pipeline refuses a geometric mean after z-scores (unbounded below) when it is
            // compiled; COINr's advice is to rescale onto a positive range first: min-max [1, 100].
            "rescaled-geometric" => plain
                .WithNormalisation(MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)))
                .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric"))),
            "rank" => plain.WithNormalisation(MethodChoice.Of("rank")),
            _ => throw new ArgumentOutOfRangeException(nameof(configuration)),
        };
    }

    private static Dictionary<string, double[]> Expected(AsemData data, string configuration)
    {
        var normalised = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var gdpGroups = data.Units.Select(u => u["GDP_group"]).ToArray();
        foreach (var meta in data.Indicators)
        {
            var x = data.Column(meta["iCode"]);
            var direction = meta["Direction"] == "-1" ? -1 : 1;
            normalised[meta["iCode"]] = configuration switch
            {
                "treated-min-max" => AsemReference.MinMax(AsemReference.Treat(x), direction),
                "group-mean-gdp" => AsemReference.MinMax(AsemReference.GroupMean(x, gdpGroups), direction),
                "z-score-arithmetic" => AsemReference.ZScore(x, direction, 10, 2),
                "rescaled-geometric" => AsemReference.MinMax(x, direction, 1, 100),
                "rank" => AsemReference.Rank(x, direction),
                _ => AsemReference.MinMax(x, direction),
            };
        }

        return AsemReference.Aggregate(data, normalised, configuration == "rescaled-geometric");
    }
}

using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Imputation;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Scoring.Treatment;

namespace CountyInnovation.Sdk.Tests.Conformance;

/// <summary>
/// COINr's build steps on the ASEM data, each done with the SDK's scoring methods; the aggregation
/// tree, weights, directions and denominators come straight from iMeta.
/// </summary>
internal static class AsemPipeline
{
    public static Dictionary<string, double[]> Raw(AsemData data) =>
        data.Indicators.ToDictionary(m => m["iCode"], m => data.Column(m["iCode"]), StringComparer.Ordinal);

    /// <summary>COINr <c>Denominate()</c> with iMeta's Denominator column: x / denominator.</summary>
    public static Dictionary<string, double[]> Denominate(AsemData data) =>
        data.Indicators.ToDictionary(
            m => m["iCode"],
            m =>
            {
                var x = data.Column(m["iCode"]);
                if (m["Denominator"].Length == 0)
                {
                    return x;
                }

                var d = data.Column(m["Denominator"]);
                return x.Select((v, i) => v / d[i]).ToArray();
            },
            StringComparer.Ordinal);

    /// <summary>COINr <c>Impute(f_i = "i_mean_grp", use_group = "EurAsia_group")</c>: group mean per column.</summary>
    public static Dictionary<string, double[]> ImputeGroupMean(AsemData data, Dictionary<string, double[]> columns, string groupColumn)
    {
        var labels = data.Units.Select(u => u[groupColumn]).ToArray();
        var distinct = labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var groups = labels.Select(l => distinct.IndexOf(l)).ToArray();
        var method = StatisticImputation.Create(ImputationStatistic.Mean, byGroup: true);
        return columns.ToDictionary(p => p.Key, p =>
        {
            var y = new double[p.Value.Length];
            method.Impute(ImputationInput.ForColumn(p.Value).WithGroups(groups), y);
            return y;
        }, StringComparer.Ordinal);
    }

    public static (Dictionary<string, double[]> Treated, Dictionary<string, TreatmentOutcome> Outcomes) Treat(
        Dictionary<string, double[]> columns, IOutlierTreatment treatment)
    {
        var treated = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var outcomes = new Dictionary<string, TreatmentOutcome>(StringComparer.Ordinal);
        foreach (var (code, x) in columns)
        {
            var y = new double[x.Length];
            outcomes[code] = treatment.Treat(x, y);
            treated[code] = y;
        }

        return (treated, outcomes);
    }

    public static Dictionary<string, double[]> Normalise(AsemData data, Dictionary<string, double[]> columns, INormalisation normalisation) =>
        data.Indicators.ToDictionary(m => m["iCode"], m =>
        {
            var polarity = m["Direction"] == "-1" ? Polarity.LessIsBetter : Polarity.MoreIsBetter;
            var y = new double[columns[m["iCode"]].Length];
            normalisation.Normalise(columns[m["iCode"]], NormalisationContext.For(polarity), y);
            return y;
        }, StringComparer.Ordinal);

    /// <summary>Aggregates level by level (2, 3, 4) as COINr's <c>Aggregate()</c> does; returns indicators and aggregates.</summary>
    public static Dictionary<string, double[]> Aggregate(AsemData data, Dictionary<string, double[]> normalised, IAggregation aggregation)
    {
        var scores = new Dictionary<string, double[]>(normalised, StringComparer.Ordinal);
        var aggregates = data.Meta.Where(m => m["Type"] == "Aggregate").OrderBy(m => int.Parse(m["Level"], System.Globalization.CultureInfo.InvariantCulture));
        foreach (var node in aggregates)
        {
            var children = data.Meta.Where(m => m["Parent"] == node["iCode"]).ToList();
            var matrix = ComponentMatrix.FromColumns(children.Select(c => (IReadOnlyList<double>)scores[c["iCode"]]));
            var weights = children.Select(c => AsemData.Number(c["Weight"])).ToArray();
            scores[node["iCode"]] = aggregation.Aggregate(matrix, weights).ToArray();
        }

        return scores;
    }

    /// <summary>COINr's <c>build_example_coin()</c>: Denominate → Impute (EurAsia group mean) → Screen (no unit drops) → Treat (defaults) → min-max [0, 100] → arithmetic mean.</summary>
    public static Dictionary<string, double[]> ExampleCoin(AsemData data)
    {
        var imputed = ImputeGroupMean(data, Denominate(data), "EurAsia_group");
        var (treated, _) = Treat(imputed, WinsoriseOrLogTreatment.Default);
        var normalised = Normalise(data, treated, MinMaxNormalisation.Create(0, 100));
        return Aggregate(data, normalised, ArithmeticAggregation.Instance);
    }
}

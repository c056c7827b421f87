using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Data;

/// <summary>
/// A deliberately small, independent scorer used to check the sample's calibration: goalpost
/// normalisation to 0–100 (clamped), the framework's effective (fixed) weights, weighted arithmetic
/// mean over the observed indicators, classes A ≥ 80 and B ≥ 60.
/// </summary>
internal static class DefaultMethodScorer
{
    public static double[] Scores(Panel panel, IndicatorFramework framework, int year)
    {
        var y = panel.IndexOfYear(year);
        var n = panel.Counties.Length;
        var sums = new double[n];
        var weights = new double[n];
        for (var i = 0; i < framework.Indicators.Length; i++)
        {
            var indicator = framework.Indicators[i];
            var g = indicator.Goalposts!.Value;
            var column = panel.Column(panel.IndexOf(indicator.Code), y);
            for (var c = 0; c < n; c++)
            {
                if (double.IsNaN(column[c]))
                {
                    continue;
                }

                var unit = indicator.Direction == IndicatorDirection.MoreIsBetter ? (column[c] - g.Lower) / (g.Upper - g.Lower) : (column[c] - g.Upper) / (g.Lower - g.Upper);
                sums[c] += framework.EffectiveWeights[i] * Math.Clamp(unit, 0, 1) * 100;
                weights[c] += framework.EffectiveWeights[i];
            }
        }

        return [.. sums.Zip(weights, (s, w) => s / w)];
    }

    public static (int A, int B, int C, double Mean) Classes(Panel panel, IndicatorFramework framework, int year)
    {
        var scores = Scores(panel, framework, year);
        return (scores.Count(s => s >= 80), scores.Count(s => s is >= 60 and < 80), scores.Count(s => s < 60), scores.Average());
    }
}

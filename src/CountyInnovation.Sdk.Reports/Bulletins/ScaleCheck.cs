using System.Globalization;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Reports.Localization;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>
/// Whether a method's scores can reach its class thresholds. Without a final scaling the score is
/// a weighted combination of normalised values, so when the quantitative indicators (the bulk of
/// every framework) are normalised onto a scale whose upper bound is below the class A threshold,
/// or onto an unbounded scale, the classes mean nothing; TOPSIS and Copeland aggregation give closeness coefficients and vote
/// counts, not a 100-point scale. Any of these makes the classes meaningless (all counties class C).
/// </summary>
internal static class ScaleCheck
{
    private static readonly string[] OffScaleAggregations = ["topsis", "copeland"];

    /// <summary>Why the scale cannot meet the thresholds, in the language of <paramref name="text"/>; <see langword="null"/> when it can.</summary>
    public static string? Problem(MethodConfiguration method, ReportText text)
    {
        if (!string.Equals(method.FinalScaling.Name, "none", StringComparison.Ordinal))
        {
            return null;
        }

        var aggregation = method.Levels
            .SelectMany(l => l.GroupAggregation.Values.Prepend(l.Aggregation))
            .FirstOrDefault(a => OffScaleAggregations.Contains(a.Name, StringComparer.Ordinal));
        if (aggregation is not null)
        {
            return text.Format("warning.scale.aggregation", aggregation.Name);
        }

        var ceiling = double.NegativeInfinity;
        foreach (var choice in method.IndicatorNormalisation.Values.Prepend(method.Normalisation))
        {
            var upper = UpperBound(choice);
            if (double.IsPositiveInfinity(upper))
            {
                return text.Format("warning.scale.unbounded", choice.Name);
            }

            ceiling = Math.Max(ceiling, upper);
        }

        return ceiling < method.ClassThresholds.A
            ? text.Format("warning.scale.ceiling", ceiling.ToString("0.##", CultureInfo.InvariantCulture))
            : null;
    }

    private static double UpperBound(MethodChoice choice)
    {
        var parameters = MethodParameters.Empty;
        foreach (var (name, value) in choice.Parameters)
        {
            parameters = parameters.With(name, value);
        }

        foreach (var (name, value) in choice.TextParameters)
        {
            parameters = parameters.With(name, value);
        }

        try
        {
            return ScoringMethodRegistry.Default.CreateNormalisation(choice.Name, parameters).Traits.UpperBound;
        }
        catch (ScoringConfigurationException)
        {
            // A method the registry cannot build has been refused by the pipeline already; nothing to say here.
            return double.NegativeInfinity;
        }
    }
}

using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Scoring.Weighting;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// Which exceptions mean "this run's method cannot be applied to these data" (recorded as the run's
/// failure) as opposed to a defect, which must surface.
/// </summary>
internal static class RunFailures
{
    public static bool IsMethodFailure(Exception e) => e is InvalidInputException
        or ScoringConfigurationException
        or AggregationException
        or NormalisationException
        or WeightingException
        or ArgumentException
        or ArithmeticException
        or InvalidOperationException;

    /// <summary>The message of a method failure, first line only.</summary>
    public static string Describe(Exception e)
    {
        var message = e is InvalidInputException invalid ? invalid.First.Message : e.Message;
        var newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}

using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>Reads and applies the <c>zero-range</c> parameter shared by min-max and z-score.</summary>
internal static class ZeroRangeParameter
{
    public static ZeroRangePolicy Read(string method, MethodParameters parameters) =>
        parameters.GetText(method, "zero-range", "midpoint") switch
        {
            "midpoint" => ZeroRangePolicy.Midpoint,
            "error" => ZeroRangePolicy.Error,
            "lower" => ZeroRangePolicy.Lower,
            "upper" => ZeroRangePolicy.Upper,
            var other => throw new ScoringConfigurationException([ScoringProblem.Of(ScoringProblemKind.InvalidParameter, method,
                $"'zero-range' is '{other}'; use midpoint, error, lower or upper.")]),
        };

    public static double Constant(string method, ZeroRangePolicy policy, double lower, double upper, double forLower, double forUpper) => policy switch
    {
        ZeroRangePolicy.Error => throw new NormalisationException(method,
            "every observed value is the same (zero range), so the column cannot be normalised; drop the indicator or set \"zero-range\" to midpoint, lower or upper."),
        ZeroRangePolicy.Lower => forLower,
        ZeroRangePolicy.Upper => forUpper,
        _ => lower + ((upper - lower) / 2),
    };
}

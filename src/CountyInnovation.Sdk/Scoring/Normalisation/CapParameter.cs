using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>Reads the boolean <c>cap</c> parameter of the distance normalisations.</summary>
internal static class CapParameter
{
    public static bool Read(string method, MethodParameters parameters) =>
        parameters.GetText(method, "cap", "false") switch
        {
            "true" => true,
            "false" => false,
            var other => throw new ScoringConfigurationException([ScoringProblem.Of(ScoringProblemKind.InvalidParameter, method,
                $"'cap' is '{other}'; use \"true\" or \"false\".")]),
        };
}

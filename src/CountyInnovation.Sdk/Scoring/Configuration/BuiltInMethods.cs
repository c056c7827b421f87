namespace CountyInnovation.Sdk.Scoring.Configuration;

/// <summary>Registers the SDK's built-in methods under their documented names.</summary>
internal static class BuiltInMethods
{
    public static ScoringMethodRegistry Register(ScoringMethodRegistry registry) => registry;
}

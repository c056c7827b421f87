namespace CountyInnovation.Sdk.Analyzers.Tests.Verification;

/// <summary>Source snippets several rule tests start from.</summary>
internal static class SdkSources
{
    /// <summary>The usings of code that implements extension points and assesses targets.</summary>
    internal const string ExtensionPointUsings = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using CountyInnovation.Sdk.Scoring;
        using CountyInnovation.Sdk.Scoring.Weighting;
        using CountyInnovation.Sdk.Targets;
        using NodaTime;

        """;
}

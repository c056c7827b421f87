using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Cli.Commands;

/// <summary>The data used when no <c>--data</c> is given.</summary>
internal static class SamplePanel
{
    public static Panel Load(IndicatorFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        throw new InvalidInputException([DataProblem.At(SourceLocation.Of("<embedded sample>"), "This build has no embedded sample panel yet; pass --data FILE.")]);
    }
}

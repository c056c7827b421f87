using CountyInnovation.Sdk.Data;

namespace CountyInnovation.Cli.Commands;

/// <summary>The embedded synthetic sample panel the commands use when no data file is given.</summary>
internal static class SampleSource
{
    public static Panel Load() =>
        throw new IOException("The embedded sample is not available in this build; pass --data FILE.");
}

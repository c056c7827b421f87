using System.CommandLine;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Cli.Commands;

/// <summary>The <c>--framework FILE</c> option: an indicator framework file, or the Hebei default.</summary>
internal static class FrameworkFile
{
    public static Option<FileInfo?> CreateOption() => new("--framework")
    {
        Description = "Indicator framework (.csv metadata table or .json, docs/formats/framework.md); the Hebei default framework when omitted.",
        HelpName = "FILE",
    };

    /// <summary>The framework in <paramref name="file"/>, or <see cref="HebeiFramework.Default"/> when null.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IndicatorFramework Load(FileInfo? file) =>
        file is null ? HebeiFramework.Default
        : file.Exists ? IndicatorFrameworkReader.ReadFile(file.FullName)
        : throw new FileNotFoundException($"--framework {file.FullName}: no such file.");
}

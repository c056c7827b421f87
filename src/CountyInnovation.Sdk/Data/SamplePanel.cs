using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// The SYNTHETIC sample panel shipped in the library: Hebei's 167 county-level divisions × data years
/// 2018–2023 × the 17 indicators of <see cref="HebeiFramework.Default"/>, made once by
/// <see cref="SyntheticPanelGenerator"/> with seed <see cref="Seed"/> and stored as an embedded
/// wide-form CSV whose header comments say it is synthetic. It is not real data: the published
/// county statistics are not public. Its values are calibrated so that evaluating them with the
/// default framework and goalpost normalisation gives class counts close to the published ones
/// (docs/sample-data.md).
/// </summary>
public static class SamplePanel
{
    /// <summary>The name of the embedded resource.</summary>
    public const string ResourceName = "CountyInnovation.Sdk.Data.sample-panel.csv";

    /// <summary>The source name used in problems and metadata.</summary>
    public const string SourceName = "<embedded synthetic sample: sample-panel.csv>";

    /// <summary>The generator seed the sample was made with.</summary>
    public const int Seed = SyntheticPanelGenerator.DefaultSeed;

    /// <summary>The generator version the sample was made with.</summary>
    public const int GeneratorVersion = SyntheticPanelGenerator.Version;

    private static readonly Lazy<Panel> Lazy = new(Read);

    /// <summary>The sample panel (read once; immutable). <see cref="Panel.IsSynthetic"/> is true.</summary>
    public static Panel Load() => Lazy.Value;

    /// <summary>The generator that reproduces the sample byte for byte.</summary>
    public static SyntheticPanelGenerator Generator => SyntheticPanelGenerator.Create(Seed);

    /// <summary>Opens the embedded CSV (UTF-8).</summary>
    public static Stream OpenResource() =>
        typeof(SamplePanel).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(SamplePanel).Assembly.GetName().Name}.");

    private static Panel Read()
    {
        using var reader = new StreamReader(OpenResource());
        return PanelCsvReader.ReadWide(reader, SourceName, HebeiFramework.Default);
    }
}

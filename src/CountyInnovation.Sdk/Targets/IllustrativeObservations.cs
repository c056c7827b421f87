using System.Text;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// The SDK's shipped example observations for the 2020 plan. <b>ILLUSTRATIVE ONLY</b>: every value
/// is invented to demonstrate the statuses (the set's <see cref="ObservationSet.IsIllustrative"/> is
/// true, and every report that uses it must say so). Use real observations for real monitoring.
/// </summary>
public static class IllustrativeObservations
{
    /// <summary>The source name used in reports and errors.</summary>
    public const string SourceName = "<embedded illustrative-observations.json>";

    private const string ResourceName = "CountyInnovation.Sdk.Targets.illustrative-observations.json";

    private static readonly Lazy<ObservationSet> Set = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The illustrative observations, validated against <see cref="PolicyTargets.Hebei2020"/>.</summary>
    public static ObservationSet Hebei2020 => Set.Value;

    /// <summary>The raw JSON text (to copy as a template for a real observation file).</summary>
    public static string ReadJson()
    {
        using var reader = Open();
        return reader.ReadToEnd();
    }

    private static ObservationSet Load()
    {
        using var reader = Open();
        return ObservationJsonReader.Read(reader, SourceName, PolicyTargets.Hebei2020);
    }

    private static StreamReader Open()
    {
        var stream = typeof(IllustrativeObservations).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing: the library was built without it.");
        return new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
    }
}

using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Indicators;

/// <summary>One node of a framework file (a CSV row or a JSON object): each field's text and place.</summary>
internal sealed class FrameworkRow(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public Dictionary<string, (string Text, SourceLocation Location)> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>The trimmed text of a field, empty when absent or blank.</summary>
    public string Text(string name) => Fields.TryGetValue(name, out var f) ? f.Text.Trim() : string.Empty;

    /// <summary>Where a field is, or the row when it is absent.</summary>
    public SourceLocation At(string name) => Fields.TryGetValue(name, out var f) ? f.Location : Location;
}

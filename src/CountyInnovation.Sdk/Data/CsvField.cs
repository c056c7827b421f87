using CountyInnovation.Sdk.Output;

namespace CountyInnovation.Sdk.Data;

/// <summary>Formatting of CSV fields (RFC 4180).</summary>
internal static class CsvField
{
    /// <summary>The field as written: quoted, with doubled quotes, when it holds a comma, quote or line break.</summary>
    public static string Quote(string text) => CsvCell.Quote(text);
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CountyInnovation.Sdk.Reports;

/// <summary>
/// The framing every JSON report shares: indented, Chinese text unescaped, LF line ends and a final
/// newline, so the documents of the bulletin, the detail and the analysis read and diff alike.
/// </summary>
internal static class ReportJson
{
    /// <summary>Returns the document <paramref name="write"/> writes.</summary>
    public static string Document(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}

using System.Globalization;
using System.Text;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// The limits every reader of the library enforces, so that a hostile or broken file is refused
/// with an <see cref="InvalidInputException"/> naming the limit instead of exhausting time or memory.
/// They are far above any real file: Hebei's whole panel (167 counties × 30 years × 100 columns) is
/// about 2 MB and 5,000 rows.
/// </summary>
public static class InputLimits
{
    /// <summary>The most characters one input (a CSV or JSON file) may hold: 64 Mi (about 64 MB of ASCII, up to 192 MB of Chinese text).</summary>
    public const int MaxCharacters = 64 * 1024 * 1024;

    /// <summary>The deepest nesting of arrays and objects a JSON input may have. The formats need at most 5.</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>The most records (rows after the header) a CSV input may hold.</summary>
    public const int MaxCsvRecords = 2_000_000;

    /// <summary>The most fields one CSV record may have.</summary>
    public const int MaxCsvFields = 10_000;

    /// <summary>Reads the whole text, refusing more than <see cref="MaxCharacters"/> characters.</summary>
    internal static string ReadAll(TextReader reader, string source)
    {
        var text = new StringBuilder();
        var buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + read > MaxCharacters)
            {
                throw TooLarge(source);
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    /// <summary>The refusal of an input larger than <see cref="MaxCharacters"/>.</summary>
    internal static InvalidInputException TooLarge(string source) =>
        new([DataProblem.At(SourceLocation.Of(source), string.Create(CultureInfo.InvariantCulture, $"The input holds more than {MaxCharacters:N0} characters, the most a file may hold (see docs/security.md): is it the right file?"))]);
}

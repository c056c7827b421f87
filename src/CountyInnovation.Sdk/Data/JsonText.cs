using System.Globalization;
using System.Text;
using System.Text.Json;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// The values of JSON tokens as every JSON reader of the library takes them: a string must be valid
/// UTF-16 (an escaped lone surrogate such as <c>"\ud800"</c> is refused, never turned into U+FFFD),
/// a number must be finite (<c>1e400</c> is refused, never infinity). Both refusals are
/// <see cref="InvalidInputException"/>s at the token's place.
/// </summary>
internal static class JsonText
{
    /// <summary>
    /// The UTF-8 bytes of a JSON text (without a leading byte order mark), refusing a text that holds
    /// an unpaired surrogate character (which no UTF-8 file can hold; only a caller's string can) at its
    /// line and column, instead of writing it as U+FFFD.
    /// </summary>
    public static byte[] Utf8(string text, string source)
    {
        if (text.Length > InputLimits.MaxCharacters)
        {
            throw InputLimits.TooLarge(source);
        }

        var body = text.StartsWith('\uFEFF') ? text.AsSpan(1) : text.AsSpan();
        for (var i = 0; i < body.Length; i++)
        {
            if (char.IsHighSurrogate(body[i]) && i + 1 < body.Length && char.IsLowSurrogate(body[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(body[i]))
            {
                var lineStart = body[..i].LastIndexOf('\n') + 1;
                var line = body[..i].Count('\n') + 1;
                throw new InvalidInputException([DataProblem.At(SourceLocation.Of(source, line, i - lineStart + 1), "The text holds an unpaired surrogate character: it is not valid Unicode text.")]);
            }
        }

        return Encoding.UTF8.GetBytes(body.ToArray());
    }

    /// <summary>The string value of the current string or property-name token.</summary>
    public static string String(ref Utf8JsonReader reader, SourceLocation where)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            throw new InvalidInputException([DataProblem.At(where, $"The string {Shown(reader.ValueSpan)} holds an escaped lone surrogate (\\uD800–\\uDFFF without its pair): it is not text.")]);
        }
    }

    /// <summary>The value of the current number token, which must be finite.</summary>
    public static double FiniteNumber(ref Utf8JsonReader reader, SourceLocation where)
    {
        if (reader.TryGetDouble(out var value) && double.IsFinite(value))
        {
            return value;
        }

        throw new InvalidInputException([DataProblem.At(where, $"The number {Shown(reader.ValueSpan)} is out of range: numbers must be finite (at most about 1.8e308).")]);
    }

    private static string Shown(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw.Length > 40 ? raw[..40] : raw);
        return string.Create(CultureInfo.InvariantCulture, $"'{text}{(raw.Length > 40 ? "…" : string.Empty)}'");
    }
}

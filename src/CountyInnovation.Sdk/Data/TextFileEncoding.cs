using System.Text;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// The encodings of the text files the SDK reads (CSV, JSON): UTF-8 (with or without a byte order
/// mark) and GB18030, the superset of GBK that Excel uses for "CSV" on Chinese Windows. Detection
/// reads the bytes strictly: a UTF-8 byte order mark or valid UTF-8 is UTF-8; otherwise valid GB18030
/// is GB18030; otherwise the file is refused with one problem naming the encoding, instead of being
/// decoded into garbled names that fail later one by one.
/// </summary>
public static class TextFileEncoding
{
    /// <summary>The name that asks for detection.</summary>
    public const string Auto = "auto";

    /// <summary>The names <see cref="Decode"/> accepts: auto, utf-8, gbk, gb18030 (any letter case).</summary>
    public static IReadOnlyList<string> Names { get; } = [Auto, "utf-8", "gbk", "gb18030"];

    /// <summary>The whole file <paramref name="path"/> as text, decoded as <paramref name="encodingName"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encodingName">One of <see cref="Names"/>; <see cref="Auto"/> when null.</param>
    /// <returns>The text, without a byte order mark.</returns>
    /// <exception cref="ArgumentException"><paramref name="encodingName"/> is not one of <see cref="Names"/>.</exception>
    /// <exception cref="InvalidInputException">The bytes are not valid text in the encoding (or in either encoding when detecting).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string ReadAllText(string path, string? encodingName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Decode(File.ReadAllBytes(path), path, encodingName);
    }

    /// <summary><paramref name="bytes"/> as text, decoded as <paramref name="encodingName"/>.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="source">The file's name, for the problem.</param>
    /// <param name="encodingName">One of <see cref="Names"/>; <see cref="Auto"/> when null.</param>
    /// <returns>The text, without a byte order mark.</returns>
    /// <exception cref="ArgumentException"><paramref name="encodingName"/> is not one of <see cref="Names"/>.</exception>
    /// <exception cref="InvalidInputException">The bytes are not valid text in the encoding (or in either encoding when detecting).</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string source, string? encodingName = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var name = (encodingName ?? Auto).ToLowerInvariant();
        if (!Names.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{encodingName}' is no supported encoding; the encodings: {string.Join(", ", Names)}.", nameof(encodingName));
        }

        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (name is "utf-8" || (name == Auto && hasBom))
        {
            return TryDecode(Utf8, hasBom ? bytes[3..] : bytes, out var text, out var offset)
                ? text
                : throw Problem(source, $"the file is not valid UTF-8 (first bad byte at offset {offset + (hasBom ? 3 : 0)}); if Excel saved it on Chinese Windows, read it with --encoding gbk.");
        }

        if (name == Auto && TryDecode(Utf8, bytes, out var utf8, out _))
        {
            return utf8;
        }

        return TryDecode(Gb18030.Value, bytes, out var gb, out var at)
            ? gb
            : throw Problem(source, name == Auto
                ? $"the file is neither UTF-8 nor GBK/GB18030 text (invalid byte at offset {at}); save it as \"CSV UTF-8\" and read it again."
                : $"the file is not valid {name.ToUpperInvariant()} text (invalid byte at offset {at}).");
    }

    private static readonly Encoding Utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("GB18030 (code page 54936) is not available."));

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text, out int offset)
    {
        try
        {
            text = encoding.GetString(bytes);
            offset = -1;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = string.Empty;
            offset = e.Index;
            return false;
        }
    }

    private static InvalidInputException Problem(string source, string message) =>
        new([DataProblem.At(SourceLocation.Of(source), "Encoding: " + message)]);
}

using System.Text;
using CountyInnovation.Sdk.Output;
using CountyInnovation.Sdk.Reports.Html;
using CountyInnovation.Sdk.Reports.Spreadsheets;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>Writes a bulletin in any of the <see cref="BulletinFormat"/>s: the one entry point a tool needs.</summary>
public static class BulletinWriter
{
    /// <summary>Writes <paramref name="bulletin"/> in the text format <paramref name="format"/> to <paramref name="writer"/>, in the format's default language.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="format">A text format (every format but <see cref="BulletinFormat.Xlsx"/>).</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bulletin"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="ArgumentException"><paramref name="format"/> is <see cref="BulletinFormat.Xlsx"/>, which is binary.</exception>
    public static void Write(Bulletin bulletin, BulletinFormat format, TextWriter writer) => Write(bulletin, format, writer, BulletinOptions.Default);

    /// <summary>Writes <paramref name="bulletin"/> in the text format <paramref name="format"/> to <paramref name="writer"/>.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="format">A text format (every format but <see cref="BulletinFormat.Xlsx"/>).</param>
    /// <param name="writer">Where to write; its encoding decides about a byte order mark.</param>
    /// <param name="options">The language.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="ArgumentException"><paramref name="format"/> is <see cref="BulletinFormat.Xlsx"/>, which is binary.</exception>
    public static void Write(Bulletin bulletin, BulletinFormat format, TextWriter writer, BulletinOptions options)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        var language = options.LanguageFor(format);
        switch (format)
        {
            case BulletinFormat.Table:
                BulletinTableWriter.Write(bulletin, writer, language);
                break;
            case BulletinFormat.Json:
                writer.Write(BulletinJsonWriter.Write(bulletin));
                break;
            case BulletinFormat.Csv:
                BulletinCsvWriter.Write(bulletin, writer);
                break;
            case BulletinFormat.Markdown:
                writer.Write(BulletinMarkdownWriter.Write(bulletin, language));
                break;
            case BulletinFormat.Html:
                BulletinHtmlWriter.Write(bulletin, writer, language);
                break;
            case BulletinFormat.Xlsx:
                throw new ArgumentException("xlsx is a binary format: write it to a stream or a file.", nameof(format));
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a bulletin format.");
        }
    }

    /// <summary>
    /// Writes <paramref name="bulletin"/> in <paramref name="format"/> to <paramref name="stream"/>:
    /// text formats in UTF-8, CSV with a byte order mark when <see cref="BulletinOptions.ByteOrderMark"/>.
    /// </summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="format">The format.</param>
    /// <param name="stream">A writable stream; left open.</param>
    /// <param name="options">The language and the CSV byte order mark; <see cref="BulletinOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bulletin"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(Bulletin bulletin, BulletinFormat format, Stream stream, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= BulletinOptions.Default;
        if (format == BulletinFormat.Xlsx)
        {
            BulletinXlsxWriter.Write(bulletin, stream, options.LanguageFor(format));
            return;
        }

        var encoding = new UTF8Encoding(format == BulletinFormat.Csv && options.ByteOrderMark);
        using var writer = new StreamWriter(stream, encoding, bufferSize: 1 << 16, leaveOpen: true);
        Write(bulletin, format, writer, options);
    }

    /// <summary>
    /// Writes <paramref name="bulletin"/> in <paramref name="format"/> to the file <paramref name="path"/>,
    /// whole or not at all: a failure leaves no partial file and an existing file unchanged (<see cref="AtomicFile"/>).
    /// </summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="format">The format.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="options">The language and the CSV byte order mark; <see cref="BulletinOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteFile(Bulletin bulletin, BulletinFormat format, string path, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, stream => Write(bulletin, format, stream, options));
    }
}

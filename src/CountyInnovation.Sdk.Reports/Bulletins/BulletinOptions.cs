using CountyInnovation.Sdk.Reports.Localization;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>How a bulletin is written: its language and, for CSV, whether a UTF-8 byte order mark leads the file.</summary>
public sealed class BulletinOptions
{
    private BulletinOptions(ReportLanguage? language, bool byteOrderMark)
    {
        Language = language;
        ByteOrderMark = byteOrderMark;
    }

    /// <summary>Each format's default language, and a byte order mark on CSV files.</summary>
    public static BulletinOptions Default { get; } = new(null, true);

    /// <summary>The language, or <see langword="null"/> for each format's default (<see cref="LanguageFor"/>).</summary>
    public ReportLanguage? Language { get; }

    /// <summary>
    /// Whether CSV written to a stream or a file begins with the UTF-8 byte order mark (the default:
    /// Excel on Chinese Windows reads a CSV without it as GBK and garbles every name).
    /// </summary>
    public bool ByteOrderMark { get; }

    /// <summary>The language of <paramref name="format"/>: <see cref="Language"/> when set, else Chinese for HTML and xlsx and English for the others.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The language.</returns>
    public ReportLanguage LanguageFor(BulletinFormat format) =>
        Language ?? (format is BulletinFormat.Html or BulletinFormat.Xlsx ? ReportLanguage.ChineseSimplified : ReportLanguage.English);

    /// <summary>A copy with another language.</summary>
    /// <param name="language">The language; <see langword="null"/> for each format's default.</param>
    /// <returns>The copy.</returns>
    public BulletinOptions WithLanguage(ReportLanguage? language) => new(language, ByteOrderMark);

    /// <summary>A copy with or without the CSV byte order mark.</summary>
    /// <param name="byteOrderMark">Whether CSV begins with the UTF-8 byte order mark.</param>
    /// <returns>The copy.</returns>
    public BulletinOptions WithByteOrderMark(bool byteOrderMark) => new(Language, byteOrderMark);
}

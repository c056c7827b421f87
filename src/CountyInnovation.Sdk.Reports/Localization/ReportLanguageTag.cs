namespace CountyInnovation.Sdk.Reports.Localization;

/// <summary>The BCP 47 tags of the <see cref="ReportLanguage"/>s: <c>zh-CN</c> and <c>en</c>.</summary>
public static class ReportLanguageTag
{
    /// <summary>The tag of Simplified Chinese.</summary>
    public const string ChineseSimplified = "zh-CN";

    /// <summary>The tag of English.</summary>
    public const string English = "en";

    /// <summary>The tag of <paramref name="language"/>.</summary>
    /// <param name="language">A defined language.</param>
    /// <returns><c>zh-CN</c> or <c>en</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static string Of(ReportLanguage language) => language switch
    {
        ReportLanguage.ChineseSimplified => ChineseSimplified,
        ReportLanguage.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a report language."),
    };

    /// <summary>The language of <paramref name="tag"/> (<c>zh-CN</c> or <c>en</c>, any letter case).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is no tag of a report language.</exception>
    public static ReportLanguage Parse(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return tag.ToUpperInvariant() switch
        {
            "ZH-CN" => ReportLanguage.ChineseSimplified,
            "EN" => ReportLanguage.English,
            _ => throw new ArgumentException($"'{tag}' is no report language; the languages: {ChineseSimplified}, {English}.", nameof(tag)),
        };
    }
}

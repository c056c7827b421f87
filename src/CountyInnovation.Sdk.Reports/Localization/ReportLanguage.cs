namespace CountyInnovation.Sdk.Reports.Localization;

/// <summary>
/// The language of a report's text. Every user-facing word of a report comes from the one resource
/// of its language (<c>Localization/Resources/&lt;tag&gt;.json</c>).
/// </summary>
public enum ReportLanguage
{
    /// <summary>Simplified Chinese (<c>zh-CN</c>), in the words the provincial department uses: the default of the HTML and Excel bulletins.</summary>
    ChineseSimplified,

    /// <summary>English (<c>en</c>): the default of the console, Markdown and CSV bulletins.</summary>
    English,
}

using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Localization;

namespace CountyInnovation.Sdk.Reports.Html;

/// <summary>
/// Writes a bulletin as one self-contained HTML file: styles, Apache ECharts, the county map and the
/// data are inline, so the file opens offline (from a USB stick) and prints on A4. Sections: title
/// and provenance; overview with the class distribution over the years; the A, B and C lists and the
/// leaps; city averages; the map of the 167 county-level divisions coloured by class, score or leap;
/// a profile per county (when the bulletin carries the evaluation's detail); rank intervals and class
/// probabilities (when it carries an uncertainty analysis); method and data quality. Every name is
/// HTML-escaped; the chart data travel as JSON whose <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes are
/// \u-escaped, so no name can close the script element.
/// </summary>
public static class BulletinHtmlWriter
{
    /// <summary>Writes <paramref name="bulletin"/> as a Chinese (<c>zh-CN</c>) HTML bulletin to <paramref name="writer"/>.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="writer">Where to write (the document declares UTF-8).</param>
    public static void Write(Bulletin bulletin, TextWriter writer) => Write(bulletin, writer, ReportLanguage.ChineseSimplified);

    /// <summary>Writes <paramref name="bulletin"/> as an HTML bulletin in <paramref name="language"/> to <paramref name="writer"/>.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="writer">Where to write (the document declares UTF-8).</param>
    /// <param name="language">The language of the text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bulletin"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(Bulletin bulletin, TextWriter writer, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(writer);
        var text = ReportText.For(language);
        var html = new HtmlMarkup();
        html.Raw("<!DOCTYPE html>\n<html lang=\"").Text(text.Tag).Raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta name=\"generator\" content=\"CountyInnovation.Sdk.Reports\">\n")
            .Element("title", BulletinPhrases.Title(bulletin.Result, text))
            .Raw("<style>\n").Raw(HtmlAssets.StyleSheet).Raw("</style>\n</head>\n<body>\n<main>\n");
        HtmlSections.Title(html, bulletin, text);
        HtmlSections.Overview(html, bulletin, text);
        HtmlSections.Lists(html, bulletin, text);
        HtmlSections.Leaps(html, bulletin, text);
        HtmlSections.Cities(html, bulletin, text);
        HtmlSections.Map(html, text);
        HtmlProfiles.Write(html, bulletin, text);
        HtmlSections.Uncertainty(html, bulletin, text);
        HtmlSections.Method(html, bulletin, text);
        html.Raw("</main>\n<script type=\"application/json\" id=\"bulletin-data\">").Raw(HtmlData.Json(bulletin, text)).Raw("</script>\n")
            .Raw("<script type=\"application/json\" id=\"bulletin-map\">").Raw(HtmlAssets.MapGeoJson.TrimEnd()).Raw("</script>\n")
            .Raw("<script>\n").Raw(HtmlAssets.EChartsScript).Raw("\n</script>\n")
            .Raw("<script>\n").Raw(HtmlAssets.ChartScript).Raw("</script>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }
}

using System.Globalization;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Accountability;

/// <summary>
/// Writes measure 22 per county (a <see cref="CountyRiseReport"/>) as CSV (one row per county and
/// year), Markdown or JSON. Synthetic panels are labelled. Pure text: the caller owns the writer.
/// </summary>
public static class CountyRiseReportWriter
{
    /// <summary>The schema id written as the first property of the JSON form.</summary>
    private const string JsonSchema = "county-innovation/county-rise/v1";

    /// <summary>The label every rendering of a synthetic panel carries.</summary>
    public const string SyntheticBanner = "SYNTHETIC DATA: the panel is generated sample data, not statistics.";

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    public static void Write(TextWriter writer, CountyRiseReport report, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        switch (format)
        {
            case ReportFormat.Csv:
                ReportText.CsvComment(writer, $"{report.Indicator} must rise every year; panel: {report.Source}");
                if (report.IsSynthetic)
                {
                    writer.Write($"# {SyntheticBanner}\n");
                }

                ReportText.CsvRow(writer, "year", "county_code", "county", "city", "outcome", "previous", "value", "change");
                foreach (var year in report.Years)
                {
                    var y = year.Year;
                    foreach (var c in year.Rose.Concat(year.DidNotRise).OrderBy(c => c.County))
                    {
                        ReportText.CsvRow(writer, y, c.County.Code.ToString(), c.County.NameZh, c.County.City.NameZh, c.Rose ? "rose" : "did not rise", c.Previous, c.Value, c.Change);
                    }

                    foreach (var county in year.NoData)
                    {
                        ReportText.CsvRow(writer, y, county.Code.ToString(), county.NameZh, county.City.NameZh, "no data", null, null, null);
                    }
                }

                break;
            case ReportFormat.Markdown:
                writer.Write($"# Measure 22 per county: {ReportText.Md(report.Indicator.ToString())} must rise every year\n\nPanel: {ReportText.Md(report.Source)}.\n\n");
                if (report.IsSynthetic)
                {
                    writer.Write($"> **{SyntheticBanner}**\n\n");
                }

                ReportText.MdHeader(writer, "Year", "Rose", "Did not rise", "No data", "Counties that did not rise");
                foreach (var year in report.Years)
                {
                    ReportText.MdRow(
                        writer,
                        year.Year.ToString(CultureInfo.InvariantCulture),
                        year.Rose.Length.ToString(CultureInfo.InvariantCulture),
                        year.DidNotRise.Length.ToString(CultureInfo.InvariantCulture),
                        year.NoData.Length.ToString(CultureInfo.InvariantCulture),
                        string.Join("、", year.DidNotRise.Select(c => $"{c.County.NameZh} ({c.County.Code})")));
                }

                break;
            case ReportFormat.Json:
                ReportText.Json(writer, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("schema", JsonSchema);
                    json.WriteString("indicator", report.Indicator.ToString());
                    json.WriteString("panel", report.Source);
                    json.WriteBoolean("synthetic", report.IsSynthetic);
                    json.WriteStartArray("years");
                    foreach (var year in report.Years)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("year", year.Year);
                        json.WriteNumber("rose", year.Rose.Length);
                        json.WriteStartArray("didNotRise");
                        foreach (var c in year.DidNotRise)
                        {
                            json.WriteStartObject();
                            json.WriteString("code", c.County.Code.ToString());
                            json.WriteString("name", c.County.NameZh);
                            json.WriteString("city", c.County.City.NameZh);
                            json.WriteNumber("previous", c.Previous);
                            json.WriteNumber("value", c.Value);
                            json.WriteNumber("change", c.Change);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteStartArray("noData");
                        foreach (var county in year.NoData)
                        {
                            json.WriteStringValue(county.Code.ToString());
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }
}

using System.Globalization;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// Writes a panel as CSV in the forms <see cref="PanelCsvReader"/> reads: the metadata comments first
/// (<c># …</c>, including <c># SYNTHETIC</c> when the panel is synthetic), numbers in invariant
/// shortest round-trip form, missing values as empty cells, absent county-years as no row. Lines end
/// with <c>\n</c> whatever the platform, so outputs are byte-identical everywhere.
/// </summary>
public static class PanelCsvWriter
{
    /// <summary>Writes the wide form <c>county_code,county_name,city,year,&lt;indicators…&gt;</c>.</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteWide(Panel panel, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(writer);
        WriteComments(panel, writer);
        writer.Write("county_code,county_name,city,year");
        foreach (var indicator in panel.Indicators)
        {
            writer.Write(',');
            writer.Write(indicator.Value);
        }

        writer.Write('\n');
        for (var c = 0; c < panel.Counties.Length; c++)
        {
            var county = panel.Counties[c];
            for (var y = 0; y < panel.Years.Length; y++)
            {
                if (!panel.IsPresent(c, y))
                {
                    continue;
                }

                writer.Write(county.Code.ToString());
                writer.Write(',');
                writer.Write(CsvField.Quote(county.NameZh));
                writer.Write(',');
                writer.Write(CsvField.Quote(county.EvaluationGroup.NameZh));
                writer.Write(',');
                writer.Write(panel.Years[y].ToString(CultureInfo.InvariantCulture));
                for (var i = 0; i < panel.Indicators.Length; i++)
                {
                    writer.Write(',');
                    writer.Write(Format(panel.Column(i, y)[c]));
                }

                writer.Write('\n');
            }
        }
    }

    /// <summary>
    /// Writes the long form <c>county_code,county_name,city,year,indicator,value</c>, one row per present
    /// cell (missing ones with an empty value). The name and city make a county that is not in the
    /// county list readable again (with <c>allowUnlistedCounties</c>), as in the wide form.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteLong(Panel panel, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(writer);
        WriteComments(panel, writer);
        writer.Write("county_code,county_name,city,year,indicator,value\n");
        for (var c = 0; c < panel.Counties.Length; c++)
        {
            var county = panel.Counties[c];
            var place = string.Concat(county.Code.ToString(), ",", CsvField.Quote(county.NameZh), ",", CsvField.Quote(county.EvaluationGroup.NameZh), ",");
            for (var y = 0; y < panel.Years.Length; y++)
            {
                if (!panel.IsPresent(c, y))
                {
                    continue;
                }

                for (var i = 0; i < panel.Indicators.Length; i++)
                {
                    writer.Write(place);
                    writer.Write(panel.Years[y].ToString(CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.Write(panel.Indicators[i].Value);
                    writer.Write(',');
                    writer.Write(Format(panel.Column(i, y)[c]));
                    writer.Write('\n');
                }
            }
        }
    }

    private static void WriteComments(Panel panel, TextWriter writer)
    {
        var comments = panel.Metadata.Comments;
        if (panel.IsSynthetic && !comments.Any(c => c.StartsWith(PanelMetadata.SyntheticMarker, StringComparison.Ordinal)))
        {
            writer.Write($"# {PanelMetadata.SyntheticMarker}: these values are generated, not real statistics.\n");
        }

        foreach (var comment in comments)
        {
            writer.Write("# ");
            // Only CR and LF end a line for the reader: U+2028, U+0085 and the like are kept as they are.
            writer.Write(comment.Replace('\r', ' ').Replace('\n', ' '));
            writer.Write('\n');
        }
    }

    private static string Format(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);
}

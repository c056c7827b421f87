using CountyInnovation.Sdk.Responsibility;

namespace CountyInnovation.Sdk.Accountability;

/// <summary>
/// Writes a responsibility matrix (measure × unit, with role and whether the role is inferred) as
/// CSV, Markdown or JSON. Pure text: the caller owns the writer.
/// </summary>
public static class ResponsibilityMatrixWriter
{
    /// <summary>The schema id written as the first property of the JSON form.</summary>
    private const string JsonSchema = "county-innovation/responsibility-matrix/v1";

    /// <summary>Writes <paramref name="matrix"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="matrix">The matrix.</param>
    /// <param name="format">The format.</param>
    public static void Write(TextWriter writer, ResponsibilityMatrix matrix, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(matrix);
        switch (format)
        {
            case ReportFormat.Csv:
                ReportText.CsvRow(writer, "measure", "position", "unit", "unit_full_name", "unit_name_en", "role", "role_inferred", "collective_members");
                foreach (var a in matrix.Assignments)
                {
                    ReportText.CsvRow(writer, a.Measure.Value, a.Position, a.Unit.ShortNameZh, a.Unit.FullNameZh, a.Unit.NameEn, ReportText.Role(a.Role), a.IsRoleInferred ? "true" : "false", string.Join("、", a.Unit.Members.Select(m => m.ShortNameZh)));
                }

                break;
            case ReportFormat.Markdown:
                writer.Write("# Responsibility matrix\n\nThe first unit listed for a measure is taken as lead (牵头), the others as co-responsible (配合): **inferred** from the order of the text, which does not say so.\n\n");
                ReportText.MdHeader(writer, "Measure", "Lead", "Co-responsible");
                foreach (var measure in matrix.Measures)
                {
                    var list = matrix.ForMeasure(measure);
                    ReportText.MdRow(
                        writer,
                        measure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        string.Join("、", list.Where(a => a.Role == UnitRole.Lead).Select(Label)),
                        string.Join("、", list.Where(a => a.Role == UnitRole.CoResponsible).Select(Label)));
                }

                writer.Write("\n`*` role inferred from listing order. 各市政府 stands for the 11 prefecture-level city governments.\n");
                break;
            case ReportFormat.Json:
                ReportText.Json(writer, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("schema", JsonSchema);
                    json.WriteStartArray("assignments");
                    foreach (var a in matrix.Assignments)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("measure", a.Measure.Value);
                        json.WriteNumber("position", a.Position);
                        json.WriteString("unit", a.Unit.ShortNameZh);
                        json.WriteString("unitFullName", a.Unit.FullNameZh);
                        json.WriteString("unitNameEn", a.Unit.NameEn);
                        json.WriteString("role", a.Role == UnitRole.Lead ? "lead" : "coResponsible");
                        json.WriteBoolean("roleInferred", a.IsRoleInferred);
                        json.WriteStartArray("members");
                        foreach (var m in a.Unit.Members)
                        {
                            json.WriteStringValue(m.ShortNameZh);
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

    private static string Label(Assignment a) => a.Unit.ShortNameZh + (a.IsRoleInferred ? "*" : string.Empty);
}

using System.Globalization;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Accountability;

/// <summary>
/// Writes one unit's obligations and their status (a <see cref="UnitReport"/>) as CSV, Markdown or
/// JSON. Roles inferred from listing order are marked; illustrative observations are labelled.
/// Pure text: the caller owns the writer.
/// </summary>
public static class UnitReportWriter
{
    /// <summary>The schema id written as the first property of the JSON form.</summary>
    private const string JsonSchema = "county-innovation/unit-report/v1";

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    public static void Write(TextWriter writer, UnitReport report, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        switch (format)
        {
            case ReportFormat.Csv:
                WriteCsv(writer, report);
                break;
            case ReportFormat.Markdown:
                WriteMarkdown(writer, report);
                break;
            case ReportFormat.Json:
                ReportText.Json(writer, json => WriteJson(json, report));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }

    private static void WriteCsv(TextWriter writer, UnitReport r)
    {
        writer.Write($"# {r.Unit.ShortNameZh} ({r.Unit.NameEn}); as of {ReportText.Date(r.AsOf)}; observations: {r.Observations}\n");
        if (r.IsIllustrative)
        {
            writer.Write($"# {ReportText.IllustrativeBanner}\n");
        }

        ReportText.CsvRow(writer, "unit", "measure", "role", "role_inferred", "via", "target", "title", "scope", "status", "deadline", "next_due", "shortfall", "overdue", "explanation");
        foreach (var a in r.Measures)
        {
            var targets = r.Targets.Where(t => t.Assignment.Equals(a)).ToList();
            var via = a.Unit.Equals(r.Unit) ? null : a.Unit.ShortNameZh;
            var measure = a.Measure.Value;
            if (targets.Count == 0)
            {
                ReportText.CsvRow(writer, r.Unit.ShortNameZh, measure, ReportText.Role(a.Role), a.IsRoleInferred ? "true" : "false", via, null, null, null, null, null, null, null, null, null);
            }

            foreach (var t in targets)
            {
                ReportText.CsvRow(writer, r.Unit.ShortNameZh, measure, ReportText.Role(a.Role), a.IsRoleInferred ? "true" : "false", via, t.Target.Id, t.Target.Title, t.Scope, t.Status.ToLabel(), ReportText.Date(t.Result.Deadline), ReportText.Date(t.NextDue), t.Result.Shortfall, t.IsOverdue ? "true" : "false", t.Result.Explanation);
                foreach (var c in t.Cities)
                {
                    ReportText.CsvRow(writer, c.Government.ShortNameZh, measure, ReportText.Role(a.Role), a.IsRoleInferred ? "true" : "false", a.Unit.ShortNameZh, t.Target.Id, t.Target.Title, c.City.NameZh, c.Result.Status.ToLabel(), ReportText.Date(c.Result.Deadline), ReportText.Date(t.NextDue), c.Result.Shortfall, c.Result.Status == TargetStatus.Missed ? "true" : "false", c.Result.Explanation);
                }
            }
        }
    }

    private static void WriteMarkdown(TextWriter writer, UnitReport r)
    {
        writer.Write($"# {ReportText.Md(r.Unit.ShortNameZh)} — {ReportText.Md(r.Unit.NameEn)}\n\n");
        writer.Write($"As of {ReportText.Date(r.AsOf)}. Observations: {ReportText.Md(r.Observations)}.\n\n");
        if (r.IsIllustrative)
        {
            writer.Write($"> **{ReportText.IllustrativeBanner}**\n\n");
        }

        if (r.Unit.IsCollective)
        {
            writer.Write($"{ReportText.Md(r.Unit.ShortNameZh)} stands for {r.Unit.Members.Length} units: {ReportText.Md(string.Join("、", r.Unit.Members.Select(m => m.ShortNameZh)))}.\n\n");
        }

        writer.Write("## Measures\n\n");
        ReportText.MdHeader(writer, "Measure", "Role", "Through");
        foreach (var a in r.Measures)
        {
            ReportText.MdRow(writer, a.Measure.Value.ToString(CultureInfo.InvariantCulture), ReportText.RoleLabel(a), a.Unit.Equals(r.Unit) ? "—" : a.Unit.ShortNameZh);
        }

        writer.Write("\n## Targets\n\n");
        if (r.Targets.IsEmpty)
        {
            writer.Write("None of the unit's measures states a quantified target.\n");
        }
        else
        {
            ReportText.MdHeader(writer, "Target", "Measure", "Title", "Role", "Data", "Status", "Deadline", "Shortfall", "Next due");
            foreach (var t in r.Targets)
            {
                ReportText.MdRow(writer, t.Target.Id, t.Assignment.Measure.Value.ToString(CultureInfo.InvariantCulture), t.Target.Title, ReportText.RoleLabel(t.Assignment), t.Scope, t.Status.ToLabel() + (t.Result.IsProjection ? " (projection)" : string.Empty), t.Result.Deadline is null ? "standing" : ReportText.Date(t.Result.Deadline), ReportText.Short(t.Result.Shortfall), t.NextDue is null ? "—" : ReportText.Date(t.NextDue));
            }

            foreach (var t in r.Targets.Where(t => !t.Cities.IsEmpty))
            {
                writer.Write($"\n### {ReportText.Md(t.Target.Id)} per city\n\n");
                ReportText.MdHeader(writer, "City government", "Status", "Why");
                foreach (var c in t.Cities)
                {
                    ReportText.MdRow(writer, c.Government.ShortNameZh, c.Result.Status.ToLabel(), c.Result.Explanation);
                }
            }
        }

        writer.Write("\n## Overdue\n\n");
        writer.Write(r.Overdue.IsEmpty ? "Nothing is overdue.\n" : string.Concat(r.Overdue.Select(t => $"- {ReportText.Md(t.Target.Id)}: {ReportText.Md(t.Result.Explanation)}\n")));
        writer.Write("\n## Falls due next\n\n");
        writer.Write(r.DueNext.IsEmpty ? "Nothing else falls due.\n" : string.Concat(r.DueNext.Select(t => $"- {ReportText.Date(t.NextDue)}: {ReportText.Md(t.Target.Id)} — {ReportText.Md(t.Target.Title)}\n")));
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter json, UnitReport r)
    {
        json.WriteStartObject();
        json.WriteString("schema", JsonSchema);
        json.WriteStartObject("unit");
        json.WriteString("name", r.Unit.ShortNameZh);
        json.WriteString("fullName", r.Unit.FullNameZh);
        json.WriteString("nameEn", r.Unit.NameEn);
        json.WriteString("kind", ReportText.Camel(r.Unit.Kind.ToString()));
        json.WriteStartArray("members");
        foreach (var m in r.Unit.Members)
        {
            json.WriteStringValue(m.ShortNameZh);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("asOf", ReportText.Date(r.AsOf));
        json.WriteString("observations", r.Observations);
        json.WriteBoolean("illustrative", r.IsIllustrative);
        if (r.IsIllustrative)
        {
            json.WriteString("warning", ReportText.IllustrativeBanner);
        }

        json.WriteStartArray("measures");
        foreach (var a in r.Measures)
        {
            json.WriteStartObject();
            json.WriteNumber("measure", a.Measure.Value);
            json.WriteString("role", a.Role == Responsibility.UnitRole.Lead ? "lead" : "coResponsible");
            json.WriteBoolean("roleInferred", a.IsRoleInferred);
            ReportText.StringOrNull(json, "via", a.Unit.Equals(r.Unit) ? null : a.Unit.ShortNameZh);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("targets");
        foreach (var t in r.Targets)
        {
            json.WriteStartObject();
            ReportText.TargetIdentity(json, t.Target);
            json.WriteString("role", t.Assignment.Role == Responsibility.UnitRole.Lead ? "lead" : "coResponsible");
            json.WriteBoolean("roleInferred", t.Assignment.IsRoleInferred);
            json.WriteString("scope", t.Scope);
            ReportText.DateOrNull(json, "nextDue", t.NextDue);
            json.WriteBoolean("overdue", t.IsOverdue);
            ReportText.Assessment(json, t.Result);
            json.WriteStartArray("cities");
            foreach (var c in t.Cities)
            {
                json.WriteStartObject();
                json.WriteString("government", c.Government.ShortNameZh);
                json.WriteString("city", c.City.NameZh);
                ReportText.Assessment(json, c.Result);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("overdue");
        foreach (var t in r.Overdue)
        {
            json.WriteStringValue(t.Target.Id);
        }

        json.WriteEndArray();
        json.WriteStartArray("dueNext");
        foreach (var t in r.DueNext)
        {
            json.WriteStartObject();
            json.WriteString("id", t.Target.Id);
            json.WriteString("nextDue", ReportText.Date(t.NextDue));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}

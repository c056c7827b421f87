using System.Globalization;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Accountability;

/// <summary>
/// Writes the status of every target of a plan (a <see cref="PlanAssessment"/>) as CSV, Markdown or
/// JSON. Illustrative observations are labelled in every format. Pure text: the caller owns the writer.
/// </summary>
public static class StatusReportWriter
{
    /// <summary>The schema id written as the first property of the JSON form.</summary>
    private const string JsonSchema = "county-innovation/target-status/v1";

    /// <summary>Writes <paramref name="assessment"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="format">The format.</param>
    public static void Write(TextWriter writer, PlanAssessment assessment, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assessment);
        switch (format)
        {
            case ReportFormat.Csv:
                WriteCsv(writer, assessment);
                break;
            case ReportFormat.Markdown:
                WriteMarkdown(writer, assessment);
                break;
            case ReportFormat.Json:
                ReportText.Json(writer, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("schema", JsonSchema);
                    json.WriteString("plan", assessment.Plan);
                    json.WriteString("asOf", ReportText.Date(assessment.AsOf));
                    json.WriteString("observations", assessment.Observations);
                    json.WriteBoolean("illustrative", assessment.IsIllustrative);
                    if (assessment.IsIllustrative)
                    {
                        json.WriteString("warning", ReportText.IllustrativeBanner);
                    }

                    json.WriteString("numericMethod", assessment.NumericMethod);
                    json.WriteStartArray("targets");
                    foreach (var t in assessment.Targets)
                    {
                        json.WriteStartObject();
                        ReportText.TargetIdentity(json, t.Target);
                        ReportText.DateOrNull(json, "nextDue", t.NextDue);
                        json.WriteBoolean("overdue", t.IsOverdue);
                        ReportText.Assessment(json, t.Result);
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

    private static void WriteCsv(TextWriter writer, PlanAssessment a)
    {
        ReportText.CsvComment(writer, $"{a.Plan}; as of {ReportText.Date(a.AsOf)}; observations: {a.Observations}");
        if (a.IsIllustrative)
        {
            writer.Write($"# {ReportText.IllustrativeBanner}\n");
        }

        ReportText.CsvRow(writer, "target", "measure", "title", "status", "method", "thresholds", "is_projection", "as_of", "deadline", "next_due", "latest_date", "latest_value", "target_value", "progress_value", "shortfall", "overdue", "illustrative", "explanation");
        foreach (var t in a.Targets)
        {
            var r = t.Result;
            ReportText.CsvRow(
                writer,
                t.Target.Id,
                t.Target.Measure?.Value,
                t.Target.Title,
                r.Status.ToLabel(),
                r.MethodName,
                string.Join("; ", r.Thresholds),
                r.IsProjection ? "true" : "false",
                ReportText.Date(r.AsOf),
                ReportText.Date(r.Deadline),
                ReportText.Date(t.NextDue),
                ReportText.Date(r.Latest?.Date),
                r.Latest?.Value,
                r.TargetValue,
                r.ProgressValue,
                r.Shortfall,
                t.IsOverdue ? "true" : "false",
                a.IsIllustrative ? "true" : "false",
                r.Explanation);
        }
    }

    private static void WriteMarkdown(TextWriter writer, PlanAssessment a)
    {
        writer.Write($"# Target status as of {ReportText.Date(a.AsOf)}\n\n");
        if (a.IsIllustrative)
        {
            writer.Write($"> **{ReportText.IllustrativeBanner}**\n\n");
        }

        writer.Write($"Plan: {ReportText.Md(a.Plan)}. Observations: {ReportText.Md(a.Observations)}. Numeric targets: {a.NumericMethod}.\n\n");
        ReportText.MdHeader(writer, "Target", "Measure", "Title", "Status", "Deadline", "Latest", "Progress", "Shortfall", "Next due");
        foreach (var t in a.Targets)
        {
            var r = t.Result;
            ReportText.MdRow(
                writer,
                t.Target.Id,
                t.Target.Measure?.Value.ToString(CultureInfo.InvariantCulture) ?? "—",
                t.Target.Title,
                r.Status.ToLabel() + (r.IsProjection ? " (projection)" : string.Empty),
                r.Deadline is null ? "standing" : ReportText.Date(r.Deadline),
                r.Latest is { } l ? $"{ReportText.Short(l.Value)} ({ReportText.Date(l.Date)})" : "—",
                ReportText.Short(r.ProgressValue),
                ReportText.Short(r.Shortfall),
                t.NextDue is null ? "—" : ReportText.Date(t.NextDue));
        }

        writer.Write("\n## Why\n\n");
        foreach (var t in a.Targets)
        {
            var thresholds = t.Result.Thresholds.IsEmpty ? string.Empty : " " + ReportText.Md($"Thresholds: {string.Join("; ", t.Result.Thresholds)}.");
            writer.Write($"- **{ReportText.Md(t.Target.Id)}** ({t.Result.MethodName}): {ReportText.Md(t.Result.Explanation)}{thresholds}\n");
        }
    }
}

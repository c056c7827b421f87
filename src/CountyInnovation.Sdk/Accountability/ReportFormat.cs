namespace CountyInnovation.Sdk.Accountability;

/// <summary>The text formats the accountability writers produce.</summary>
public enum ReportFormat
{
    /// <summary>RFC 4180 CSV with a header row, one row per item; comment lines start with <c>#</c>.</summary>
    Csv = 0,

    /// <summary>GitHub-flavoured Markdown tables with headings.</summary>
    Markdown = 1,

    /// <summary>Indented UTF-8 JSON (schemas in <c>docs/targets.md</c>).</summary>
    Json = 2,
}

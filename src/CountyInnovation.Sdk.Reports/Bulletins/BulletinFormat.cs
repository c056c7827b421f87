namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>The output formats of the <c>evaluate</c> command.</summary>
public enum BulletinFormat
{
    /// <summary>Human-readable tables (Spectre.Console).</summary>
    Table,

    /// <summary>The stable JSON document of docs/formats/bulletin-json.md.</summary>
    Json,

    /// <summary>One CSV row per county.</summary>
    Csv,

    /// <summary>A Markdown report.</summary>
    Markdown,
}

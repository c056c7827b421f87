namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>The output formats of a bulletin (the <c>evaluate</c> command's <c>--format</c>).</summary>
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

    /// <summary>One self-contained HTML file with charts, a county map and county profiles (docs/reports/html-and-xlsx.md).</summary>
    Html,

    /// <summary>An Excel workbook (binary: write it to a stream or a file).</summary>
    Xlsx,
}

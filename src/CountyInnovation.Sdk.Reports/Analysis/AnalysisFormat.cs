namespace CountyInnovation.Sdk.Reports.Analysis;

/// <summary>The output formats of a composite analysis (docs/formats/analysis.md).</summary>
public enum AnalysisFormat
{
    /// <summary>Aligned plain-text tables for a terminal.</summary>
    Table = 0,

    /// <summary>The JSON document <c>county-innovation/analysis/v1</c>.</summary>
    Json = 1,

    /// <summary>One tidy CSV table with a <c>section</c> column.</summary>
    Csv = 2,

    /// <summary>A Markdown report.</summary>
    Markdown = 3,
}

using System.Collections.Immutable;

namespace CountyInnovation.Cli.Output;

/// <summary>
/// One output format of the command line: the name <c>--format</c> takes and the file extensions
/// that select it when only <c>--out</c> is given. <see cref="All"/> is the one table of formats:
/// adding a format is adding a line there (and letting the commands that can write it list it).
/// </summary>
internal sealed class OutputFormat
{
    private OutputFormat(string name, string description, params string[] extensions)
    {
        Name = name;
        Description = description;
        Extensions = [.. extensions];
    }

    /// <summary>Aligned text tables, for people.</summary>
    public static OutputFormat Table { get; } = new("table", "text tables", ".txt");

    /// <summary>Stable, documented JSON.</summary>
    public static OutputFormat Json { get; } = new("json", "JSON", ".json");

    /// <summary>RFC 4180 CSV, UTF-8.</summary>
    public static OutputFormat Csv { get; } = new("csv", "CSV", ".csv");

    /// <summary>A Markdown report.</summary>
    public static OutputFormat Markdown { get; } = new("markdown", "Markdown", ".md", ".markdown");

    /// <summary>One self-contained HTML page (the bulletin with charts, map and county profiles).</summary>
    public static OutputFormat Html { get; } = new("html", "HTML", ".html", ".htm");

    /// <summary>An Excel workbook (binary: written to a file only).</summary>
    public static OutputFormat Xlsx { get; } = new("xlsx", "an Excel workbook", ".xlsx");

    /// <summary>Every format, each with the extensions that select it.</summary>
    public static ImmutableArray<OutputFormat> All { get; } = [Table, Json, Csv, Markdown, Html, Xlsx];

    /// <summary>What <c>--format</c> takes: <c>table</c>, <c>json</c>, …</summary>
    public string Name { get; }

    /// <summary>A few words for messages (<c>JSON</c>, <c>text tables</c>).</summary>
    public string Description { get; }

    /// <summary>The file extensions (with the dot, lower case) that select this format; the first is the usual one.</summary>
    public ImmutableArray<string> Extensions { get; }

    /// <summary>The format of that name, or null.</summary>
    public static OutputFormat? Named(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The format a file's extension selects, or null when no format has that extension.</summary>
    public static OutputFormat? ForFile(string path)
    {
        var extension = Path.GetExtension(path);
        return All.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

using System.CommandLine;

namespace CountyInnovation.Cli.Commands;

/// <summary>The <c>--format table|json</c> option that listing commands share.</summary>
internal static class OutputFormatOption
{
    public const string Table = "table";

    public const string Json = "json";

    public static Option<string> Create()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: table (default, for people) or json (stable, documented in docs/formats/catalogue-json.md).",
            DefaultValueFactory = _ => Table,
        };
        option.AcceptOnlyFromAmong(Table, Json);
        return option;
    }
}

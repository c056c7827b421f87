using System.CommandLine;
using Spectre.Console;

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

    /// <summary>
    /// A command with only <c>--format</c>: <paramref name="json"/> writes the JSON document, or the
    /// table and footer line <paramref name="table"/> builds are printed.
    /// </summary>
    public static Command CreateListing(string name, string description, CliContext context, Action<TextWriter> json, Func<(Table Table, string Footer)> table)
    {
        var format = Create();
        var command = new Command(name, description);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(format) == Json)
            {
                json(context.Output);
                return 0;
            }

            var (built, footer) = table();
            context.Console.Write(built);
            context.Output.WriteLine(footer);
            return 0;
        });
        return command;
    }
}

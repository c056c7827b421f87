using System.CommandLine;
using CountyInnovation.Cli.Output;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary>The <c>--format table|json</c> and <c>--out</c> options that listing commands share.</summary>
internal static class OutputFormatOption
{
    /// <summary>Adds <c>--format table|json</c> and <c>--out</c> to a listing command.</summary>
    public static OutputOptions AddTo(Command command, string what) =>
        OutputOptions.AddTo(command, what, "json: docs/formats/catalogue-json.md", OutputFormat.Table, OutputFormat.Json);

    /// <summary>
    /// A command with only <c>--format</c> and <c>--out</c>: <paramref name="json"/> writes the JSON
    /// document, or the table and footer line <paramref name="table"/> builds are written.
    /// </summary>
    public static Command CreateListing(string name, string description, CliContext context, Action<TextWriter> json, Func<(Table Table, string Footer)> table)
    {
        var command = new Command(name, description);
        var output = AddTo(command, "the list");
        command.SetAction(parseResult =>
        {
            if (output.Resolve(parseResult, context) is not { } format)
            {
                return 1;
            }

            return output.Write(parseResult, context, target =>
            {
                if (format == OutputFormat.Json)
                {
                    json(target.Output);
                    return 0;
                }

                var (built, footer) = table();
                target.Console.Write(built);
                target.Output.WriteLine(footer);
                return 0;
            });
        });
        return command;
    }
}

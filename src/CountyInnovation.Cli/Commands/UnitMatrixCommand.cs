using System.CommandLine;
using CountyInnovation.Sdk.Accountability;
using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Cli.Commands;

/// <summary><c>units matrix [--format markdown|csv|json]</c>: the responsibility matrix (measure × unit, role, inferred).</summary>
internal static class UnitMatrixCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: markdown (default), csv or json.",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong("markdown", "csv", "json");
        var command = new Command("matrix", "Export the responsibility matrix of the 2020 document: every measure's units, with lead / co-responsible (inferred).");
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var chosen = parseResult.GetValue(format) switch
            {
                "csv" => ReportFormat.Csv,
                "json" => ReportFormat.Json,
                _ => ReportFormat.Markdown,
            };
            ResponsibilityMatrixWriter.Write(context.Output, PolicyCatalogue.Hebei2020.Responsibilities, chosen);
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Accountability;
using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Cli.Commands;

/// <summary><c>units matrix [--format markdown|csv|json]</c>: the responsibility matrix (measure × unit, role, inferred).</summary>
internal static class UnitMatrixCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("matrix", "Export the responsibility matrix of the 2020 document: every measure's units, with lead / co-responsible (inferred).");
        var output = OutputOptions.AddTo(command, "the matrix", null, OutputFormat.Markdown, OutputFormat.Csv, OutputFormat.Json);
        command.SetAction(parseResult =>
        {
            if (output.Resolve(parseResult, context) is not { } format)
            {
                return 1;
            }

            return output.Write(parseResult, context, target =>
            {
                ResponsibilityMatrixWriter.Write(target.Output, PolicyCatalogue.Hebei2020.Responsibilities, TargetOptions.ReportFormat(format) ?? ReportFormat.Markdown);
                return 0;
            });
        });
        return command;
    }
}

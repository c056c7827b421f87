using System.CommandLine;
using CountyInnovation.Cli.Commands;
using NodaTime;

namespace CountyInnovation.Cli;

/// <summary>
/// The <c>county-innovation</c> command tree. Runs in-process with the writers and clock it is
/// given, so tests drive it exactly as the console does.
/// </summary>
internal static class CliApplication
{
    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, int? width = null) =>
        Run(args, output, error, clock, [], width);

    /// <summary>Parses and runs <paramref name="args"/> with <paramref name="extraCommands"/> added to the tree (for tests of the host itself).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, IEnumerable<Command> extraCommands, int? width = null)
    {
        var context = new CliContext(output, error, clock, width);
        var root = BuildRootCommand(context);
        foreach (var command in extraCommands)
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // The last resort: whatever escaped a command becomes one line, never a stack trace.
            error.WriteLine(LastResort.Message(parseResult.CommandResult.Command.Name, args, e));
            return LastResort.ExitCode;
        }
    }

    /// <summary>Builds the root command with every sub-command.</summary>
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "county-innovation: Hebei's 28 measures on county-level S&T innovation as code — " +
            "the policy catalogue, the annual county evaluation, targets and accountability.");
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> Commands(CliContext context)
    {
        yield return EvaluateCommand.Create(context);
        yield return AnalyseCommand.Create(context);
        yield return UncertaintyCommand.Create(context);
        yield return MeasuresCommand.Create(context);
        yield return UnitsCommand.Create(context);
        yield return TargetsCommand.Create(context);
        yield return CountiesCommand.Create(context);
        yield return IndicatorsCommand.Create(context);
        yield return TemplateCommand.Create(context);
    }
}

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
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, int? width = null)
    {
        var context = new CliContext(output, error, clock, width);
        var root = BuildRootCommand(context);
        var parseResult = root.Parse(args);
        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
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

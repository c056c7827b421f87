using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Cli.Output;

/// <summary>How a command reports refused input on standard error: the count, then every problem with its place.</summary>
internal static class ProblemReport
{
    /// <summary>Writes <paramref name="e"/>'s problems to standard error; returns the exit code 1.</summary>
    public static int Write(CliContext context, InvalidInputException e)
    {
        context.Error.WriteLine($"error: {Wording.Count(e.Problems.Length, "problem")}:");
        foreach (var problem in e.Problems)
        {
            context.Error.WriteLine("  " + problem);
        }

        return 1;
    }

    /// <summary>
    /// Runs <paramref name="action"/>; refused input and unreadable files become a message on
    /// standard error and the exit code 1.
    /// </summary>
    public static int Guard(CliContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (InvalidInputException e)
        {
            return Write(context, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}

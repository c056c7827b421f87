using System.Text;

namespace CountyInnovation.Cli;

/// <summary>
/// What the command line says when a command fails in a way no reader or command foresaw: one line
/// naming the command, its input and the failure, and asking for a report; never a stack trace.
/// </summary>
internal static class LastResort
{
    /// <summary>The exit code of an unexpected failure (1 is bad input, 2 is a bad command line).</summary>
    public const int ExitCode = 70;

    /// <summary>Where to report a failure.</summary>
    public const string ReportTo = "please report it with this line and the input files (see docs/security.md, Reporting a problem)";

    /// <summary>The one line: <c>error: county-innovation evaluate --data x.csv failed unexpectedly (InvalidOperationException: …); please report it …</c>.</summary>
    public static string Message(string command, IReadOnlyList<string> args, Exception exception)
    {
        var what = args.Count == 0 ? command : string.Join(' ', args.Select(Shown));
        return OneLine($"error: county-innovation {what} failed unexpectedly ({exception.GetType().Name}: {exception.Message}); {ReportTo}.");
    }

    private static string Shown(string arg) => arg.Length == 0 || arg.Any(char.IsWhiteSpace) ? $"'{arg}'" : arg;

    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            line.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return line.ToString();
    }
}

using System.CommandLine;

namespace CountyInnovation.Cli.Output;

/// <summary>
/// The <c>--format</c> and <c>--out</c> options every command that writes a result shares. Without
/// <c>--format</c> the format comes from the extension of the <c>--out</c> file (<c>b.json</c> gives
/// JSON), else it is the command's default; a file is written atomically, so a failed command leaves
/// no partial file.
/// </summary>
internal sealed class OutputOptions
{
    private readonly OutputFormat[] formats;

    private OutputOptions(Option<string?> format, Option<FileInfo?> output, OutputFormat[] formats)
    {
        Format = format;
        Out = output;
        this.formats = formats;
    }

    /// <summary>The <c>--format</c> option.</summary>
    public Option<string?> Format { get; }

    /// <summary>The <c>--out</c> option.</summary>
    public Option<FileInfo?> Out { get; }

    /// <summary>
    /// Adds <c>--format</c> and <c>--out</c> to <paramref name="command"/>. The first of
    /// <paramref name="formats"/> is the default; <paramref name="formatNote"/> says where the
    /// stable formats are documented.
    /// </summary>
    public static OutputOptions AddTo(Command command, string what, string? formatNote, params OutputFormat[] formats)
    {
        var names = formats.Select(f => f.Name).ToArray();
        var format = new Option<string?>("--format")
        {
            Description = $"Output format: {(names.Length == 1 ? names[0] + " (the only one)" : string.Join(", ", names[..^1]) + " or " + names[^1])}" +
                $"{(formatNote is null ? string.Empty : " (" + formatNote + ")")}. Default: from the extension of the --out file " +
                $"({string.Join(", ", formats.Select(f => f.Extensions[0]))}), else {names[0]}.",
            HelpName = string.Join("|", names),
        };
        format.AcceptOnlyFromAmong(names);
        var output = new Option<FileInfo?>("--out")
        {
            Description = $"Write {what} to this file (replaced whole, or left untouched if the command fails) instead of standard output.",
            HelpName = "FILE",
        };
        command.Options.Add(format);
        command.Options.Add(output);
        return new OutputOptions(format, output, formats);
    }

    /// <summary>
    /// The format to write: <c>--format</c> when given, else the one the <c>--out</c> file's extension
    /// selects, else the default. Null (with the reason written to standard error) when the extension
    /// names a format this command cannot write or none at all.
    /// </summary>
    public OutputFormat? Resolve(ParseResult parseResult, CliContext context)
    {
        if (OutputFormat.Named(parseResult.GetValue(Format)) is { } named)
        {
            return named;
        }

        if (parseResult.GetValue(Out) is not { } file)
        {
            return formats[0];
        }

        var byExtension = OutputFormat.ForFile(file.Name);
        if (byExtension is not null && formats.Contains(byExtension))
        {
            return byExtension;
        }

        var accepted = string.Join(", ", formats.SelectMany(f => f.Extensions));
        context.Error.WriteLine(byExtension is null
            ? $"error: --out {file.Name}: the extension does not say which format to write; use {accepted}, or give --format."
            : $"error: --out {file.Name}: this command cannot write {byExtension.Description}; use {accepted}, or give --format.");
        return null;
    }

    /// <summary>
    /// Runs <paramref name="write"/> with a context whose output is standard output or the
    /// <c>--out</c> file (written atomically); returns its exit code. A file is kept only when the
    /// code is 0, and then its path is reported on standard output, after <paramref name="subject"/>
    /// when given ("Bulletin for the 2024 evaluation written to …").
    /// </summary>
    public int Write(ParseResult parseResult, CliContext context, Func<CliContext, int> write, string? subject = null)
    {
        if (parseResult.GetValue(Out) is not { } file)
        {
            return write(context);
        }

        var code = 0;
        try
        {
            Sdk.Output.AtomicFile.WriteText(file.FullName, writer =>
            {
                code = write(context.WritingTo(writer));
                if (code != 0)
                {
                    throw new OperationCanceledException();
                }
            });
        }
        catch (OperationCanceledException) when (code != 0)
        {
            return code;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: --out {file.FullName}: {e.Message}");
            return 1;
        }

        context.Output.WriteLine(subject is null ? $"Written to {file.FullName}." : $"{subject} written to {file.FullName}.");
        return 0;
    }
}

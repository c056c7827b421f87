using NodaTime;
using Spectre.Console;

namespace CountyInnovation.Cli;

/// <summary>What every command needs from its host: where to write, and what time it is.</summary>
internal sealed class CliContext
{
    /// <summary>
    /// The width tables get when output does not go to a terminal: wide enough that no cell is
    /// wrapped, so piped or redirected output keeps words whole.
    /// </summary>
    public const int UnwrappedWidth = 4096;

    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="width">The terminal's width when output is a terminal; null when it is redirected (tables are then not wrapped).</param>
    public CliContext(TextWriter output, TextWriter error, IClock clock, int? width = null)
    {
        Output = output;
        Error = error;
        Clock = clock;
        Width = width;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        Console.Profile.Width = width is > 0 ? width.Value : UnwrappedWidth;
    }

    /// <summary>Standard output, for results.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error, for diagnostics.</summary>
    public TextWriter Error { get; }

    /// <summary>The clock that "today" comes from (the system clock only in <c>Program</c>).</summary>
    public IClock Clock { get; }

    /// <summary>The terminal's width, or null when output is not a terminal.</summary>
    public int? Width { get; }

    /// <summary>A Spectre console that writes plain text tables to <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>The same context with results going to <paramref name="output"/> (a file: tables are not wrapped).</summary>
    public CliContext WritingTo(TextWriter output) => new(output, Error, Clock);
}

using NodaTime;
using Spectre.Console;

namespace CountyInnovation.Cli;

/// <summary>What every command needs from its host: where to write, and what time it is.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, IClock clock)
    {
        Output = output;
        Error = error;
        Clock = clock;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
    }

    /// <summary>Standard output, for results.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error, for diagnostics.</summary>
    public TextWriter Error { get; }

    /// <summary>The clock that "today" comes from (the system clock only in <c>Program</c>).</summary>
    public IClock Clock { get; }

    /// <summary>A Spectre console that writes plain text tables to <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }
}

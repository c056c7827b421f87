namespace CountyInnovation.Sdk.Diagnostics;

/// <summary>
/// A place in an input: a file (or other named source), and optionally a 1-based line and column.
/// Every error about input data names one, so that the person who fixes the data can find the cell.
/// </summary>
public readonly struct SourceLocation : IEquatable<SourceLocation>
{
    private SourceLocation(string source, int? line, int? column)
    {
        Source = source;
        Line = line;
        Column = column;
    }

    /// <summary>The file path or source name (for example <c>sample.csv</c> or <c>&lt;embedded sample&gt;</c>).</summary>
    public string Source => field ?? string.Empty;

    /// <summary>The 1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column (field number for CSV), when known.</summary>
    public int? Column { get; }

    /// <summary>Creates a location.</summary>
    /// <param name="source">File path or source name; must not be null or empty.</param>
    /// <param name="line">1-based line, or <see langword="null"/>.</param>
    /// <param name="column">1-based column, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The source is empty or a line or column is below 1.</exception>
    public static SourceLocation Of(string source, int? line = null, int? column = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        if (line is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "Lines are numbered from 1.");
        }

        if (column is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "Columns are numbered from 1.");
        }

        if (column is not null && line is null)
        {
            throw new ArgumentException("A column needs a line.", nameof(column));
        }

        return new SourceLocation(source, line, column);
    }

    /// <inheritdoc />
    public bool Equals(SourceLocation other) =>
        string.Equals(Source, other.Source, StringComparison.Ordinal) && Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceLocation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Line, Column);

    /// <summary>Formats as <c>file:line:column</c>, leaving out what is unknown.</summary>
    public override string ToString() => (Line, Column) switch
    {
        (null, _) => Source,
        ({ } l, null) => $"{Source}:{l}",
        ({ } l, { } c) => $"{Source}:{l}:{c}",
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(SourceLocation left, SourceLocation right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SourceLocation left, SourceLocation right) => !left.Equals(right);
}

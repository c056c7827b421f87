using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// Turns byte offsets of a UTF-8 JSON text into 1-based lines and columns (UTF-16 characters, as in
/// the CSV readers), for every JSON reader. The line starts are found once; the column of a token is
/// counted on from the previous token when both are on the same line, so reading a whole file visits
/// each byte a bounded number of times even when it is all on one line (the readers ask in increasing
/// order; any other order still works, counting from the line start).
/// </summary>
internal sealed class JsonLineMap
{
    private readonly byte[] bytes;
    private readonly List<int> starts = [0];
    private readonly string source;
    private int cursorLine = -1;
    private int cursorOffset;
    private int cursorColumn;

    public JsonLineMap(byte[] bytes, string source)
    {
        this.bytes = bytes;
        this.source = source;
        for (var i = Array.IndexOf(bytes, (byte)'\n'); i >= 0; i = Array.IndexOf(bytes, (byte)'\n', i + 1))
        {
            starts.Add(i + 1);
        }
    }

    /// <summary>How many bytes the column counting has visited so far (for tests that hold it linear).</summary>
    public long BytesCounted { get; private set; }

    /// <summary>The place of the byte at <paramref name="offset"/>.</summary>
    public SourceLocation At(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, bytes.Length);
        var line = starts.BinarySearch(at);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return SourceLocation.Of(source, line + 1, Column(line, at));
    }

    /// <summary>The place a <see cref="System.Text.Json.JsonException"/> names: 0-based line and byte position in that line.</summary>
    public SourceLocation AtLine(long line, long bytePositionInLine) =>
        line >= 0 && line < starts.Count
            ? At(Math.Min(starts[(int)line] + bytePositionInLine, bytes.Length))
            : SourceLocation.Of(source, (int)Math.Clamp(line + 1, 1, int.MaxValue));

    private int Column(int line, int offset)
    {
        int from, column;
        if (line == cursorLine && offset >= cursorOffset)
        {
            (from, column) = (cursorOffset, cursorColumn);
        }
        else
        {
            (from, column) = (starts[line], 1);
        }

        for (var i = from; i < offset; i++)
        {
            var b = bytes[i];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte starts a character; a four-byte sequence is two UTF-16 characters.
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        BytesCounted += offset - from;
        (cursorLine, cursorOffset, cursorColumn) = (line, offset, column);
        return column;
    }
}

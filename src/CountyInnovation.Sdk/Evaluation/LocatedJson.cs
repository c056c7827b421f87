using System.Globalization;
using System.Text;
using System.Text.Json;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// A JSON value that remembers where it starts in its text, so that a configuration error can name
/// the line and column of the offending property. Parsed with <see cref="Utf8JsonReader"/>
/// (comments and trailing commas allowed).
/// </summary>
internal sealed class LocatedJson
{
    private LocatedJson(JsonTokenType kind, SourceLocation location)
    {
        Kind = kind;
        Location = location;
    }

    public JsonTokenType Kind { get; }

    public SourceLocation Location { get; }

    public string? Text { get; private init; }

    public double Number { get; private init; }

    /// <summary>For an object: its properties in text order (name, where the name is, value).</summary>
    public List<(string Name, SourceLocation Where, LocatedJson Value)> Properties { get; } = [];

    /// <summary>For an array: its items.</summary>
    public List<LocatedJson> Items { get; } = [];

    public bool IsObject => Kind == JsonTokenType.StartObject;

    public bool IsArray => Kind == JsonTokenType.StartArray;

    public bool IsString => Kind == JsonTokenType.String;

    public bool IsNumber => Kind == JsonTokenType.Number;

    public bool IsBoolean => Kind is JsonTokenType.True or JsonTokenType.False;

    public string Describe() => Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => Kind.ToString(),
    };

    /// <summary>Parses <paramref name="text"/>; a syntax error becomes an <see cref="InvalidInputException"/> at its line and column.</summary>
    public static LocatedJson Parse(string text, string source)
    {
        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            throw new InvalidInputException([DataProblem.At(SourceLocation.Of(source, 1, 1), "The file is empty; a JSON object was expected.")]);
        }

        var bytes = Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);
        var lines = new LineMap(bytes, source);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                throw new InvalidInputException([DataProblem.At(SourceLocation.Of(source, 1, 1), "The file is empty; a JSON object was expected.")]);
            }

            var root = ReadValue(ref reader, lines);
            if (reader.Read())
            {
                throw new InvalidInputException([DataProblem.At(lines.At(reader.TokenStartIndex), "Unexpected content after the end of the JSON value.")]);
            }

            return root;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = lines.Column(line, (int)(e.BytePositionInLine ?? 0));
            throw new InvalidInputException([DataProblem.At(SourceLocation.Of(source, line + 1, column), $"Malformed JSON: {FirstSentence(e.Message)}")]);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    private static LocatedJson ReadValue(ref Utf8JsonReader reader, LineMap lines)
    {
        var where = lines.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new LocatedJson(JsonTokenType.StartObject, where);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    var nameWhere = lines.At(reader.TokenStartIndex);
                    reader.Read();
                    obj.Properties.Add((name, nameWhere, ReadValue(ref reader, lines)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new LocatedJson(JsonTokenType.StartArray, where);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, lines));
                }

                return array;
            case JsonTokenType.String:
                return new LocatedJson(JsonTokenType.String, where) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new LocatedJson(JsonTokenType.Number, where)
                {
                    Number = reader.GetDouble(),
                    Text = Encoding.UTF8.GetString(reader.ValueSpan),
                };
            default:
                return new LocatedJson(reader.TokenType, where);
        }
    }

    /// <summary>Turns byte offsets into 1-based lines and (character) columns.</summary>
    private sealed class LineMap
    {
        private readonly byte[] bytes;
        private readonly List<int> starts = [0];
        private readonly string source;

        public LineMap(byte[] bytes, string source)
        {
            this.bytes = bytes;
            this.source = source;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }
        }

        public SourceLocation At(long offset)
        {
            var line = starts.BinarySearch((int)offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return SourceLocation.Of(source, line + 1, Column(line, (int)offset - starts[line]));
        }

        /// <summary>The 1-based character column of the byte <paramref name="byteInLine"/> of 0-based line <paramref name="line"/>.</summary>
        public int Column(int line, int byteInLine)
        {
            if (line >= starts.Count)
            {
                return 1;
            }

            var start = starts[line];
            var end = Math.Min(bytes.Length, start + byteInLine);
            var column = 1;
            for (var i = start; i < end; i++)
            {
                // Count characters, not bytes: skip UTF-8 continuation bytes.
                if ((bytes[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return column;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Describe()} at {Location}");
}

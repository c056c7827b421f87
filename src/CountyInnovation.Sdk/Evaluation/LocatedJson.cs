using System.Globalization;
using System.Text;
using System.Text.Json;
using CountyInnovation.Sdk.Data;
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

        var bytes = JsonText.Utf8(text, source);
        var lines = new JsonLineMap(bytes, source);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = InputLimits.MaxJsonDepth });
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
            throw new InvalidInputException([DataProblem.At(lines.AtLine(e.LineNumber ?? 0, e.BytePositionInLine ?? 0), $"Malformed JSON: {FirstSentence(e.Message)}")]);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    private static LocatedJson ReadValue(ref Utf8JsonReader reader, JsonLineMap lines)
    {
        var where = lines.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new LocatedJson(JsonTokenType.StartObject, where);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameWhere = lines.At(reader.TokenStartIndex);
                    var name = JsonText.String(ref reader, nameWhere);
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
                return new LocatedJson(JsonTokenType.String, where) { Text = JsonText.String(ref reader, where) };
            case JsonTokenType.Number:
                return new LocatedJson(JsonTokenType.Number, where)
                {
                    Number = JsonText.FiniteNumber(ref reader, where),
                    Text = Encoding.UTF8.GetString(reader.ValueSpan),
                };
            default:
                return new LocatedJson(reader.TokenType, where);
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Describe()} at {Location}");
}

using System.Text;
using System.Text.Json;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Indicators;

/// <summary>
/// Reads an indicator framework from a metadata table: CSV with the columns of
/// <see cref="FrameworkColumns"/> (one row per node), or JSON with the same fields (an array of node
/// objects, or an object with a <c>nodes</c> array). Every problem — malformed file, unknown
/// column or property, invalid code, kind, direction, number or formula, weight ≤ 0, one goalpost
/// only, duplicate code, unknown parent (orphan), cycle, indicator used as a parent, group without
/// indicators, wrong level — is reported with file, line, column and indicator in one
/// <see cref="InvalidInputException"/>. docs/formats/framework.md describes the formats.
/// </summary>
public static class IndicatorFrameworkReader
{
    /// <summary>Reads the CSV form.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The name used in problems (for example the file path).</param>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed.</exception>
    public static IndicatorFramework ReadCsv(TextReader reader, string source)
    {
        var csv = new CsvRecordReader(reader, source);
        var problems = new List<DataProblem>();
        var rows = new List<FrameworkRow>();
        if (!csv.TryRead(out var header, problems))
        {
            problems.Add(DataProblem.At(SourceLocation.Of(source), "The input is empty: expected a header row with the columns " + string.Join(",", FrameworkColumns.Required) + "."));
            throw new InvalidInputException(problems);
        }

        var names = header.Fields.Select(f => f.Trim()).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            if (!FrameworkColumns.All.Contains(names[i]))
            {
                problems.Add(DataProblem.At(csv.At(header.Line, i + 1), $"Unknown column '{names[i]}': the columns are {string.Join(", ", FrameworkColumns.All)}."));
            }
            else if (Array.IndexOf(names, names[i]) != i)
            {
                problems.Add(DataProblem.At(csv.At(header.Line, i + 1), $"The column '{names[i]}' appears twice."));
            }
        }

        foreach (var missing in FrameworkColumns.Required.Where(r => !names.Contains(r)))
        {
            problems.Add(DataProblem.At(csv.At(header.Line), $"The header has no '{missing}' column."));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        while (csv.TryRead(out var record, problems))
        {
            if (record.Fields.Length != names.Length)
            {
                problems.Add(DataProblem.At(csv.At(record.Line, Math.Min(record.Fields.Length, names.Length) + 1), $"This row has {record.Fields.Length} fields but the header has {names.Length}."));
                continue;
            }

            var row = new FrameworkRow(csv.At(record.Line));
            for (var i = 0; i < names.Length; i++)
            {
                row.Fields[names[i]] = (record.Fields[i], csv.At(record.Line, i + 1));
            }

            rows.Add(row);
        }

        return FrameworkRowParser.Build(rows, SourceLocation.Of(source), problems);
    }

    /// <summary>Reads the JSON form.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The name used in problems.</param>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed.</exception>
    public static IndicatorFramework ReadJson(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(source);
        var bytes = JsonText.Utf8(InputLimits.ReadAll(reader, source), source);
        var problems = new List<DataProblem>();
        var rows = new List<FrameworkRow>();
        var lines = new JsonLineMap(bytes, source);
        try
        {
            ParseJson(bytes, lines, rows, problems);
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } l ? lines.AtLine(l, e.BytePositionInLine ?? 0) : SourceLocation.Of(source);
            problems.Add(DataProblem.At(at, "The file is not valid JSON: " + e.Message));
            throw new InvalidInputException(problems);
        }

        return FrameworkRowParser.Build(rows, SourceLocation.Of(source), problems);
    }

    /// <summary>Reads a file, CSV or JSON by its extension (<c>.json</c> is JSON, anything else CSV); problems name the path.</summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed.</exception>
    public static IndicatorFramework ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path);
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ReadJson(reader, path) : ReadCsv(reader, path);
    }

    private static void ParseJson(byte[] bytes, JsonLineMap lines, List<FrameworkRow> rows, List<DataProblem> problems)
    {
        var json = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = InputLimits.MaxJsonDepth });
        Read(ref json);
        if (json.TokenType == JsonTokenType.StartObject)
        {
            var found = false;
            while (Read(ref json) == JsonTokenType.PropertyName)
            {
                var at = lines.At(json.TokenStartIndex);
                var name = JsonText.String(ref json, at);
                Read(ref json);
                if (name == "nodes" && json.TokenType == JsonTokenType.StartArray)
                {
                    found = true;
                    ParseNodes(ref json, lines, rows, problems);
                }
                else if (name == "nodes")
                {
                    found = true;
                    problems.Add(DataProblem.At(lines.At(json.TokenStartIndex), "'nodes' must be an array of node objects."));
                    json.Skip();
                }
                else if (name is "$schema" or "description" or "framework")
                {
                    json.Skip();
                }
                else
                {
                    problems.Add(DataProblem.At(at, $"Unknown property '{name}': a framework file has a 'nodes' array (and optionally '$schema', 'framework', 'description')."));
                    json.Skip();
                }
            }

            if (!found)
            {
                problems.Add(DataProblem.At(lines.At(0), "The framework object has no 'nodes' array."));
            }
        }
        else if (json.TokenType == JsonTokenType.StartArray)
        {
            ParseNodes(ref json, lines, rows, problems);
        }
        else
        {
            problems.Add(DataProblem.At(lines.At(json.TokenStartIndex), "Expected an array of nodes or an object with a 'nodes' array."));
            json.Skip();
        }

        // A second top-level value ("[…] […]") would otherwise be dropped without a word: reading on
        // past the first one throws a JsonException that names its place (only whitespace and comments may follow).
        _ = json.Read();
    }

    private static void ParseNodes(ref Utf8JsonReader json, JsonLineMap lines, List<FrameworkRow> rows, List<DataProblem> problems)
    {
        while (Read(ref json) != JsonTokenType.EndArray)
        {
            var at = lines.At(json.TokenStartIndex);
            if (json.TokenType != JsonTokenType.StartObject)
            {
                problems.Add(DataProblem.At(at, "Each node must be an object with the fields code, parent, name_zh, name_en, kind, weight, …"));
                json.Skip();
                continue;
            }

            var row = new FrameworkRow(at);
            while (Read(ref json) == JsonTokenType.PropertyName)
            {
                var nameAt = lines.At(json.TokenStartIndex);
                var name = JsonText.String(ref json, nameAt);
                Read(ref json);
                var valueAt = lines.At(json.TokenStartIndex);
                if (!FrameworkColumns.All.Contains(name))
                {
                    problems.Add(DataProblem.At(nameAt, $"Unknown property '{name}': the properties are {string.Join(", ", FrameworkColumns.All)}."));
                    json.Skip();
                    continue;
                }

                if (row.Fields.TryGetValue(name, out var first))
                {
                    problems.Add(DataProblem.At(nameAt, $"The property '{name}' appears twice in this node (first at {first.Location}): which value is meant?", indicator: row.Text(FrameworkColumns.Code) is { Length: > 0 } c ? c : null));
                    json.Skip();
                    continue;
                }

                switch (json.TokenType)
                {
                    case JsonTokenType.String:
                        row.Fields[name] = (JsonText.String(ref json, valueAt), valueAt);
                        break;
                    case JsonTokenType.Number:
                        row.Fields[name] = (Encoding.UTF8.GetString(json.ValueSpan), valueAt);
                        break;
                    case JsonTokenType.Null:
                        row.Fields[name] = (string.Empty, valueAt);
                        break;
                    default:
                        problems.Add(DataProblem.At(valueAt, $"The property '{name}' must be a string, a number or null."));
                        json.Skip();
                        break;
                }
            }

            rows.Add(row);
        }
    }

    private static JsonTokenType Read(ref Utf8JsonReader json) =>
        json.Read() ? json.TokenType : throw new JsonException("The JSON ends too early.", null, null, null);
}

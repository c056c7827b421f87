using System.Globalization;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Reads observations from JSON (format: <c>docs/formats/observations.md</c>):
/// <c>{ "name": …, "illustrative": false, "observations": [ { "target": "…", "period": "2021",
/// "value": 2.3, "level": "county", "place": "130102", "source": "…" } ] }</c>. Every problem in the
/// file is collected and thrown together as an <see cref="InvalidInputException"/>, each with its
/// line and column; nothing is half-loaded.
/// </summary>
public static class ObservationJsonReader
{
    private static readonly HashSet<string> TopLevel = new(StringComparer.Ordinal) { "name", "illustrative", "note", "observations" };
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal) { "target", "period", "value", "level", "place", "source" };

    /// <summary>Reads a whole JSON document.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file name or source label used in errors and as the set's default name.</param>
    /// <param name="knownTargets">The target ids that may be observed; <see langword="null"/> accepts any id.</param>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed.</exception>
    public static ObservationSet Read(TextReader reader, string source, IReadOnlySet<string>? knownTargets = null) =>
        Read(reader, source, knownTargets, null);

    /// <summary>Reads a whole JSON document of observations of <paramref name="plan"/>'s targets; a problem with a target of a measure names the measure, and a target that must rise every year takes one value per year and place.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file name or source label used in errors and as the set's default name.</param>
    /// <param name="plan">The plan whose target ids may be observed.</param>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed.</exception>
    public static ObservationSet Read(TextReader reader, string source, TargetPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Read(reader, source, plan.Ids, plan);
    }

    private static ObservationSet Read(TextReader reader, string source, IReadOnlySet<string>? knownTargets, TargetPlan? plan)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(source);
        var root = LocatedJson.Parse(Data.InputLimits.ReadAll(reader, source), source);
        var problems = new List<DataProblem>();
        if (!root.IsObject)
        {
            throw new InvalidInputException([DataProblem.At(root.Location, $"Expected an object with an \"observations\" array, found {root.Describe()}.")]);
        }

        var name = source;
        var illustrative = false;
        LocatedJson? list = null;
        foreach (var (key, where, value) in root.Properties)
        {
            switch (key)
            {
                case "name" when value.IsString && !string.IsNullOrWhiteSpace(value.Text):
                    name = value.Text!;
                    break;
                case "illustrative" when value.IsBoolean:
                    illustrative = value.Kind == System.Text.Json.JsonTokenType.True;
                    break;
                case "note" when value.IsString:
                    break;
                case "observations" when value.IsArray:
                    list = value;
                    break;
                default:
                    problems.Add(DataProblem.At(
                        TopLevel.Contains(key) ? value.Location : where,
                        TopLevel.Contains(key)
                            ? $"\"{key}\" has the wrong type ({value.Describe()})."
                            : $"Unknown property \"{key}\": expected {string.Join(", ", TopLevel.Order(StringComparer.Ordinal))}."));
                    break;
            }
        }

        if (list is null)
        {
            problems.Add(DataProblem.At(root.Location, "The \"observations\" array is missing."));
            throw new InvalidInputException(problems);
        }

        var read = new List<(Observation, SourceLocation)>();
        foreach (var item in list.Items)
        {
            if (!item.IsObject)
            {
                problems.Add(DataProblem.At(item.Location, $"An observation must be an object, found {item.Describe()}."));
                continue;
            }

            if (ToRecord(item, problems).Validate(knownTargets, problems, plan) is { } observation)
            {
                read.Add((observation, item.Location));
            }
        }

        return ObservationRecord.Finish(name, illustrative, read, problems, plan, list.Location);
    }

    /// <summary>The record's known fields; unknown and repeated ones are reported, and the known ones are still checked.</summary>
    private static ObservationRecord ToRecord(LocatedJson item, List<DataProblem> problems)
    {
        var found = new Dictionary<string, (string? Text, SourceLocation Where)>(StringComparer.Ordinal);
        foreach (var (key, where, value) in item.Properties)
        {
            if (!Fields.Contains(key))
            {
                problems.Add(DataProblem.At(where, $"Unknown field \"{key}\": expected {string.Join(", ", Fields)}."));
                continue;
            }

            if (!found.TryAdd(key, (Text(value, key), value.Location)))
            {
                problems.Add(DataProblem.At(where, $"The field \"{key}\" appears twice."));
            }
        }

        (string? Text, SourceLocation Where) Get(string key) => found.TryGetValue(key, out var f) ? f : (null, item.Location);
        return new ObservationRecord
        {
            Row = item.Location,
            Target = Get("target"),
            Period = Get("period"),
            Value = Get("value"),
            Level = Get("level"),
            Place = Get("place"),
            Source = Get("source"),
        };
    }

    private static string? Text(LocatedJson value, string key) => value switch
    {
        { IsString: true } => value.Text,
        { IsNumber: true } when key is "period" or "place" => value.Text,
        { IsNumber: true } => value.Number.ToString("R", CultureInfo.InvariantCulture),
        { Kind: System.Text.Json.JsonTokenType.Null } => null,
        _ => $"<{value.Describe()}>",
    };
}

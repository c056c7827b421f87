using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Reads observations from CSV (format: <c>docs/formats/observations.md</c>): a header naming the
/// columns <c>target, period, value</c> and optionally <c>level, place, source</c> in any order;
/// <c>#</c> comment lines before it. A comment line <c># illustrative</c> marks the set as
/// illustrative. Every problem is collected and thrown together as an
/// <see cref="InvalidInputException"/> (file, line, column = field number); nothing is half-loaded.
/// </summary>
public static class ObservationCsvReader
{
    private static readonly string[] Required = ["target", "period", "value"];
    private static readonly string[] Known = ["target", "period", "value", "level", "place", "source"];

    /// <summary>Reads a whole CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file name or source label used in errors and as the set's name.</param>
    /// <param name="knownTargets">The target ids that may be observed; <see langword="null"/> accepts any id.</param>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed.</exception>
    public static ObservationSet Read(TextReader reader, string source, IReadOnlySet<string>? knownTargets = null) =>
        Read(reader, source, knownTargets, null);

    /// <summary>Reads a whole CSV text of observations of <paramref name="plan"/>'s targets; a problem with a target of a measure names the measure, and a target that must rise every year takes one value per year and place.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file name or source label used in errors and as the set's name.</param>
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
        var csv = new CsvRecordReader(reader, source);
        var problems = new List<DataProblem>();
        if (!csv.TryRead(out var header, problems))
        {
            problems.Add(DataProblem.At(SourceLocation.Of(source), $"The file has no header row; expected the columns {string.Join(", ", Known)}."));
            throw new InvalidInputException(problems);
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var name = header.Fields[i].Trim().ToLowerInvariant();
            if (!Known.Contains(name))
            {
                problems.Add(DataProblem.At(csv.At(header.Line, i + 1), $"Unknown column '{header.Fields[i]}': expected {string.Join(", ", Known)}."));
            }
            else if (!columns.TryAdd(name, i))
            {
                problems.Add(DataProblem.At(csv.At(header.Line, i + 1), $"The column '{name}' appears twice (columns {columns[name] + 1} and {i + 1})."));
            }
        }

        foreach (var missing in Required.Where(r => !columns.ContainsKey(r)))
        {
            problems.Add(DataProblem.At(csv.At(header.Line), $"The header has no '{missing}' column; required: {string.Join(", ", Required)}."));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var read = new List<(Observation, SourceLocation)>();
        while (csv.TryRead(out var record, problems))
        {
            if (record.Fields.Length != header.Fields.Length)
            {
                problems.Add(DataProblem.At(csv.At(record.Line), $"The row has {record.Fields.Length} fields; the header has {header.Fields.Length}."));
                continue;
            }

            (string? Text, SourceLocation Where) Field(string name) =>
                columns.TryGetValue(name, out var i) ? (record.Fields[i], csv.At(record.Line, i + 1)) : (null, csv.At(record.Line));

            var raw = new ObservationRecord
            {
                Row = csv.At(record.Line),
                Target = Field("target"),
                Period = Field("period"),
                Value = Field("value"),
                Level = Field("level"),
                Place = Field("place"),
                Source = Field("source"),
            };
            if (raw.Validate(knownTargets, problems, plan) is { } observation)
            {
                read.Add((observation, raw.Row));
            }
        }

        var illustrative = csv.Comments.Exists(c => c.StartsWith("illustrative", StringComparison.OrdinalIgnoreCase));
        return ObservationRecord.Finish(source, illustrative, read, problems, plan);
    }
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CountyInnovation.Sdk.Output;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;
using NodaTime;
using NodaTime.Text;

namespace CountyInnovation.Sdk.Accountability;

/// <summary>The small text conventions every accountability writer shares.</summary>
internal static class ReportText
{
    public const string IllustrativeBanner = "ILLUSTRATIVE DATA: the observations are made-up example values, not statistics.";

    public static string Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : string.Empty;

    public static string Short(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "—";

    public static string Role(UnitRole role) => role == UnitRole.Lead ? "lead" : "co-responsible";

    public static string RoleLabel(Assignment a) => Role(a.Role) + (a.IsRoleInferred ? " (inferred)" : string.Empty);

    public static string StatusName(TargetStatus status) => Camel(status.ToString());

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>
    /// Writes one CSV row. A string field is text and is neutralised (<see cref="CsvCell.Text"/>); a
    /// number (<see cref="int"/>, <see cref="long"/>, <see cref="double"/>) is written as a number, so a
    /// negative value stays a number; <see langword="null"/> is an empty cell.
    /// </summary>
    public static void CsvRow(TextWriter writer, params object?[] fields)
    {
        writer.Write(string.Join(",", fields.Select(CsvValue)));
        writer.Write('\n');
    }

    /// <summary>Writes a <c># …</c> comment line; line breaks in <paramref name="text"/> become spaces, so it cannot start a row.</summary>
    public static void CsvComment(TextWriter writer, string text)
    {
        writer.Write("# ");
        writer.Write(OneLine(text));
        writer.Write('\n');
    }

    /// <summary>The text on one line: every line break (CR, LF, U+0085, U+2028, U+2029) becomes a space.</summary>
    public static string OneLine(string text) =>
        text.AsSpan().IndexOfAny("\r\n\u0085\u2028\u2029") < 0 ? text : string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = t[i] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' ? ' ' : t[i];
            }
        });

    private static string CsvValue(object? field) => field switch
    {
        null => string.Empty,
        string text => CsvCell.Text(text),
        double number => CsvCell.Number(number),
        int number => CsvCell.Number(number),
        long number => CsvCell.Number(number),
        _ => throw new ArgumentException($"No CSV form for {field.GetType()}.", nameof(field)),
    };

    public static string Md(string? text) => MarkdownText.Escape(text);

    public static void MdRow(TextWriter writer, params string?[] cells)
    {
        writer.Write("| ");
        writer.Write(string.Join(" | ", cells.Select(Md)));
        writer.Write(" |\n");
    }

    public static void MdHeader(TextWriter writer, params string[] cells)
    {
        MdRow(writer, cells);
        writer.Write("|");
        writer.Write(string.Concat(cells.Select(_ => "---|")));
        writer.Write('\n');
    }

    public static void Json(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }

    public static void NumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    public static void DateOrNull(Utf8JsonWriter json, string name, LocalDate? value) =>
        StringOrNull(json, name, value is null ? null : Date(value));

    public static void Point(Utf8JsonWriter json, string name, DatedValue? point)
    {
        if (point is not { } p)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("date", Date(p.Date));
        json.WriteNumber("value", p.Value);
        json.WriteEndObject();
    }

    /// <summary>Writes the properties of an assessment (inside an open object).</summary>
    public static void Assessment(Utf8JsonWriter json, ProgressAssessment r)
    {
        json.WriteString("status", StatusName(r.Status));
        json.WriteString("statusLabel", r.Status.ToLabel());
        json.WriteString("method", r.MethodName);
        json.WriteStartArray("thresholds");
        foreach (var t in r.Thresholds)
        {
            json.WriteStartObject();
            json.WriteString("name", t.Name);
            json.WriteNumber("value", t.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteBoolean("isProjection", r.IsProjection);
        DateOrNull(json, "deadline", r.Deadline);
        Point(json, "base", r.Base);
        Point(json, "latest", r.Latest);
        NumberOrNull(json, "targetValue", r.TargetValue);
        NumberOrNull(json, "observedGrowth", r.ObservedGrowth);
        NumberOrNull(json, "requiredGrowth", r.RequiredGrowth);
        NumberOrNull(json, "progressValue", r.ProgressValue);
        NumberOrNull(json, "shortfall", r.Shortfall);
        json.WriteString("explanation", r.Explanation);
        json.WriteStartArray("checks");
        foreach (var c in r.Checks)
        {
            json.WriteStartObject();
            json.WriteString("subject", c.Subject);
            NumberOrNull(json, "year", c.Year);
            json.WriteString("outcome", Camel(c.Outcome.ToString()));
            NumberOrNull(json, "previous", c.Previous);
            NumberOrNull(json, "value", c.Value);
            NumberOrNull(json, "shortfall", c.Shortfall);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes a tracked target's identity (inside an open object).</summary>
    public static void TargetIdentity(Utf8JsonWriter json, TrackedTarget t)
    {
        json.WriteString("id", t.Id);
        NumberOrNull(json, "measure", t.Measure?.Value);
        json.WriteString("title", t.Title);
        StringOrNull(json, "titleZh", t.TitleZh);
        StringOrNull(json, "unit", t.Unit);
        json.WriteString("kind", Camel(t.Kind.ToString()));
        json.WriteBoolean("deadlineInferred", t.IsDeadlineInferred);
    }
}

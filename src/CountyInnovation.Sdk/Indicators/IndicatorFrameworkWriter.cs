using System.Globalization;
using CountyInnovation.Sdk.Data;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CountyInnovation.Sdk.Indicators;

/// <summary>
/// Writes a framework in the CSV and JSON forms <see cref="IndicatorFrameworkReader"/> reads
/// (reading the output gives an equal framework). Lines end with <c>\n</c> in CSV.
/// </summary>
public static class IndicatorFrameworkWriter
{
    /// <summary>Writes the CSV form, one row per node, the index first, depth-first.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteCsv(IndicatorFramework framework, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(",", FrameworkColumns.All));
        writer.Write('\n');
        foreach (var node in Nodes(framework))
        {
            writer.Write(string.Join(",", FrameworkColumns.All.Select(c => CsvField.Quote(node.GetValueOrDefault(c) ?? string.Empty))));
            writer.Write('\n');
        }
    }

    /// <summary>Writes the JSON form: <c>{"framework": code, "nodes": [...]}</c>, numbers as numbers, empty fields left out.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    public static void WriteJson(IndicatorFramework framework, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("framework", framework.Root.Code.Value);
        json.WriteStartArray("nodes");
        foreach (var node in Nodes(framework))
        {
            json.WriteStartObject();
            foreach (var column in FrameworkColumns.All)
            {
                if (node.GetValueOrDefault(column) is not { Length: > 0 } text)
                {
                    continue;
                }

                if (column is FrameworkColumns.Level or FrameworkColumns.Weight or FrameworkColumns.Lower or FrameworkColumns.Upper or FrameworkColumns.Target)
                {
                    json.WritePropertyName(column);
                    json.WriteRawValue(text);
                }
                else
                {
                    json.WriteString(column, text);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static IEnumerable<Dictionary<string, string?>> Nodes(IndicatorFramework framework)
    {
        foreach (var code in framework.Groups.Select(g => g.Code).Concat(framework.Indicators.Select(i => i.Code)).OrderBy(c => Order(framework, c)))
        {
            var level = framework.LevelOf(code).ToString(CultureInfo.InvariantCulture);
            if (framework.TryGetGroup(code, out var group))
            {
                yield return new Dictionary<string, string?>
                {
                    [FrameworkColumns.Code] = code.Value,
                    [FrameworkColumns.Level] = level,
                    [FrameworkColumns.Parent] = group.ParentCode?.Value,
                    [FrameworkColumns.NameZh] = group.NameZh,
                    [FrameworkColumns.NameEn] = group.NameEn,
                    [FrameworkColumns.Kind] = group.IsRoot ? "index" : "group",
                    [FrameworkColumns.Weight] = Number(group.Weight),
                    [FrameworkColumns.Provenance] = Provenance(group.Provenance),
                    [FrameworkColumns.WeightProvenance] = Provenance(group.WeightProvenance),
                    [FrameworkColumns.Note] = group.Note,
                };
                continue;
            }

            var indicator = framework.GetIndicator(code);
            yield return new Dictionary<string, string?>
            {
                [FrameworkColumns.Code] = code.Value,
                [FrameworkColumns.Level] = level,
                [FrameworkColumns.Parent] = indicator.ParentCode.Value,
                [FrameworkColumns.NameZh] = indicator.NameZh,
                [FrameworkColumns.NameEn] = indicator.NameEn,
                [FrameworkColumns.Kind] = indicator.Kind == IndicatorKind.Qualitative ? "qualitative" : "quantitative",
                [FrameworkColumns.Unit] = indicator.Unit,
                [FrameworkColumns.Direction] = indicator.Direction == IndicatorDirection.MoreIsBetter ? "more_is_better" : "less_is_better",
                [FrameworkColumns.Weight] = Number(indicator.Weight),
                [FrameworkColumns.Lower] = indicator.Goalposts is { } g ? Number(g.Lower) : null,
                [FrameworkColumns.Upper] = indicator.Goalposts is { } h ? Number(h.Upper) : null,
                [FrameworkColumns.Target] = indicator.StandardValue is { } t ? Number(t) : null,
                [FrameworkColumns.Formula] = indicator.Formula?.ToString(),
                [FrameworkColumns.Provenance] = Provenance(indicator.Provenance),
                [FrameworkColumns.WeightProvenance] = Provenance(indicator.WeightProvenance),
                [FrameworkColumns.Note] = indicator.Note,
            };
        }
    }

    private static string Order(IndicatorFramework framework, IndicatorCode code) =>
        string.Join("/", framework.PathOf(code).Select(c => Position(framework, c).ToString("D6", CultureInfo.InvariantCulture)));

    private static int Position(IndicatorFramework framework, IndicatorCode code) =>
        framework.ParentOf(code) is { } parent ? framework.ChildrenOf(parent).IndexOf(code) : 0;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Provenance(IndicatorProvenance provenance) => provenance switch
    {
        IndicatorProvenance.Official => "official",
        IndicatorProvenance.NationalStandard => "national_standard",
        _ => "assumption",
    };
}

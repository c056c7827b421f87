using System.Text.Json;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Reports.Details;

/// <summary>
/// Writes an <see cref="EvaluationDetail"/> as the JSON document of docs/formats/evaluation-detail.md
/// (schema <c>county-innovation/evaluation-detail/v1</c>): every unit with every indicator's raw,
/// imputed, treated and normalised value and every group's score and rank, and every group's
/// weights. Numbers unrounded, missing values null, property order fixed.
/// </summary>
public static class EvaluationDetailJsonWriter
{
    /// <summary>The schema identifier.</summary>
    public const string Schema = "county-innovation/evaluation-detail/v1";

    /// <summary>Returns the JSON document, LF line ends.</summary>
    /// <param name="detail">The evaluation detail.</param>
    public static string Write(EvaluationDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return ReportJson.Document(json => Write(json, detail));
    }

    private static void Write(Utf8JsonWriter json, EvaluationDetail detail)
    {
        var r = detail.Result;
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteBoolean("synthetic", r.IsSynthetic);
        json.WriteNumber("evaluationYear", r.Year.Value);
        json.WriteNumber("dataYear", r.DataYear);
        json.WriteString("dataSource", r.DataSource);
        json.WriteString("framework", r.Framework);
        json.WriteString("method", r.Method.Name);

        json.WriteStartArray("groups");
        foreach (var g in detail.Groups)
        {
            json.WriteStartObject();
            json.WriteString("code", g.Code);
            json.WriteString("name", g.Name);
            if (g.Parent is null)
            {
                json.WriteNull("parent");
            }
            else
            {
                json.WriteString("parent", g.Parent);
            }

            json.WriteNumber("level", g.Level);
            json.WriteString("aggregation", g.Aggregation);
            json.WriteString("weighting", g.Weighting);
            json.WriteString("weightKind", g.WeightKind.ToString());
            json.WriteStartArray("weights");
            for (var c = 0; c < g.Components.Length; c++)
            {
                json.WriteStartObject();
                json.WriteString("component", g.Components[c]);
                Number(json, "weight", g.Weights[c]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("indicators");
        foreach (var i in detail.Indicators)
        {
            json.WriteStartObject();
            json.WriteString("code", i.Code);
            json.WriteString("name", i.Name);
            json.WriteString("parent", i.Parent);
            json.WriteString("normalisation", i.Normalisation);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("units");
        for (var u = 0; u < detail.Units.Length; u++)
        {
            var county = r.Counties[u];
            json.WriteStartObject();
            json.WriteString("code", county.Code);
            json.WriteString("name", county.Name);
            json.WriteString("group", county.City);
            if (county.Score is { } score)
            {
                json.WriteNumber("score", score);
                json.WriteNumber("rank", county.Rank!.Value);
                json.WriteString("class", county.Class!.Value.ToString());
            }
            else
            {
                json.WriteNull("score");
                json.WriteNull("rank");
                json.WriteNull("class");
            }

            json.WriteBoolean("screenedOut", county.ScreenedOut);
            json.WriteStartObject("groups");
            foreach (var g in detail.Groups)
            {
                json.WriteStartObject(g.Code);
                Number(json, "score", g.Scores[u]);
                if (g.Ranks[u] is { } rank)
                {
                    json.WriteNumber("rank", rank);
                }
                else
                {
                    json.WriteNull("rank");
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("indicators");
            foreach (var i in detail.Indicators)
            {
                json.WriteStartObject(i.Code);
                Number(json, "raw", i.Raw[u]);
                Number(json, "imputed", i.Imputed[u]);
                Number(json, "treated", i.Treated[u]);
                Number(json, "normalised", i.Normalised[u]);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("imputations");
        foreach (var record in detail.Imputations)
        {
            json.WriteStartObject();
            json.WriteString("unit", record.County);
            json.WriteString("indicator", record.Indicator);
            json.WriteNumber("value", record.Value);
            json.WriteString("method", record.Method);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("treatments");
        foreach (var record in detail.Treatments)
        {
            json.WriteStartObject();
            json.WriteString("indicator", record.Indicator);
            json.WriteString("action", record.Action);
            json.WriteStartArray("values");
            foreach (var value in record.Values)
            {
                json.WriteStartObject();
                json.WriteString("unit", value.County);
                json.WriteNumber("original", value.Original);
                json.WriteNumber("treated", value.Treated);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Localization;

namespace CountyInnovation.Sdk.Reports.Html;

/// <summary>
/// The JSON data island the chart script reads: chart labels from the language resource, the class
/// counts per evaluation year, city averages, every county's score, rank, class and leap, and the
/// uncertainty intervals. Written with the default JavaScript encoder, which \u-escapes
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and non-ASCII letters: safe inside a script element.
/// </summary>
internal static class HtmlData
{
    public static string Json(Bulletin bulletin, ReportText text)
    {
        var r = bulletin.Result;
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("lang", text.Tag);
            json.WriteStartObject("labels");
            foreach (var (name, key) in new[]
            {
                ("classA", "class.A"), ("classB", "class.B"), ("classC", "class.C"), ("unscored", "class.unscored"),
                ("counties", "col.counties"), ("average", "col.average"), ("score", "col.score"), ("rank", "col.rank"),
                ("noData", "map.noData"), ("leapUp", "map.leapUp"), ("leapDown", "map.leapDown"), ("leapSame", "map.leapSame"),
                ("rankInterval", "chart.rankIntervals"), ("medianRank", "col.medianRank"),
            })
            {
                json.WriteString(name, text[key]);
            }

            json.WriteEndObject();
            json.WriteStartArray("years");
            foreach (var h in bulletin.History)
            {
                json.WriteNumberValue(h.Year.Value);
            }

            json.WriteEndArray();
            json.WriteStartObject("classHistory");
            foreach (var (name, count) in new (string, Func<ClassCounts, int>)[] { ("A", c => c.A), ("B", c => c.B), ("C", c => c.C) })
            {
                json.WriteStartArray(name);
                foreach (var h in bulletin.History)
                {
                    json.WriteNumberValue(count(h.Classes));
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartArray("cities");
            foreach (var city in r.Cities)
            {
                json.WriteStartObject();
                json.WriteString("name", city.City);
                Number(json, "average", city.AverageScore);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            var leaps = bulletin.Leap?.Counties.Where(c => c.Later is not null).ToDictionary(c => c.Code, StringComparer.Ordinal);
            json.WriteStartArray("counties");
            foreach (var c in r.Counties)
            {
                json.WriteStartObject();
                json.WriteString("code", c.Code);
                json.WriteString("name", c.Name);
                json.WriteString("city", c.City);
                Number(json, "score", c.Score);
                if (c.Rank is { } rank)
                {
                    json.WriteNumber("rank", rank);
                }
                else
                {
                    json.WriteNull("rank");
                }

                json.WriteString("cls", c.Class?.ToString());
                var change = leaps?.GetValueOrDefault(c.Code)?.ClassChange;
                json.WriteString("leap", change switch
                {
                    ClassChange.Up => "up",
                    ClassChange.Down => "down",
                    ClassChange.Same => "same",
                    _ => null,
                });
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (bulletin.Uncertainty is { } u)
            {
                json.WriteStartArray("uncertainty");
                foreach (var c in u.Counties.Where(c => c.NominalRank is not null).OrderBy(c => c.NominalRank))
                {
                    json.WriteStartObject();
                    json.WriteString("name", c.Name);
                    json.WriteNumber("low", Math.Round(c.Percentile5Rank, 2));
                    json.WriteNumber("high", Math.Round(c.Percentile95Rank, 2));
                    json.WriteNumber("median", Math.Round(c.MedianRank, 2));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }
            else
            {
                json.WriteNull("uncertainty");
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, Math.Round(v, 2));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

using System.Text.Json;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Reports.Localization;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>
/// Writes a bulletin as the stable JSON document described in docs/formats/bulletin-json.md
/// (schema <c>county-innovation/bulletin/v1</c>): scores unrounded, missing values as null,
/// Chinese text unescaped, property order fixed.
/// </summary>
public static class BulletinJsonWriter
{
    /// <summary>Returns <paramref name="bulletin"/> as the JSON document of schema <see cref="Bulletin.JsonSchema"/>, LF line ends.</summary>
    public static string Write(Bulletin bulletin)
    {
        return ReportJson.Document(json => Write(json, bulletin));
    }

    private static void Write(Utf8JsonWriter json, Bulletin bulletin)
    {
        var r = bulletin.Result;
        json.WriteStartObject();
        json.WriteString("schema", Bulletin.JsonSchema);
        json.WriteBoolean("synthetic", r.IsSynthetic);
        if (r.IsSynthetic)
        {
            json.WriteString("syntheticNote", Bulletin.SyntheticLabel);
        }

        json.WriteNumber("evaluationYear", r.Year.Value);
        json.WriteNumber("dataYear", r.DataYear);
        json.WriteString("dataSource", r.DataSource);
        json.WriteString("framework", r.Framework);
        json.WritePropertyName("method");
        MethodConfigurationJson.WriteTo(json, r.Method);
        json.WriteString("methodName", bulletin.MethodName);
        json.WriteBoolean("assumedFramework", bulletin.UsesAssumedFramework);
        Strings(json, "warnings", bulletin.Warnings(ReportLanguage.English));

        json.WriteStartObject("summary");
        json.WriteNumber("counties", r.Counties.Length);
        json.WriteNumber("scored", r.Counties.Length - r.Classes.Unscored);
        Number(json, "averageScore", r.AverageScore);
        Classes(json, "classes", r.Classes);
        json.WriteStartObject("classThresholds");
        json.WriteNumber("a", r.Method.ClassThresholds.A);
        json.WriteNumber("b", r.Method.ClassThresholds.B);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("firstLevelIndicators");
        for (var i = 0; i < r.FirstLevelCodes.Length; i++)
        {
            json.WriteStartObject();
            json.WriteString("code", r.FirstLevelCodes[i]);
            json.WriteString("name", r.FirstLevelNames[i]);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("classA");
        foreach (var county in r.ClassA)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", county.Rank!.Value);
            json.WriteString("code", county.Code);
            json.WriteString("name", county.Name);
            json.WriteString("city", county.City);
            Number(json, "score", county.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("cities");
        foreach (var city in r.Cities)
        {
            json.WriteStartObject();
            json.WriteString("city", city.City);
            json.WriteNumber("counties", city.CountyCount);
            json.WriteNumber("scored", city.ScoredCount);
            Number(json, "averageScore", city.AverageScore);
            Classes(json, "classes", city.Classes);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("counties");
        foreach (var county in r.Ranked)
        {
            json.WriteStartObject();
            Number(json, "rank", county.Rank);
            json.WriteString("code", county.Code);
            json.WriteString("name", county.Name);
            json.WriteString("city", county.City);
            Number(json, "score", county.Score);
            Text(json, "class", county.Class?.ToString());
            json.WriteStartObject("subScores");
            for (var i = 0; i < r.FirstLevelCodes.Length && i < county.SubScores.Length; i++)
            {
                Number(json, r.FirstLevelCodes[i], county.SubScores[i]);
            }

            json.WriteEndObject();
            Number(json, "dataAvailability", county.DataAvailability);
            json.WriteBoolean("screenedOut", county.ScreenedOut);
            Strings(json, "imputed", county.ImputedIndicators);
            Strings(json, "treated", county.TreatedIndicators);
            Strings(json, "missing", county.MissingIndicators);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        if (bulletin.Leap is { } leap)
        {
            WriteLeap(json, leap);
        }
        else
        {
            json.WriteNull("leap");
        }

        json.WriteStartObject("dataQuality");
        json.WriteStartArray("notes");
        foreach (var note in bulletin.DataQualityNotes())
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteStartArray("imputations");
        foreach (var i in r.Imputations)
        {
            json.WriteStartObject();
            json.WriteString("county", i.County);
            json.WriteString("indicator", i.Indicator);
            Number(json, "value", i.Value);
            json.WriteString("method", i.Method);
            Number(json, "sourceYear", i.SourceYear);
            Number(json, "secondSourceYear", i.SecondSourceYear);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("treatments");
        foreach (var t in r.Treatments)
        {
            json.WriteStartObject();
            json.WriteString("indicator", t.Indicator);
            json.WriteString("action", t.Action);
            Number(json, "skewnessBefore", t.SkewnessBefore);
            Number(json, "kurtosisBefore", t.KurtosisBefore);
            Number(json, "skewnessAfter", t.SkewnessAfter);
            Number(json, "kurtosisAfter", t.KurtosisAfter);
            json.WriteStartArray("values");
            foreach (var v in t.Values)
            {
                json.WriteStartObject();
                json.WriteString("county", v.County);
                Number(json, "original", v.Original);
                Number(json, "treated", v.Treated);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "screenedOut", [.. r.Counties.Where(c => c.ScreenedOut).Select(c => c.Code)]);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLeap(Utf8JsonWriter json, Leap leap)
    {
        json.WriteStartObject("leap");
        json.WriteNumber("earlierYear", leap.EarlierYear.Value);
        json.WriteNumber("laterYear", leap.LaterYear.Value);
        json.WriteNumber("classUps", leap.ClassUps.Length);
        json.WriteNumber("classDowns", leap.ClassDowns.Length);
        json.WriteStartArray("classTransitions");
        foreach (var t in leap.ClassTransitions)
        {
            json.WriteStartObject();
            json.WriteString("from", t.From.ToString());
            json.WriteString("to", t.To.ToString());
            json.WriteNumber("count", t.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("roseInRank", leap.RoseInRank);
        json.WriteStartObject("rankBuckets");
        foreach (var bucket in Enum.GetValues<RankChangeBucket>())
        {
            json.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(bucket.ToString()), leap.CountIn(bucket));
        }

        json.WriteEndObject();
        Strings(json, "roseAboveBestEver", [.. leap.RoseAboveBestEver.Select(c => c.Code)]);
        Strings(json, "entered", [.. leap.Entered.Select(c => c.Code)]);
        Strings(json, "left", [.. leap.Left.Select(c => c.Code)]);
        json.WriteStartArray("counties");
        foreach (var c in leap.Counties)
        {
            json.WriteStartObject();
            json.WriteString("code", c.Code);
            json.WriteString("name", c.Name);
            json.WriteString("presence", JsonNamingPolicy.CamelCase.ConvertName(c.Presence.ToString()));
            Number(json, "earlierScore", c.Earlier?.Score);
            Number(json, "laterScore", c.Later?.Score);
            Number(json, "scoreChange", c.ScoreChange);
            Number(json, "earlierRank", c.Earlier?.Rank);
            Number(json, "laterRank", c.Later?.Rank);
            Number(json, "rankGain", c.RankGain);
            Text(json, "rankBucket", c.RankBucket is { } b ? JsonNamingPolicy.CamelCase.ConvertName(b.ToString()) : null);
            Text(json, "earlierClass", c.Earlier?.Class?.ToString());
            Text(json, "laterClass", c.Later?.Class?.ToString());
            Text(json, "classChange", c.ClassChange is { } cc ? JsonNamingPolicy.CamelCase.ConvertName(cc.ToString()) : null);
            Number(json, "bestRankBefore", c.BestRankBefore);
            json.WriteBoolean("roseAboveBestEver", c.RoseAboveBestEver);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Classes(Utf8JsonWriter json, string name, ClassCounts counts)
    {
        json.WriteStartObject(name);
        json.WriteNumber("A", counts.A);
        json.WriteNumber("B", counts.B);
        json.WriteNumber("C", counts.C);
        json.WriteNumber("unscored", counts.Unscored);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, ReportNumber.Clean(v));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
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

    private static void Text(Utf8JsonWriter json, string name, string? value)
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

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}

using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Localization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace CountyInnovation.Sdk.Reports.Spreadsheets;

/// <summary>
/// Writes a bulletin as an Excel workbook (MiniExcel) with six sheets: summary, counties (score,
/// rank, class, first-level sub-scores, data quality flags), leaps, cities, data quality and method.
/// Sheet names and header rows are in the report's language (Chinese by default). Numbers are
/// stored at full precision without summation noise, as in the JSON, and shown to two decimals;
/// every name is stored as a text cell, never as a formula.
/// </summary>
public static class BulletinXlsxWriter
{
    private const string TwoDecimals = "0.00";

    /// <summary>Writes <paramref name="bulletin"/> as a Chinese (<c>zh-CN</c>) workbook to <paramref name="stream"/>.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="stream">A writable stream; left open.</param>
    public static void Write(Bulletin bulletin, Stream stream) => Write(bulletin, stream, ReportLanguage.ChineseSimplified);

    /// <summary>Writes <paramref name="bulletin"/> as a workbook in <paramref name="language"/> to <paramref name="stream"/>.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="stream">A writable stream; left open.</param>
    /// <param name="language">The language of sheet names, headers and text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bulletin"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(Bulletin bulletin, Stream stream, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(stream);
        var text = ReportText.For(language);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [text["sheet.summary"]] = Summary(bulletin, text),
            [text["sheet.counties"]] = Counties(bulletin, text),
            [text["sheet.leaps"]] = Leaps(bulletin, text),
            [text["sheet.cities"]] = Cities(bulletin, text),
            [text["sheet.quality"]] = Quality(bulletin, text),
            [text["sheet.method"]] = Pairs(MethodSteps.Of(bulletin, text), text["col.step"], text["col.value"]),
        };
        var numeric = new[] { "col.score", "col.average", "col.scoreChange", "col.dataAvailability", "col.value" }
            .Select(k => text[k])
            .Concat(bulletin.Result.FirstLevelNames)
            .Distinct(StringComparer.Ordinal)
            .Select(name => new DynamicExcelColumn(name) { Format = TwoDecimals })
            .ToArray();
        var configuration = new OpenXmlConfiguration { DynamicColumns = numeric, FastMode = true };
        if (stream is { CanRead: true, CanWrite: true, CanSeek: true })
        {
            MiniExcel.SaveAs(stream, sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration);
            return;
        }

        // MiniExcel builds the zip in update mode, which needs a readable, seekable stream: a file being
        // written atomically or a network stream is neither, so the workbook is built in memory first.
        using var buffer = new MemoryStream();
        MiniExcel.SaveAs(buffer, sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static List<Dictionary<string, object?>> Summary(Bulletin bulletin, ReportText text)
    {
        var r = bulletin.Result;
        var rows = new List<(string, object?)>
        {
            (text["summary.evaluationYear"], r.Year.Value),
            (text["summary.dataYear"], r.DataYear),
            (text["summary.framework"], r.Framework),
            (text["summary.method"], bulletin.MethodName),
            (text["summary.source"], r.DataSource),
            (text["summary.synthetic"], r.IsSynthetic ? text["yes"] : text["no"]),
            (text["summary.counties"], r.Counties.Length),
            (text["summary.scored"], r.Counties.Length - r.Classes.Unscored),
            (text["summary.average"], Number(r.AverageScore)),
            (text["class.A"], r.Classes.A),
            (text["class.B"], r.Classes.B),
            (text["class.C"], r.Classes.C),
            (text["class.unscored"], r.Classes.Unscored),
            (text["summary.thresholdA"], r.Method.ClassThresholds.A),
            (text["summary.thresholdB"], r.Method.ClassThresholds.B),
        };
        if (r.IsSynthetic)
        {
            rows.Add((text["summary.note"], text["synthetic"]));
        }
        else if (bulletin.UsesAssumedFramework)
        {
            rows.Add((text["summary.note"], text["note.assumptions"]));
        }

        rows.AddRange(bulletin.Warnings(text.Language).Select(w => (text["summary.warning"], (object?)w)));
        return Pairs(rows, text["col.item"], text["col.value"]);
    }

    private static List<Dictionary<string, object?>> Counties(Bulletin bulletin, ReportText text)
    {
        var r = bulletin.Result;
        var rows = new List<Dictionary<string, object?>>();
        foreach (var c in r.Ranked)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [text["col.rank"]] = c.Rank,
                [text["col.code"]] = c.Code,
                [text["col.county"]] = c.Name,
                [text["col.city"]] = c.City,
                [text["col.score"]] = Number(c.Score),
                [text["col.class"]] = c.Class is { } k ? text["class." + k] : text["class.unscored"],
            };
            for (var i = 0; i < r.FirstLevelNames.Length; i++)
            {
                row[r.FirstLevelNames[i]] = Number(i < c.SubScores.Length ? c.SubScores[i] : null);
            }

            row[text["col.dataAvailability"]] = Number(c.DataAvailability);
            row[text["col.screenedOut"]] = c.ScreenedOut ? text["yes"] : text["no"];
            row[text["col.imputedList"]] = string.Join(' ', c.ImputedIndicators);
            row[text["col.treatedList"]] = string.Join(' ', c.TreatedIndicators);
            row[text["col.missingList"]] = string.Join(' ', c.MissingIndicators);
            rows.Add(row);
        }

        return rows;
    }

    private static List<Dictionary<string, object?>> Leaps(Bulletin bulletin, ReportText text)
    {
        var rows = new List<Dictionary<string, object?>>();
        if (bulletin.Leap is not { } leap)
        {
            rows.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { [text["col.note"]] = text["leap.none"] });
            return rows;
        }

        foreach (var c in leap.Counties.Where(c => c.Later is not null).OrderBy(c => c.Later!.Rank ?? int.MaxValue))
        {
            rows.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [text["col.code"]] = c.Code,
                [text["col.county"]] = c.Name,
                [text["col.city"]] = c.City,
                [text["col.earlierRank"]] = c.Earlier?.Rank,
                [text["col.rank"]] = c.Later!.Rank,
                [text["col.rankGain"]] = c.RankGain,
                [text["col.bucket"]] = c.RankBucket is { } b ? text["bucket." + b] : null,
                [text["col.earlierClass"]] = c.Earlier is null ? null : BulletinPhrases.ClassName(c.Earlier.Class, text),
                [text["col.class"]] = BulletinPhrases.ClassName(c.Later.Class, text),
                [text["col.classChange"]] = c.Presence == LeapPresence.Entered ? text["leap.entered"] : c.ClassChange is { } k ? text["change." + k] : null,
                [text["col.scoreChange"]] = Number(c.ScoreChange),
                [text["col.bestRankBefore"]] = c.BestRankBefore,
            });
        }

        return rows;
    }

    private static List<Dictionary<string, object?>> Cities(Bulletin bulletin, ReportText text) =>
        [.. bulletin.Result.Cities.Select(city => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [text["col.city"]] = city.City,
            [text["col.counties"]] = city.CountyCount,
            [text["col.scored"]] = city.ScoredCount,
            [text["col.average"]] = Number(city.AverageScore),
            [text["class.A"]] = city.Classes.A,
            [text["class.B"]] = city.Classes.B,
            [text["class.C"]] = city.Classes.C,
        })];

    private static List<Dictionary<string, object?>> Quality(Bulletin bulletin, ReportText text)
    {
        var rows = bulletin.DataQualityNotes(text.Language).Select(n => (text["col.note"], (object?)n)).ToList();
        foreach (var i in bulletin.Result.Imputations)
        {
            rows.Add((text["col.imputed"], $"{i.County} {i.Indicator} = {ReportNumber.Text(i.Value)} ({i.Method})"));
        }

        foreach (var t in bulletin.Result.Treatments)
        {
            foreach (var v in t.Values)
            {
                rows.Add((text["col.treated"], $"{v.County} {t.Indicator}: {ReportNumber.Text(v.Original)} → {ReportNumber.Text(v.Treated)} ({t.Action})"));
            }
        }

        return Pairs(rows, text["col.item"], text["col.value"]);
    }

    private static List<Dictionary<string, object?>> Pairs(IEnumerable<(string Item, object? Value)> pairs, string itemHeader, string valueHeader) =>
        [.. pairs.Select(p => new Dictionary<string, object?>(StringComparer.Ordinal) { [itemHeader] = p.Item, [valueHeader] = p.Value })];

    private static List<Dictionary<string, object?>> Pairs(IEnumerable<(string Step, string Value)> pairs, string itemHeader, string valueHeader) =>
        Pairs(pairs.Select(p => (p.Step, (object?)p.Value)), itemHeader, valueHeader);

    private static object? Number(double? value) => value is { } v && double.IsFinite(v) ? ReportNumber.Clean(v) : null;
}

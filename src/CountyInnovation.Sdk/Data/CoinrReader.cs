using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// Reads COINr's own example format (docs/formats/coinr.md) as it is: <c>iMeta</c> (<c>Level</c>,
/// <c>iCode</c>, <c>iName</c>, <c>Direction</c>, <c>Weight</c>, <c>Parent</c>, <c>Type</c>) becomes an
/// <see cref="IndicatorFramework"/>, <c>iData</c> (<c>uCode</c>, <c>uName</c>, group columns,
/// <c>Time</c>, one column per indicator) a <see cref="Panel"/> of units with opaque or GB/T codes.
/// Every problem of both files is reported at once, with its line and column.
/// </summary>
public static class CoinrReader
{
    private static readonly string[] MetaColumns = ["Level", "iCode", "iName", "Direction", "Weight", "Parent", "Type"];

    /// <summary>Reads iData and iMeta.</summary>
    /// <param name="data">The iData text.</param>
    /// <param name="dataSource">The iData name used in problems.</param>
    /// <param name="meta">The iMeta text.</param>
    /// <param name="metaSource">The iMeta name used in problems.</param>
    /// <param name="groupBy">The grouping column units are imputed and summarised by (<c>GDP_group</c>, …); one group of all units when omitted.</param>
    /// <param name="year">The year of every row when iData has no <c>Time</c> column (COINr's single-year data); ignored otherwise.</param>
    /// <returns>The framework, units and panel.</returns>
    /// <exception cref="InvalidInputException">Anything is wrong in either file.</exception>
    public static CoinrDataSet Read(TextReader data, string dataSource, TextReader meta, string metaSource, string? groupBy = null, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(meta);
        var problems = new List<DataProblem>();
        var (framework, groupNames, denominators) = ReadMeta(meta, metaSource, problems);
        CountyDirectory? units = null;
        var groupColumns = ImmutableArray<string>.Empty;
        var panel = framework is null ? null : ReadData(data, dataSource, framework, groupNames, denominators, groupBy, year, problems, out units, out groupColumns);
        if (problems.Count > 0 || framework is null || panel is null || units is null)
        {
            throw new InvalidInputException(problems);
        }

        return CoinrDataSet.Create(framework, units, panel, groupColumns, denominators);
    }

    /// <summary>Reads iData and iMeta files.</summary>
    /// <param name="dataPath">The iData file.</param>
    /// <param name="metaPath">The iMeta file.</param>
    /// <param name="groupBy">The grouping column units are imputed and summarised by; one group when omitted.</param>
    /// <param name="year">The year of every row when iData has no <c>Time</c> column.</param>
    /// <returns>The framework, units and panel.</returns>
    /// <exception cref="InvalidInputException">Anything is wrong in either file.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static CoinrDataSet ReadFiles(string dataPath, string metaPath, string? groupBy = null, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(dataPath);
        ArgumentNullException.ThrowIfNull(metaPath);
        using var data = new StreamReader(dataPath);
        using var meta = new StreamReader(metaPath);
        return Read(data, dataPath, meta, metaPath, groupBy, year);
    }

    private static (IndicatorFramework? Framework, HashSet<string> Groups, ImmutableArray<string> Denominators) ReadMeta(TextReader text, string source, List<DataProblem> problems)
    {
        var csv = new CsvRecordReader(text, source);
        var groups = new HashSet<string>(StringComparer.Ordinal);
        var denominators = ImmutableArray.CreateBuilder<string>();
        if (!csv.TryRead(out var header, problems))
        {
            problems.Add(DataProblem.At(csv.At(1), $"iMeta is empty: expected a header with {string.Join(", ", MetaColumns)}."));
            return (null, groups, []);
        }

        var columns = Columns(header, csv, problems);
        var missing = MetaColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(DataProblem.At(csv.At(header.Line), $"iMeta has no {string.Join(", ", missing)} column(s); COINr's iMeta has {string.Join(", ", MetaColumns)}."));
            return (null, groups, []);
        }

        var indicators = new List<Indicator>();
        var aggregates = new List<(IndicatorCode Code, IndicatorCode? Parent, string Name, double Weight, int Line)>();
        var lines = new Dictionary<IndicatorCode, SourceLocation>();
        var before = problems.Count;
        while (csv.TryRead(out var row, problems))
        {
            string Field(string name) => row.Fields.Length > columns[name] ? row.Fields[columns[name]].Trim() : string.Empty;
            SourceLocation At(string name) => csv.At(row.Line, columns[name] + 1);
            var type = Field("Type");
            var codeText = Field("iCode");
            switch (type)
            {
                case "Group":
                    groups.Add(codeText);
                    continue;
                case "Denominator":
                    denominators.Add(codeText);
                    continue;
                case "Other":
                    continue;
                case "Indicator" or "Aggregate":
                    break;
                default:
                    problems.Add(DataProblem.At(At("Type"), $"'{type}' is not a COINr iMeta type: expected Indicator, Aggregate, Group, Denominator or Other.", indicator: codeText));
                    continue;
            }

            if (!IndicatorCode.TryParse(codeText, out var code, out var why))
            {
                problems.Add(DataProblem.At(At("iCode"), why, indicator: codeText));
                continue;
            }

            var parentText = Field("Parent");
            IndicatorCode? parent = null;
            if (parentText.Length > 0)
            {
                if (!IndicatorCode.TryParse(parentText, out var p, out var whyParent))
                {
                    problems.Add(DataProblem.At(At("Parent"), whyParent, indicator: codeText));
                    continue;
                }

                parent = p;
            }

            var name = Field("iName").Length > 0 ? Field("iName") : codeText;
            var weight = Number(Field("Weight"), At("Weight"), codeText, "Weight", problems);
            lines[code] = csv.At(row.Line);
            if (type == "Aggregate")
            {
                aggregates.Add((code, parent, name, weight ?? 1, row.Line));
                continue;
            }

            var direction = Number(Field("Direction"), At("Direction"), codeText, "Direction", problems);
            if (direction is not (1 or -1))
            {
                if (direction is not null)
                {
                    problems.Add(DataProblem.At(At("Direction"), $"The Direction of '{code}' is {direction}; COINr's directions are 1 (more is better) and -1 (less is better).", indicator: codeText));
                }

                continue;
            }

            if (parent is null)
            {
                problems.Add(DataProblem.At(At("Parent"), $"The indicator '{code}' has no Parent.", indicator: codeText));
                continue;
            }

            var unit = columns.TryGetValue("Unit", out var u) && row.Fields.Length > u ? row.Fields[u].Trim() : string.Empty;
            try
            {
                indicators.Add(Indicator.Create(code, parent.Value, name, name, unit, direction == 1 ? IndicatorDirection.MoreIsBetter : IndicatorDirection.LessIsBetter, weight ?? 1));
            }
            catch (ArgumentException e)
            {
                problems.Add(DataProblem.At(csv.At(row.Line), e.Message, indicator: codeText));
            }
        }

        var roots = aggregates.Where(a => a.Parent is null).ToList();
        if (roots.Count != 1)
        {
            problems.Add(DataProblem.At(SourceLocation.Of(source), $"iMeta needs exactly one Aggregate without a Parent (the index); it has {roots.Count}{(roots.Count > 0 ? $": {string.Join(", ", roots.Select(r => r.Code))}" : string.Empty)}."));
        }

        if (problems.Count > before || roots.Count != 1)
        {
            return (null, groups, denominators.ToImmutable());
        }

        var groupList = new List<IndicatorGroup>();
        foreach (var a in aggregates)
        {
            try
            {
                groupList.Add(a.Parent is { } p ? IndicatorGroup.Create(a.Code, p, a.Name, a.Name, a.Weight) : IndicatorGroup.Root(a.Code, a.Name, a.Name));
            }
            catch (ArgumentException e)
            {
                problems.Add(DataProblem.At(csv.At(a.Line), e.Message, indicator: a.Code.ToString()));
            }
        }

        try
        {
            return (IndicatorFramework.CreateLocated([.. groupList], [.. indicators], c => lines.TryGetValue(c, out var l) ? l : SourceLocation.Of(source)), groups, denominators.ToImmutable());
        }
        catch (InvalidInputException e)
        {
            problems.AddRange(e.Problems);
            return (null, groups, denominators.ToImmutable());
        }
    }

    private static Panel? ReadData(
        TextReader text,
        string source,
        IndicatorFramework framework,
        HashSet<string> metaGroups,
        ImmutableArray<string> denominators,
        string? groupBy,
        int? year,
        List<DataProblem> problems,
        out CountyDirectory? directory,
        out ImmutableArray<string> groupColumns)
    {
        directory = null;
        groupColumns = [];
        var csv = new CsvRecordReader(text, source);
        if (!csv.TryRead(out var header, problems))
        {
            problems.Add(DataProblem.At(csv.At(1), "iData is empty: expected a header with uCode, uName, group columns, Time and the indicators."));
            return null;
        }

        var columns = Columns(header, csv, problems);
        var before = problems.Count;
        foreach (var required in new[] { "uCode", "uName" })
        {
            if (!columns.ContainsKey(required))
            {
                problems.Add(DataProblem.At(csv.At(header.Line), $"iData has no {required} column."));
            }
        }

        var hasTime = columns.TryGetValue("Time", out var timeColumn);
        if (!hasTime && year is null)
        {
            problems.Add(DataProblem.At(csv.At(header.Line), "iData has no Time column: give the year of its data."));
        }

        var indicators = framework.Indicators.Select(i => i.Code).Concat(denominators.Select(d => IndicatorCode.TryParse(d, out var c) ? c : default).Where(c => c != default && columns.ContainsKey(c.Value))).Distinct().ToList();
        foreach (var missing in framework.Indicators.Where(i => !columns.ContainsKey(i.Code.Value)))
        {
            problems.Add(DataProblem.At(csv.At(header.Line), $"iData has no column for the indicator '{missing.Code}' of iMeta.", indicator: missing.Code.Value));
        }

        var known = new HashSet<string>(indicators.Select(i => i.Value), StringComparer.Ordinal) { "uCode", "uName", "Time" };
        groupColumns = [.. header.Fields.Select(f => f.Trim()).Where(f => metaGroups.Contains(f) || (!known.Contains(f) && f.EndsWith("_group", StringComparison.Ordinal)))];
        if (groupBy is not null && !groupColumns.Contains(groupBy))
        {
            problems.Add(DataProblem.At(csv.At(header.Line), $"iData has no grouping column '{groupBy}'; its grouping columns: {(groupColumns.IsEmpty ? "none" : string.Join(", ", groupColumns))}."));
        }

        if (problems.Count > before)
        {
            return null;
        }

        var units = new Dictionary<CountyCode, County>();
        var rows = new Dictionary<(CountyCode, int), (int Line, double[] Values)>();
        var all = PrefectureCity.CreateGrouping(UnitsCsvReader.SingleGroup, UnitsCsvReader.SingleGroup);
        while (csv.TryRead(out var row, problems))
        {
            if (row.Fields.Length != header.Fields.Length)
            {
                problems.Add(DataProblem.At(csv.At(row.Line), $"The row has {row.Fields.Length} fields, the header {header.Fields.Length}."));
                continue;
            }

            var codeText = row.Fields[columns["uCode"]].Trim();
            CountyCode code;
            try
            {
                code = CountyCode.ParseUnit(codeText);
            }
            catch (FormatException e)
            {
                problems.Add(DataProblem.At(csv.At(row.Line, columns["uCode"] + 1), e.Message, codeText));
                continue;
            }

            var name = row.Fields[columns["uName"]].Trim();
            var groupings = groupColumns.Select(g => KeyValuePair.Create(g, row.Fields[columns[g]].Trim())).ToList();
            var blank = groupings.FirstOrDefault(g => g.Value.Length == 0 || g.Value == "NA");
            if (name.Length == 0 || blank.Key is not null)
            {
                problems.Add(DataProblem.At(csv.At(row.Line), name.Length == 0 ? $"The unit {code} has no uName." : $"The unit {code} has no {blank.Key}.", code.ToString()));
                continue;
            }

            var unit = County.Create(code, name, code.IsOpaque ? all : PrefectureCity.Create(code.CityCode, code.CityCode.ToString(CultureInfo.InvariantCulture), code.CityCode.ToString(CultureInfo.InvariantCulture))).WithGroupings(groupings);
            if (units.TryGetValue(code, out var first) && !first.Equals(unit))
            {
                problems.Add(DataProblem.At(csv.At(row.Line), $"The unit {code} has another name or other groups than on an earlier row ({first.NameZh}).", code.ToString()));
                continue;
            }

            units[code] = unit;
            int rowYear;
            if (hasTime)
            {
                var t = row.Fields[timeColumn].Trim();
                if (!int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out rowYear) || rowYear is < EvaluationYearRange.First or > EvaluationYearRange.Last)
                {
                    problems.Add(DataProblem.At(csv.At(row.Line, timeColumn + 1), $"Time '{t}' is not a year ({EvaluationYearRange.First}–{EvaluationYearRange.Last}).", code.ToString()));
                    continue;
                }
            }
            else
            {
                rowYear = year!.Value;
            }

            var values = new double[indicators.Count];
            for (var i = 0; i < indicators.Count; i++)
            {
                var column = columns[indicators[i].Value];
                values[i] = Number(row.Fields[column].Trim(), csv.At(row.Line, column + 1), indicators[i].Value, indicators[i].Value, problems, code.ToString()) ?? double.NaN;
            }

            if (!rows.TryAdd((code, rowYear), (row.Line, values)))
            {
                problems.Add(DataProblem.At(csv.At(row.Line), $"A second row for {code} in {rowYear} (the first is on line {rows[(code, rowYear)].Line}).", code.ToString()));
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        if (units.Count == 0)
        {
            problems.Add(DataProblem.At(csv.At(header.Line), "iData has no unit."));
            return null;
        }

        directory = CountyDirectory.Create(units.Values);
        if (groupBy is not null)
        {
            directory = directory.GroupedBy(groupBy);
        }

        var counties = directory.Counties;
        var years = rows.Keys.Select(k => k.Item2).Distinct().Order().ToArray();
        var cells = new double[indicators.Count * years.Length * counties.Length];
        Array.Fill(cells, double.NaN);
        var presence = new bool[years.Length * counties.Length];
        for (var c = 0; c < counties.Length; c++)
        {
            for (var y = 0; y < years.Length; y++)
            {
                if (!rows.TryGetValue((counties[c].Code, years[y]), out var found))
                {
                    continue;
                }

                presence[(y * counties.Length) + c] = true;
                for (var i = 0; i < indicators.Count; i++)
                {
                    cells[(((i * years.Length) + y) * counties.Length) + c] = found.Values[i];
                }
            }
        }

        return Panel.Create(PanelMetadata.Create(source, isSynthetic: false), counties, years, indicators, cells, presence);
    }

    private static Dictionary<string, int> Columns(CsvRecord header, CsvRecordReader csv, List<DataProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            if (!columns.TryAdd(header.Fields[i].Trim(), i))
            {
                problems.Add(DataProblem.At(csv.At(header.Line, i + 1), $"The column '{header.Fields[i].Trim()}' appears twice."));
            }
        }

        return columns;
    }

    /// <summary>A finite number, or null for an empty or <c>NA</c> cell; anything else is a located problem.</summary>
    private static double? Number(string text, SourceLocation at, string code, string what, List<DataProblem> problems, string? county = null)
    {
        if (text.Length == 0 || text == "NA")
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        problems.Add(DataProblem.At(at, $"The {what} '{text}' is not a finite number.", county, code));
        return null;
    }

    /// <summary>The years a data row may carry: those an evaluation year can use.</summary>
    private static class EvaluationYearRange
    {
        public const int First = Evaluation.EvaluationYear.MinValue - 1;
        public const int Last = Evaluation.EvaluationYear.MaxValue;
    }
}

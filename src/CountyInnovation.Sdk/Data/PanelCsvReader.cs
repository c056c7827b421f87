using System.Collections.Immutable;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// Reads panel data from CSV (RFC 4180, UTF-8, comma-separated, header row; leading <c>#</c> lines are
/// comments, <c># SYNTHETIC</c> marks synthetic data). Two forms:
/// <list type="bullet">
/// <item><b>wide</b>: <c>county_code,year,&lt;indicator codes…&gt;</c>, one row per county and year;</item>
/// <item><b>long</b>: <c>county_code,year,indicator,value</c>, one row per observation;</item>
/// </list>
/// both with optional <c>county_name</c> and <c>city</c> columns checked against the county list.
/// The whole input is checked; every problem (malformed CSV, unknown indicator or county, invalid
/// code, duplicate county-year, non-numeric, NaN or infinite value) is reported with its file, line
/// and column in one <see cref="InvalidInputException"/>; nothing is half-loaded. Empty cells are
/// missing values: NaN in the panel and listed in <see cref="Panel.MissingCells"/>, never zero.
/// </summary>
public static class PanelCsvReader
{
    /// <summary>The county code column (GB/T 2260).</summary>
    public const string CountyCodeColumn = "county_code";

    /// <summary>The data year column.</summary>
    public const string YearColumn = "year";

    /// <summary>The optional county name column (Chinese name, checked against the county list).</summary>
    public const string CountyNameColumn = "county_name";

    /// <summary>The optional city column (Chinese or English name of the city or 雄安新区, checked).</summary>
    public const string CityColumn = "city";

    /// <summary>The indicator column of the long form.</summary>
    public const string IndicatorColumn = "indicator";

    /// <summary>The value column of the long form.</summary>
    public const string ValueColumn = "value";

    /// <summary>Reads wide-form data.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The name used in problems (for example the file path).</param>
    /// <param name="framework">When given, every column must be one of its indicators or raw statistics.</param>
    /// <param name="counties">The known counties; Hebei's 167 by default.</param>
    /// <param name="allowUnlistedCounties">Accept codes not in <paramref name="counties"/> when the row gives a county name (and, optionally, a city).</param>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed.</exception>
    public static Panel ReadWide(TextReader reader, string source, IndicatorFramework? framework = null, CountyDirectory? counties = null, bool allowUnlistedCounties = false)
    {
        var csv = new CsvRecordReader(reader, source);
        var assembler = new PanelAssembler(csv, counties ?? HebeiCounties.Directory, allowUnlistedCounties);
        if (!csv.TryRead(out var header, assembler.Problems))
        {
            return Fail(assembler, csv, "The input is empty: expected a header row county_code,year,<indicator codes…>.");
        }

        ReadWideBody(csv, header, assembler, framework);
        return assembler.Build([.. assembler.Indicators]);
    }

    /// <summary>Reads long-form data.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The name used in problems.</param>
    /// <param name="framework">When given, every indicator must be one of its indicators or raw statistics, and the columns follow its order.</param>
    /// <param name="counties">The known counties; Hebei's 167 by default.</param>
    /// <param name="allowUnlistedCounties">Accept codes not in <paramref name="counties"/> when the row gives a county name.</param>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed.</exception>
    public static Panel ReadLong(TextReader reader, string source, IndicatorFramework? framework = null, CountyDirectory? counties = null, bool allowUnlistedCounties = false)
    {
        var csv = new CsvRecordReader(reader, source);
        var assembler = new PanelAssembler(csv, counties ?? HebeiCounties.Directory, allowUnlistedCounties);
        if (!csv.TryRead(out var header, assembler.Problems))
        {
            return Fail(assembler, csv, "The input is empty: expected a header row county_code,year,indicator,value.");
        }

        ReadLongBody(csv, header, assembler, framework);
        return assembler.Build(Ordered(assembler.Indicators, framework));
    }

    /// <summary>Reads either form, telling them apart by the header (long when it has <c>indicator</c> and <c>value</c> columns).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The name used in problems.</param>
    /// <param name="framework">When given, every indicator must be one of its indicators or raw statistics.</param>
    /// <param name="counties">The known counties; Hebei's 167 by default.</param>
    /// <param name="allowUnlistedCounties">Accept codes not in <paramref name="counties"/> when the row gives a county name.</param>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed.</exception>
    public static Panel Read(TextReader reader, string source, IndicatorFramework? framework = null, CountyDirectory? counties = null, bool allowUnlistedCounties = false)
    {
        var csv = new CsvRecordReader(reader, source);
        var assembler = new PanelAssembler(csv, counties ?? HebeiCounties.Directory, allowUnlistedCounties);
        if (!csv.TryRead(out var header, assembler.Problems))
        {
            return Fail(assembler, csv, "The input is empty: expected a header row.");
        }

        var names = header.Fields.Select(f => f.Trim()).ToHashSet(StringComparer.Ordinal);
        if (names.Contains(IndicatorColumn) && names.Contains(ValueColumn))
        {
            ReadLongBody(csv, header, assembler, framework);
            return assembler.Build(Ordered(assembler.Indicators, framework));
        }

        ReadWideBody(csv, header, assembler, framework);
        return assembler.Build([.. assembler.Indicators]);
    }

    /// <summary>Reads a file in either form (UTF-8); problems name the path.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="framework">When given, every indicator must be one of its indicators or raw statistics.</param>
    /// <param name="counties">The known counties; Hebei's 167 by default.</param>
    /// <param name="allowUnlistedCounties">Accept codes not in <paramref name="counties"/> when the row gives a county name.</param>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed.</exception>
    public static Panel ReadFile(string path, IndicatorFramework? framework = null, CountyDirectory? counties = null, bool allowUnlistedCounties = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path);
        return Read(reader, path, framework, counties, allowUnlistedCounties);
    }

    private static void ReadWideBody(CsvRecordReader csv, CsvRecord header, PanelAssembler assembler, IndicatorFramework? framework)
    {
        var columns = assembler.ReadHeader(header, [CountyCodeColumn, YearColumn]);
        var reserved = new HashSet<string>(StringComparer.Ordinal) { CountyCodeColumn, YearColumn, CountyNameColumn, CityColumn };
        var valueColumns = new List<(int Column, IndicatorCode Code, int Index)>();
        var candidates = 0;
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var name = header.Fields[i].Trim();
            if (reserved.Contains(name) || columns[name] != i)
            {
                continue;
            }

            candidates++;
            if (assembler.TryIndicator(name, framework, assembler.At(header.Line, i + 1), out var code))
            {
                valueColumns.Add((i, code, assembler.Indicators.Count));
                assembler.Indicators.Add(code);
            }
        }

        if (candidates == 0)
        {
            assembler.Report(assembler.At(header.Line), "The header has no indicator columns: expected county_code,year,<indicator codes…>.");
        }

        if (!columns.TryGetValue(CountyCodeColumn, out var codeColumn) || !columns.TryGetValue(YearColumn, out var yearColumn))
        {
            return;
        }

        int? nameColumn = columns.TryGetValue(CountyNameColumn, out var nc) ? nc : null;
        int? cityColumn = columns.TryGetValue(CityColumn, out var cc) ? cc : null;
        while (csv.TryRead(out var record, assembler.Problems))
        {
            if (!HasFieldCount(record, header.Fields.Length, assembler))
            {
                continue;
            }

            var key = assembler.ReadKey(record, codeColumn, yearColumn, nameColumn, cityColumn);
            var row = key is { } k ? assembler.RowOf(k.County, k.Year, record.Line, mustBeNew: true, valueColumns.Count) : null;
            foreach (var (column, code, index) in valueColumns)
            {
                if (assembler.ReadValue(record.Fields[column], record.Line, column + 1, key?.County.Code, code) is { } value)
                {
                    row?.Set(index, value, record.Line, column + 1);
                }
            }
        }
    }

    private static void ReadLongBody(CsvRecordReader csv, CsvRecord header, PanelAssembler assembler, IndicatorFramework? framework)
    {
        var columns = assembler.ReadHeader(header, [CountyCodeColumn, YearColumn, IndicatorColumn, ValueColumn]);
        var known = new HashSet<string>(StringComparer.Ordinal) { CountyCodeColumn, YearColumn, IndicatorColumn, ValueColumn, CountyNameColumn, CityColumn };
        for (var i = 0; i < header.Fields.Length; i++)
        {
            if (!known.Contains(header.Fields[i].Trim()))
            {
                assembler.Report(assembler.At(header.Line, i + 1), $"Unexpected column '{header.Fields[i].Trim()}' in long-form data: the columns are county_code, year, indicator, value and optionally county_name, city.");
            }
        }

        if (!columns.TryGetValue(CountyCodeColumn, out var codeColumn) || !columns.TryGetValue(YearColumn, out var yearColumn)
            || !columns.TryGetValue(IndicatorColumn, out var indicatorColumn) || !columns.TryGetValue(ValueColumn, out var valueColumn))
        {
            return;
        }

        int? nameColumn = columns.TryGetValue(CountyNameColumn, out var nc) ? nc : null;
        int? cityColumn = columns.TryGetValue(CityColumn, out var cc) ? cc : null;
        var positions = new Dictionary<IndicatorCode, int>();
        while (csv.TryRead(out var record, assembler.Problems))
        {
            if (!HasFieldCount(record, header.Fields.Length, assembler))
            {
                continue;
            }

            var key = assembler.ReadKey(record, codeColumn, yearColumn, nameColumn, cityColumn);
            var isIndicator = assembler.TryIndicator(record.Fields[indicatorColumn], framework, assembler.At(record.Line, indicatorColumn + 1), out var code);
            PanelAssembler.Row? row = null;
            var index = -1;
            if (isIndicator && key is { } k)
            {
                if (!positions.TryGetValue(code, out index))
                {
                    positions[code] = index = assembler.Indicators.Count;
                    assembler.Indicators.Add(code);
                }

                row = assembler.RowOf(k.County, k.Year, record.Line, mustBeNew: false)!;
                if (row.Has(index))
                {
                    assembler.Report(assembler.At(record.Line, indicatorColumn + 1), $"A second value of {code} for {k.County} in {k.Year} (the first is at {assembler.LocationOf(row, index)}): one value per county, year and indicator.", k.County.Code.ToString(), code.Value);
                    row = null;
                }
            }

            // The value is checked even when the key or indicator is bad, so every problem is reported at once.
            if (assembler.ReadValue(record.Fields[valueColumn], record.Line, valueColumn + 1, key?.County.Code, isIndicator ? code : null) is { } value)
            {
                row?.Set(index, value, record.Line, valueColumn + 1);
            }
        }
    }

    private static bool HasFieldCount(CsvRecord record, int expected, PanelAssembler assembler)
    {
        if (record.Fields.Length == expected)
        {
            return true;
        }

        assembler.Report(
            assembler.At(record.Line, Math.Min(record.Fields.Length, expected) + 1),
            $"This row has {record.Fields.Length} fields but the header has {expected}: check for a missing or extra comma.");
        return false;
    }

    private static ImmutableArray<IndicatorCode> Ordered(List<IndicatorCode> seen, IndicatorFramework? framework)
    {
        if (framework is null)
        {
            return [.. seen];
        }

        var order = framework.Indicators.Select(i => i.Code).Concat(framework.RawStatistics).Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        return [.. seen.OrderBy(c => order[c])];
    }

    private static Panel Fail(PanelAssembler assembler, CsvRecordReader csv, string message)
    {
        if (assembler.Problems.Count == 0)
        {
            assembler.Report(SourceLocation.Of(csv.Source), message);
        }

        throw new InvalidInputException(assembler.Problems);
    }
}

using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// Collects rows of a panel file (either form), checking county codes, names, cities, years and
/// values, and builds the <see cref="Panel"/> once everything is known to be valid.
/// </summary>
internal sealed class PanelAssembler
{
    // The data year of the earliest evaluation year: every data year read can be evaluated.
    private const int FirstYear = Evaluation.EvaluationYear.MinValue - 1;
    private const int LastYear = 2200;

    private readonly CsvRecordReader csv;
    private readonly CountyDirectory directory;
    private readonly bool allowUnlistedCounties;
    private readonly Dictionary<CountyCode, County> counties = [];
    private readonly Dictionary<int, PrefectureCity> unlistedCities = [];
    private readonly Dictionary<CountyYear, Row> rows = [];
    private Dictionary<string, County>? listedByName;

    public PanelAssembler(CsvRecordReader csv, CountyDirectory directory, bool allowUnlistedCounties)
    {
        this.csv = csv;
        this.directory = directory;
        this.allowUnlistedCounties = allowUnlistedCounties;
    }

    public List<DataProblem> Problems { get; } = [];

    public List<IndicatorCode> Indicators { get; } = [];

    public SourceLocation At(int line, int? column = null) => csv.At(line, column);

    public void Report(SourceLocation location, string message, string? county = null, string? indicator = null) =>
        Problems.Add(DataProblem.At(location, message, county, indicator));

    /// <summary>Checks that a header names the required columns once each; returns the column of each name.</summary>
    public Dictionary<string, int> ReadHeader(CsvRecord header, IReadOnlyCollection<string> required)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var name = header.Fields[i].Trim();
            if (!columns.TryAdd(name, i))
            {
                Report(At(header.Line, i + 1), $"The column '{name}' appears twice (columns {columns[name] + 1} and {i + 1}).");
            }
        }

        foreach (var name in required.Where(n => !columns.ContainsKey(n)))
        {
            Report(At(header.Line), $"The header has no '{name}' column; expected {string.Join(", ", required)}.");
        }

        return columns;
    }

    /// <summary>Checks a column header or long-form indicator cell against the framework.</summary>
    public bool TryIndicator(string text, IndicatorFramework? framework, SourceLocation location, out IndicatorCode code)
    {
        if (!IndicatorCode.TryParse(text.Trim(), out code, out var reason))
        {
            Report(location, reason);
            return false;
        }

        if (framework is not null && !framework.IsKnownColumn(code))
        {
            Report(location, $"Unknown indicator '{code}': the framework '{framework.Root.Code}' has no such indicator or raw statistic.", indicator: code.Value);
            return false;
        }

        return true;
    }

    /// <summary>The county and year of a row, or null when either is invalid (reported).</summary>
    public (County County, int Year)? ReadKey(CsvRecord record, int codeColumn, int yearColumn, int? nameColumn, int? cityColumn)
    {
        var county = ReadCounty(record, codeColumn, nameColumn, cityColumn);
        var yearText = record.Fields[yearColumn].Trim();
        int? year = null;
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < FirstYear or > LastYear)
        {
            Report(At(record.Line, yearColumn + 1), $"'{yearText}' is not a year: expected a whole number from {FirstYear} to {LastYear}.", county?.Code.ToString());
        }
        else
        {
            year = y;
        }

        return county is not null && year is { } ok ? (county, ok) : null;
    }

    /// <summary>
    /// The row of a county-year, created on first use with room for <paramref name="cells"/> cells
    /// (it grows when more come); null when <paramref name="mustBeNew"/> and it exists (reported).
    /// </summary>
    public Row? RowOf(County county, int year, int line, bool mustBeNew, int cells = 0)
    {
        var key = CountyYear.Of(county.Code, year);
        if (rows.TryGetValue(key, out var row))
        {
            if (mustBeNew)
            {
                Report(At(line), $"The county {county} already has a row for {year.ToString(CultureInfo.InvariantCulture)} (line {row.Line.ToString(CultureInfo.InvariantCulture)}): one row per county and year.", county.Code.ToString());
                return null;
            }

            return row;
        }

        row = new Row(line, cells);
        rows[key] = row;
        return row;
    }

    /// <summary>Where a cell of a row was read.</summary>
    public SourceLocation LocationOf(Row row, int index) => row.LocationOf(index, csv);

    /// <summary>
    /// Reads a value cell: NaN for an empty cell (missing), null when invalid (reported, naming the
    /// county and indicator when they are known: a row with a bad key still has its cells checked).
    /// </summary>
    public double? ReadValue(string text, int line, int column, CountyCode? county, IndicatorCode? indicator)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return double.NaN;
        }

        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            Report(At(line, column), $"'{text}' is not a number: write numbers with a '.' decimal point and no thousands separators; leave the cell empty when the value is missing.", county?.ToString(), indicator?.Value);
            return null;
        }

        if (!double.IsFinite(value))
        {
            Report(At(line, column), $"'{text}' is not a finite number (NaN and infinities are not data); leave the cell empty when the value is missing.", county?.ToString(), indicator?.Value);
            return null;
        }

        return value;
    }

    public Panel Build(ImmutableArray<IndicatorCode> indicators)
    {
        if (rows.Count == 0 && Problems.Count == 0)
        {
            Report(SourceLocation.Of(csv.Source), "The file has a header but no data rows.");
        }

        if (Problems.Count > 0)
        {
            throw new InvalidInputException(Problems);
        }

        var countyList = counties.Values.Order().ToImmutableArray();
        var years = rows.Keys.Select(k => k.Year).Distinct().Order().ToImmutableArray();
        var n = countyList.Length;
        var values = new double[indicators.Length * years.Length * n];
        Array.Fill(values, double.NaN);
        var presence = new bool[years.Length * n];
        var registered = indicators.Select(code => Indicators.IndexOf(code)).ToArray();
        var missing = ImmutableArray.CreateBuilder<MissingCell>();
        for (var c = 0; c < n; c++)
        {
            for (var y = 0; y < years.Length; y++)
            {
                if (!rows.TryGetValue(CountyYear.Of(countyList[c].Code, years[y]), out var row))
                {
                    continue;
                }

                presence[(y * n) + c] = true;
                for (var i = 0; i < indicators.Length; i++)
                {
                    var value = row.ValueOf(registered[i]);
                    if (!double.IsNaN(value))
                    {
                        values[((((i * years.Length) + y) * n) + c)] = value;
                    }
                    else
                    {
                        missing.Add(MissingCell.Of(countyList[c].Code, years[y], indicators[i], row.LocationOf(registered[i], csv)));
                    }
                }
            }
        }

        return new Panel(PanelMetadata.FromComments(csv.Source, csv.Comments), countyList, years, indicators, values, presence, missing.ToImmutable());
    }

    private County? ReadCounty(CsvRecord record, int codeColumn, int? nameColumn, int? cityColumn)
    {
        var text = record.Fields[codeColumn].Trim();
        var location = At(record.Line, codeColumn + 1);
        if (!CountyCode.TryParse(text, out var code))
        {
            // A units list with opaque identifiers (COINr's ISO3 codes, for example) accepts those it lists.
            if (!CountyCode.TryOpaque(text, out code) || !directory.Contains(code))
            {
                Report(location, WhyNotACode(text) + (directory.HasOpaqueCodes ? $" Nor is it one of the {directory.Counties.Length} units of the list." : string.Empty), text);
                return null;
            }
        }

        var name = nameColumn is { } nc ? record.Fields[nc].Trim() : string.Empty;
        var city = cityColumn is { } cc ? record.Fields[cc].Trim() : string.Empty;
        if (directory.TryFind(code, out var known) || counties.TryGetValue(code, out known))
        {
            if (name.Length > 0 && !string.Equals(name, known.NameZh, StringComparison.Ordinal))
            {
                Report(At(record.Line, nameColumn!.Value + 1), $"The county name '{name}' does not match {known} (the code decides: fix the name or the code).", code.ToString());
                return null;
            }

            if (city.Length > 0 && !NamesCity(city, known.City) && !NamesCity(city, known.EvaluationGroup))
            {
                Report(At(record.Line, cityColumn!.Value + 1), $"The city '{city}' does not match {known}'s city {known.City.NameZh} ({known.City.NameEn}).", code.ToString());
                return null;
            }

            counties[code] = known;
            return known;
        }

        // A listed county's name under another code is a mistyped code: accepting it would silently
        // drop the real county. Refused even when unlisted counties are allowed.
        if (name.Length > 0 && ListedByName().TryGetValue(name, out var named))
        {
            Report(location, $"The code {code} is not in the county list, but its name '{name}' is {named}: is the code mistyped? (the real county would drop out of the evaluation).", code.ToString());
            return null;
        }

        if (!allowUnlistedCounties)
        {
            Report(location, $"Unknown county code {code}: it is not one of the {directory.Counties.Length} known county-level divisions{(code.IsDevelopmentZone ? " (county part 71–79 is a development zone, not a division)" : string.Empty)}. To evaluate units beyond the list, give a units file that lists them or allow unlisted units explicitly (their rows then need a county_name).", code.ToString());
            return null;
        }

        if (name.Length == 0)
        {
            Report(location, $"The county {code} is not in the county list, so its row must give a county_name.", code.ToString());
            return null;
        }

        var prefecture = CityOf(code, city);
        if (city.Length > 0 && !NamesCity(city, prefecture))
        {
            Report(At(record.Line, cityColumn!.Value + 1), $"The city '{city}' does not match the city {prefecture} of the code {code}.", code.ToString());
            return null;
        }

        var county = County.Create(code, name, prefecture);
        counties[code] = county;
        return county;
    }

    /// <summary>The listed counties by Chinese name (the first of a name shared by two), made on first use.</summary>
    private Dictionary<string, County> ListedByName()
    {
        if (listedByName is null)
        {
            listedByName = new Dictionary<string, County>(StringComparer.Ordinal);
            foreach (var listed in directory.Counties)
            {
                listedByName.TryAdd(listed.NameZh, listed);
            }
        }

        return listedByName;
    }

    /// <summary>
    /// The city of an unlisted county: the directory's city with that code when there is one (so that
    /// a new district of a known city is averaged with its city, not in a group of its own), else the
    /// first name given for the code in this file, else the code itself.
    /// </summary>
    private PrefectureCity CityOf(CountyCode code, string cityText)
    {
        if (unlistedCities.TryGetValue(code.CityCode, out var city))
        {
            return city;
        }

        city = directory.Counties.Select(c => c.City).FirstOrDefault(c => c.Code == code.CityCode);
        if (city is null)
        {
            var name = cityText.Length > 0 ? cityText : code.CityCode.ToString(CultureInfo.InvariantCulture);
            city = PrefectureCity.Create(code.CityCode, name, name);
        }

        unlistedCities[code.CityCode] = city;
        return city;
    }

    private static bool NamesCity(string text, PrefectureCity city) => city.IsNamed(text);

    private static string WhyNotACode(string text)
    {
        try
        {
            CountyCode.Parse(text);
            return $"'{text}' is not a county code.";
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// The cells read for one county-year, by indicator position in <see cref="Indicators"/>: the
    /// value (NaN for an empty cell) and the line and column it was read from (line 0: not read).
    /// One array of cells per row, not dictionaries or parallel arrays: a national panel has
    /// hundreds of thousands of cells, and every object the reader keeps is work for the collector.
    /// </summary>
    internal sealed class Row(int line, int cells)
    {
        private Cell[] cells = cells > 0 ? new Cell[cells] : [];

        public int Line { get; } = line;

        public bool Has(int index) => index < cells.Length && cells[index].Line > 0;

        public void Set(int index, double value, int valueLine, int valueColumn)
        {
            if (index >= cells.Length)
            {
                Array.Resize(ref cells, Math.Max(Math.Max(index + 1, 4), cells.Length * 2));
            }

            cells[index] = new Cell(value, valueLine, valueColumn);
        }

        /// <summary>The value (NaN when empty or not read).</summary>
        public double ValueOf(int index) => Has(index) ? cells[index].Value : double.NaN;

        /// <summary>Where the cell was read, or the whole source when it was not.</summary>
        public SourceLocation LocationOf(int index, CsvRecordReader csv) =>
            Has(index) ? csv.At(cells[index].Line, cells[index].Column) : SourceLocation.Of(csv.Source);

        private readonly record struct Cell(double Value, int Line, int Column);
    }
}

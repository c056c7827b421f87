using System.Collections.Immutable;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// Reads a units file (docs/formats/units.md): the list of units an evaluation accepts, when they are
/// not Hebei's 167 county-level divisions — another province's counties (six-digit GB/T 2260 codes),
/// COINr's countries (ISO3 codes such as <c>AUT</c>), any opaque identifiers. Columns: <c>code</c>,
/// <c>name</c>, and any number of grouping columns (<c>city</c>, <c>GDP_group</c>, …), each becoming a
/// <see cref="County.Groupings"/> entry; <c>city</c>, when present, is the default evaluation group.
/// </summary>
public static class UnitsCsvReader
{
    /// <summary>The code column.</summary>
    public const string CodeColumn = "code";

    /// <summary>The name column.</summary>
    public const string NameColumn = "name";

    /// <summary>The group every unit is in when the file has no <c>city</c> column.</summary>
    public const string SingleGroup = "all";

    /// <summary>Reads a units file.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The name used in problems (for example the file path).</param>
    /// <returns>The units, as a directory the data readers accept.</returns>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed with its line and column.</exception>
    public static CountyDirectory Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var csv = new CsvRecordReader(reader, source);
        var problems = new List<DataProblem>();
        if (!csv.TryRead(out var header, problems))
        {
            problems.Add(DataProblem.At(csv.At(1), "The units file is empty: expected a header row code,name[,city][,other grouping columns…]."));
            throw new InvalidInputException(problems);
        }

        var names = header.Fields.Select(f => f.Trim()).ToArray();
        var codeColumn = Array.IndexOf(names, CodeColumn);
        var nameColumn = Array.IndexOf(names, NameColumn);
        if (codeColumn < 0 || nameColumn < 0)
        {
            problems.Add(DataProblem.At(csv.At(header.Line), $"The header must have the columns '{CodeColumn}' and '{NameColumn}' (then any grouping columns); it has {string.Join(", ", names)}."));
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0)
            {
                problems.Add(DataProblem.At(csv.At(header.Line, i + 1), "A column has no name."));
            }
            else if (Array.IndexOf(names, names[i]) != i)
            {
                problems.Add(DataProblem.At(csv.At(header.Line, i + 1), $"The column '{names[i]}' appears twice."));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var cityColumn = Array.IndexOf(names, CountyDirectory.CityGrouping);
        var groups = new Dictionary<(int? Code, string Name), PrefectureCity>();
        var seen = new Dictionary<CountyCode, int>();
        var units = new List<County>();
        while (csv.TryRead(out var record, problems))
        {
            if (record.Fields.Length != names.Length)
            {
                problems.Add(DataProblem.At(csv.At(record.Line), $"The row has {record.Fields.Length} fields, the header {names.Length}."));
                continue;
            }

            var text = record.Fields[codeColumn].Trim();
            CountyCode code;
            try
            {
                code = CountyCode.ParseUnit(text);
            }
            catch (FormatException e)
            {
                problems.Add(DataProblem.At(csv.At(record.Line, codeColumn + 1), e.Message, text));
                continue;
            }

            if (seen.TryGetValue(code, out var first))
            {
                problems.Add(DataProblem.At(csv.At(record.Line, codeColumn + 1), $"The unit {code} is listed twice (first on line {first}).", code.ToString()));
                continue;
            }

            seen.Add(code, record.Line);
            var name = record.Fields[nameColumn].Trim();
            if (name.Length == 0)
            {
                problems.Add(DataProblem.At(csv.At(record.Line, nameColumn + 1), $"The unit {code} has no name.", code.ToString()));
                continue;
            }

            var groupings = new List<KeyValuePair<string, string>>();
            var complete = true;
            for (var i = 0; i < names.Length; i++)
            {
                if (i == codeColumn || i == nameColumn)
                {
                    continue;
                }

                var value = record.Fields[i].Trim();
                if (value.Length == 0)
                {
                    problems.Add(DataProblem.At(csv.At(record.Line, i + 1), $"The unit {code} has no '{names[i]}'; every unit needs a value in every grouping column.", code.ToString()));
                    complete = false;
                    continue;
                }

                groupings.Add(KeyValuePair.Create(names[i], value));
            }

            if (!complete)
            {
                continue;
            }

            var cityName = cityColumn >= 0 ? record.Fields[cityColumn].Trim() : SingleGroup;
            var city = CityOf(code, cityName, groups);
            units.Add(County.Create(code, name, city).WithGroupings(groupings));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        if (units.Count == 0)
        {
            throw new InvalidInputException([DataProblem.At(csv.At(header.Line), "The units file lists no unit.")]);
        }

        return CountyDirectory.Create(units);
    }

    /// <summary>Reads a units file from disk.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The units.</returns>
    /// <exception cref="InvalidInputException">Anything is wrong.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CountyDirectory ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>
    /// The city of a unit: Hebei's own city object when a GB/T code's city part names one (so Hebei
    /// units compare equal to the built-in list), a prefecture-level city of that code for other GB/T
    /// codes, a grouping without a code for opaque units.
    /// </summary>
    private static PrefectureCity CityOf(CountyCode code, string name, Dictionary<(int? Code, string Name), PrefectureCity> groups)
    {
        int? cityCode = code.IsOpaque ? null : code.CityCode;
        if (groups.TryGetValue((cityCode, name), out var city))
        {
            return city;
        }

        city = HebeiCounties.Cities.FirstOrDefault(c => (c.Code is null || c.Code == cityCode) && (c.NameZh == name || c.NameEn == name))
            ?? (cityCode is { } c ? PrefectureCity.Create(c, name, name) : PrefectureCity.CreateGrouping(name, name));
        groups.Add((cityCode, name), city);
        return city;
    }
}

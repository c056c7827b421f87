using System.Globalization;
using System.Text;

namespace CountyInnovation.Sdk.Tests.Conformance;

/// <summary>Reads COINr's ASEM example (Data/iData.csv, Data/iMeta.csv) for the conformance tests.</summary>
internal sealed class AsemData
{
    private AsemData(List<Dictionary<string, string>> units, List<Dictionary<string, string>> meta)
    {
        Units = units;
        Meta = meta;
    }

    public List<Dictionary<string, string>> Units { get; }

    public List<Dictionary<string, string>> Meta { get; }

    public static AsemData Instance { get; } = Load();

    public IEnumerable<Dictionary<string, string>> Indicators => Meta.Where(m => m["Type"] == "Indicator");

    public string[] UnitCodes => Units.Select(u => u["uCode"]).ToArray();

    public int IndexOf(string unitCode) => Array.IndexOf(UnitCodes, unitCode);

    /// <summary>The raw column of one indicator (or denominator / number column); empty cells are NaN.</summary>
    public double[] Column(string code) => Units.Select(u => Number(u[code])).ToArray();

    public static double Number(string text) =>
        text.Length == 0 ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static AsemData Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Conformance", "Data");
        return new AsemData(Read(Path.Combine(folder, "iData.csv")), Read(Path.Combine(folder, "iMeta.csv")));
    }

    private static List<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0).ToList();
        var header = Split(lines[0]);
        return lines.Skip(1).Select(line =>
        {
            var fields = Split(line);
            if (fields.Count != header.Count)
            {
                throw new InvalidDataException($"{path}: {fields.Count} fields where the header has {header.Count}: {line}");
            }

            return header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }).ToList();
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}

using System.Text;
using System.Text.Json;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Fuzz;

/// <summary>What one input did to a reader.</summary>
public enum FuzzOutcome
{
    /// <summary>Read, and writing it then reading it back gave equal data (or the format has no writer).</summary>
    Accepted,

    /// <summary>Refused with an <see cref="InvalidInputException"/> whose every problem names the input.</summary>
    Refused,

    /// <summary>Anything else: another exception, an unlocated problem, a round trip that changed the data.</summary>
    Failed,
}

/// <summary>
/// One public reader of the library with a valid example input (its seed) and, where the library
/// has a writer for the format, the write-then-read check. Inputs are decoded as the readers'
/// <c>ReadFile</c> methods decode files: UTF-8, invalid bytes as U+FFFD.
/// </summary>
public sealed class FuzzTarget
{
    private const string Source = "fuzz-input";

    private readonly Func<TextReader, string, object> read;
    private readonly Func<object, string>? write;

    private FuzzTarget(string name, string seed, Func<TextReader, string, object> read, Func<object, string>? write)
    {
        Name = name;
        Seed = Encoding.UTF8.GetBytes(seed);
        this.read = read;
        this.write = write;
    }

    /// <summary>The reader's name.</summary>
    public string Name { get; }

    /// <summary>The valid example input the mutations start from.</summary>
    public byte[] Seed { get; }

    /// <summary>Every public reader: panel CSV (wide and long), framework CSV and JSON, method JSON, plan JSON, observations CSV and JSON.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("panel-wide", Seeds.PanelWide, (r, s) => PanelCsvReader.Read(r, s), o => Write(w => PanelCsvWriter.WriteWide((Panel)o, w))),
        new("panel-long", Seeds.PanelLong, (r, s) => PanelCsvReader.Read(r, s), o => Write(w => PanelCsvWriter.WriteLong((Panel)o, w))),
        new("framework-csv", Seeds.FrameworkCsv, (r, s) => IndicatorFrameworkReader.ReadCsv(r, s), o => Write(w => IndicatorFrameworkWriter.WriteCsv((IndicatorFramework)o, w))),
        new("framework-json", Seeds.FrameworkJson, (r, s) => IndicatorFrameworkReader.ReadJson(r, s), o => WriteJson(stream => IndicatorFrameworkWriter.WriteJson((IndicatorFramework)o, stream))),
        new("method-json", Seeds.Method, (r, s) => MethodConfigurationJson.Read(r, s), o => WriteJson(stream =>
        {
            using var json = new Utf8JsonWriter(stream);
            MethodConfigurationJson.WriteTo(json, (MethodConfiguration)o);
        })),
        new("plan-json", Seeds.Plan, (r, s) => TargetPlanJsonReader.Read(r, s), null),
        new("observations-csv", Seeds.ObservationsCsv, (r, s) => ObservationCsvReader.Read(r, s, PolicyTargets.Hebei2020), null),
        new("observations-json", Seeds.ObservationsJson, (r, s) => ObservationJsonReader.Read(r, s, PolicyTargets.Hebei2020), null),
    ];

    /// <summary>Reads <paramref name="input"/>; on success writes and reads again.</summary>
    /// <returns>The outcome and, when it failed, why.</returns>
    public (FuzzOutcome Outcome, string? Why) Check(byte[] input)
    {
        object value;
        try
        {
            value = read(Decode(input), Source);
        }
        catch (InvalidInputException e)
        {
            var unlocated = e.Problems.FirstOrDefault(p => p.Location.Source != Source);
            return e.Problems.IsEmpty ? (FuzzOutcome.Failed, "InvalidInputException without problems")
                : unlocated is not null ? (FuzzOutcome.Failed, $"problem without the input's name: {unlocated}")
                : (FuzzOutcome.Refused, null);
        }
        catch (Exception e)
        {
            return (FuzzOutcome.Failed, $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }

        if (write is null)
        {
            return (FuzzOutcome.Accepted, null);
        }

        try
        {
            var written = write(value);
            var again = read(new StringReader(written), Source);
            return again.Equals(value) ? (FuzzOutcome.Accepted, null) : (FuzzOutcome.Failed, "write then read changed the data:\n" + written);
        }
        catch (Exception e)
        {
            return (FuzzOutcome.Failed, $"write then read threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static StreamReader Decode(byte[] input) => new(new MemoryStream(input), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    private static string Write(Action<TextWriter> write)
    {
        var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    private static string WriteJson(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

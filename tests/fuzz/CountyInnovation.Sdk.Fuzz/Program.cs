using System.Diagnostics;
using System.Globalization;
using System.Text;
using CountyInnovation.Sdk.Fuzz;

// The long campaign: --cases N inputs in all, shared round-robin by the readers, case k of reader r
// mutated with seed (start + k); --summary FILE gets a Markdown table. Exit code 1 when any input
// failed (an exception other than InvalidInputException, an unlocated problem, a changed round trip).
var cases = 1_000_000L;
var start = 0;
string? summaryPath = null;
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--cases":
            cases = long.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--start":
            start = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--summary":
            summaryPath = args[++i];
            break;
    }
}

var targets = FuzzTarget.All;
var stats = targets.ToDictionary(t => t.Name, _ => new Stats());
var failures = new List<string>();
var total = Stopwatch.StartNew();
var timer = new Stopwatch();
for (var k = 0L; k < cases; k++)
{
    var target = targets[(int)(k % targets.Count)];
    var seed = unchecked(start + (int)(k / targets.Count));
    var input = Mutator.Mutate(target.Seed, seed);
    timer.Restart();
    var (outcome, why) = target.Check(input);
    timer.Stop();
    var s = stats[target.Name];
    s.Add(outcome, timer.Elapsed.TotalMilliseconds, input.Length, seed);
    if (outcome == FuzzOutcome.Failed && failures.Count < 50)
    {
        failures.Add($"{target.Name} seed {seed}: {why}\n    input: {Mutator.Show(input)}");
    }

    if ((k + 1) % 20_000 == 0)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k + 1:N0} inputs, {total.Elapsed.TotalSeconds:F0} s, {stats.Values.Sum(v => v.Failed)} failed"));
        if (summaryPath is not null)
        {
            // A campaign stopped early still leaves its counts so far.
            File.WriteAllText(summaryPath, Summary(k + 1));
        }
    }
}

var summary = Summary(cases);
Console.Write(summary);
if (summaryPath is not null)
{
    File.WriteAllText(summaryPath, summary);
}

return stats.Values.Any(s => s.Failed > 0) ? 1 : 0;

string Summary(long done)
{
    var summary = new StringBuilder();
    summary.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Fuzz campaign: {done:N0} of {cases:N0} inputs, seeds {start}–{start + ((done - 1) / targets.Count)}, {total.Elapsed.TotalSeconds:F0} s, .NET {Environment.Version}, {Environment.ProcessorCount} processors."));
    summary.AppendLine();
    summary.AppendLine("| Reader | Inputs | Accepted (round trip equal) | Refused (located) | Failed | Largest input (bytes) | Slowest input (ms) | Its size (bytes) |");
    summary.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var (name, s) in stats)
    {
        summary.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {s.Inputs:N0} | {s.Accepted:N0} | {s.Refused:N0} | {s.Failed:N0} | {s.LargestInput:N0} | {s.SlowestMs:F1} (seed {s.SlowestSeed}) | {s.SlowestSize:N0} |"));
    }

    if (failures.Count > 0)
    {
        summary.AppendLine().AppendLine("Failures (first 50):").AppendLine();
        failures.ForEach(f => summary.AppendLine("- " + f));
    }

    return summary.ToString();
}

/// <summary>The counts of one reader.</summary>
internal sealed class Stats
{
    public long Inputs { get; private set; }

    public long Accepted { get; private set; }

    public long Refused { get; private set; }

    public long Failed { get; private set; }

    public int LargestInput { get; private set; }

    public double SlowestMs { get; private set; }

    public int SlowestSeed { get; private set; }

    public int SlowestSize { get; private set; }

    public void Add(FuzzOutcome outcome, double ms, int size, int seed)
    {
        Inputs++;
        switch (outcome)
        {
            case FuzzOutcome.Accepted:
                Accepted++;
                break;
            case FuzzOutcome.Refused:
                Refused++;
                break;
            default:
                Failed++;
                break;
        }

        LargestInput = Math.Max(LargestInput, size);
        if (ms > SlowestMs)
        {
            (SlowestMs, SlowestSeed, SlowestSize) = (ms, seed, size);
        }
    }
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// Per-rule time and call counts inside the single analyzer, for in-process measurement
/// (benchmarks/analyzer-build/AnalyzerTiming). Off unless a measuring tool switches it on: a build
/// pays one static field read per rule call. The compiler only reports the analyzer as a whole.
/// </summary>
internal static class RuleTimes
{
    private static readonly ConcurrentDictionary<string, long[]> Totals = new();

    /// <summary>Whether rule calls are timed.</summary>
    internal static bool Enabled { get; set; }

    /// <summary>The timestamp to pass to <see cref="Add"/>, or 0 when timing is off.</summary>
    internal static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Adds one call of <paramref name="rule"/> that started at <paramref name="start"/>.</summary>
    internal static void Add(string rule, long start)
    {
        if (start == 0)
        {
            return;
        }

        var elapsed = Stopwatch.GetTimestamp() - start;
        var totals = Totals.GetOrAdd(rule, _ => new long[2]);
        Interlocked.Add(ref totals[0], elapsed);
        Interlocked.Increment(ref totals[1]);
    }

    /// <summary>Per rule: milliseconds and calls since the last reset.</summary>
    internal static IReadOnlyDictionary<string, (double Milliseconds, long Calls)> Snapshot()
    {
        var snapshot = new SortedDictionary<string, (double, long)>(System.StringComparer.Ordinal);
        foreach (var pair in Totals)
        {
            snapshot[pair.Key] = (pair.Value[0] * 1000.0 / Stopwatch.Frequency, pair.Value[1]);
        }

        return snapshot;
    }

    /// <summary>Forgets every figure.</summary>
    internal static void Reset() => Totals.Clear();
}

using System.Globalization;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// How far a Monte Carlo analysis has got: runs done out of the total, and the rate so far.
/// The rate is NaN when no <see cref="TimeProvider"/> was given (the library reads no clock of its own).
/// </summary>
public readonly struct UncertaintyProgress : IEquatable<UncertaintyProgress>
{
    private UncertaintyProgress(int runsDone, int totalRuns, double runsPerSecond)
    {
        RunsDone = runsDone;
        TotalRuns = totalRuns;
        RunsPerSecond = runsPerSecond;
    }

    /// <summary>Runs finished so far.</summary>
    public int RunsDone { get; }

    /// <summary>Runs in the whole analysis.</summary>
    public int TotalRuns { get; }

    /// <summary>Runs per second since the analysis started; NaN when unknown.</summary>
    public double RunsPerSecond { get; }

    /// <summary>The fraction done, in [0, 1].</summary>
    public double Fraction => TotalRuns == 0 ? 1.0 : (double)RunsDone / TotalRuns;

    /// <summary>Creates a progress report.</summary>
    /// <param name="runsDone">Runs done; between 0 and <paramref name="totalRuns"/>.</param>
    /// <param name="totalRuns">Total runs; not negative.</param>
    /// <param name="runsPerSecond">The rate, or NaN when unknown; not negative.</param>
    public static UncertaintyProgress Create(int runsDone, int totalRuns, double runsPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalRuns);
        ArgumentOutOfRangeException.ThrowIfNegative(runsDone);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(runsDone, totalRuns);
        if (runsPerSecond < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(runsPerSecond), runsPerSecond, "A rate cannot be negative.");
        }

        return new UncertaintyProgress(runsDone, totalRuns, runsPerSecond);
    }

    /// <inheritdoc />
    public bool Equals(UncertaintyProgress other) =>
        RunsDone == other.RunsDone && TotalRuns == other.TotalRuns && RunsPerSecond.Equals(other.RunsPerSecond);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UncertaintyProgress other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RunsDone, TotalRuns, RunsPerSecond);

    /// <summary>Equality.</summary>
    public static bool operator ==(UncertaintyProgress left, UncertaintyProgress right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(UncertaintyProgress left, UncertaintyProgress right) => !left.Equals(right);

    /// <summary>Formats as <c>1200/10000 runs (8500 runs/s)</c>.</summary>
    public override string ToString() => double.IsNaN(RunsPerSecond)
        ? string.Create(CultureInfo.InvariantCulture, $"{RunsDone}/{TotalRuns} runs")
        : string.Create(CultureInfo.InvariantCulture, $"{RunsDone}/{TotalRuns} runs ({RunsPerSecond:F0} runs/s)");
}

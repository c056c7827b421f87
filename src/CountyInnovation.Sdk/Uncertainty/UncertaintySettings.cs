using System.Diagnostics.Contracts;
using System.Globalization;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// How many runs, from which seed, on how many threads, with which engine. The results depend on
/// the runs, the seed and the assumptions only: never on the thread count or the engine (the fast
/// engine agrees with the general one to 1e-12 on every score).
/// </summary>
public sealed class UncertaintySettings : IEquatable<UncertaintySettings>
{
    private UncertaintySettings(int runs, ulong seed, int maxDegreeOfParallelism, UncertaintyEngine engine, int bootstrapResamples)
    {
        Runs = runs;
        Seed = seed;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        Engine = engine;
        BootstrapResamples = bootstrapResamples;
    }

    /// <summary>1,000 runs, seed 2020, every processor, automatic engine, 1,000 bootstrap resamples.</summary>
    public static UncertaintySettings Default { get; } = new(1000, 2020, 0, UncertaintyEngine.Automatic, 1000);

    /// <summary>N: Monte Carlo runs (for a sensitivity analysis, the base sample size; it then makes N(d + 2) runs).</summary>
    public int Runs { get; }

    /// <summary>The master seed every random stream derives from.</summary>
    public ulong Seed { get; }

    /// <summary>Worker threads; 0 means one per processor.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Which engine evaluates the runs.</summary>
    public UncertaintyEngine Engine { get; }

    /// <summary>Bootstrap resamples for the sensitivity indices' intervals (0: no intervals).</summary>
    public int BootstrapResamples { get; }

    /// <summary>With <paramref name="runs"/> runs (at least 2).</summary>
    /// <param name="runs">N.</param>
    [Pure]
    public UncertaintySettings WithRuns(int runs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 2);
        return new(runs, Seed, MaxDegreeOfParallelism, Engine, BootstrapResamples);
    }

    /// <summary>With another master seed.</summary>
    /// <param name="seed">The seed.</param>
    [Pure]
    public UncertaintySettings WithSeed(ulong seed) => new(Runs, seed, MaxDegreeOfParallelism, Engine, BootstrapResamples);

    /// <summary>With at most <paramref name="threads"/> worker threads (0: one per processor).</summary>
    /// <param name="threads">Threads, not negative.</param>
    [Pure]
    public UncertaintySettings WithMaxDegreeOfParallelism(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        return new(Runs, Seed, threads, Engine, BootstrapResamples);
    }

    /// <summary>With another engine.</summary>
    /// <param name="engine">The engine.</param>
    [Pure]
    public UncertaintySettings WithEngine(UncertaintyEngine engine)
    {
        if (!Enum.IsDefined(engine))
        {
            throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown engine.");
        }

        return new(Runs, Seed, MaxDegreeOfParallelism, engine, BootstrapResamples);
    }

    /// <summary>With <paramref name="resamples"/> bootstrap resamples.</summary>
    /// <param name="resamples">Resamples, not negative.</param>
    [Pure]
    public UncertaintySettings WithBootstrapResamples(int resamples)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(resamples);
        return new(Runs, Seed, MaxDegreeOfParallelism, Engine, resamples);
    }

    /// <summary>The number of worker threads these settings use on this machine.</summary>
    internal int Threads => MaxDegreeOfParallelism == 0 ? Environment.ProcessorCount : MaxDegreeOfParallelism;

    /// <inheritdoc />
    public bool Equals(UncertaintySettings? other) =>
        other is not null && Runs == other.Runs && Seed == other.Seed && MaxDegreeOfParallelism == other.MaxDegreeOfParallelism
        && Engine == other.Engine && BootstrapResamples == other.BootstrapResamples;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UncertaintySettings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Runs, Seed, MaxDegreeOfParallelism, Engine, BootstrapResamples);

    /// <summary>Formats as <c>N=1000 seed=2020 threads=auto engine=Automatic</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"N={Runs} seed={Seed} threads={(MaxDegreeOfParallelism == 0 ? "auto" : MaxDegreeOfParallelism.ToString(CultureInfo.InvariantCulture))} engine={Engine} bootstrap={BootstrapResamples}");
}

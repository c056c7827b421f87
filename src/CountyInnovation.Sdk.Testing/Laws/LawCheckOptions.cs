using System.Globalization;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// How many cases to generate per law, from which seed, and at which sizes. Immutable: the
/// <c>With…</c> methods return a copy. The default is deterministic (a fixed seed), so a law check
/// in a test suite gives the same verdict on every machine and every run; change the seed to explore.
/// </summary>
public sealed class LawCheckOptions : IEquatable<LawCheckOptions>
{
    /// <summary>The seed of <see cref="Default"/>: the date the 2020 measures were issued.</summary>
    public const ulong DefaultSeed = 20200417UL;

    private LawCheckOptions(int maxTests, ulong seed, int startSize, int endSize, ReplaySeed? replay)
    {
        MaxTests = maxTests;
        Seed = seed;
        StartSize = startSize;
        EndSize = endSize;
        Replay = replay;
    }

    /// <summary>200 cases per law, seed <see cref="DefaultSeed"/>, sizes 1 to 40.</summary>
    public static LawCheckOptions Default { get; } = new(200, DefaultSeed, 1, 40, null);

    /// <summary>The number of cases generated per law (FsCheck's MaxTest).</summary>
    public int MaxTests { get; }

    /// <summary>The run seed. Each law derives its own stream from it and its name, so adding a law changes no other law's cases.</summary>
    public ulong Seed { get; }

    /// <summary>The generator size of the first case (sizes bound column lengths and county counts).</summary>
    public int StartSize { get; }

    /// <summary>The generator size of the last case.</summary>
    public int EndSize { get; }

    /// <summary>When set, each law runs exactly the one case this seed reproduces.</summary>
    public ReplaySeed? Replay { get; }

    /// <summary>Returns a copy generating <paramref name="maxTests"/> cases per law.</summary>
    /// <param name="maxTests">At least 1.</param>
    public LawCheckOptions WithMaxTests(int maxTests)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTests, 1);
        return new LawCheckOptions(maxTests, Seed, StartSize, EndSize, Replay);
    }

    /// <summary>Returns a copy with another run seed.</summary>
    /// <param name="seed">Any value; the same seed gives the same cases.</param>
    public LawCheckOptions WithSeed(ulong seed) => new(MaxTests, seed, StartSize, EndSize, Replay);

    /// <summary>Returns a copy with other generator sizes.</summary>
    /// <param name="startSize">Size of the first case, not negative.</param>
    /// <param name="endSize">Size of the last case, at least <paramref name="startSize"/>.</param>
    public LawCheckOptions WithSizes(int startSize, int endSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(endSize, startSize);
        return new LawCheckOptions(MaxTests, Seed, startSize, endSize, Replay);
    }

    /// <summary>Returns a copy that replays exactly the failing case <paramref name="replay"/> identifies.</summary>
    /// <param name="replay">A seed copied from a <see cref="LawOutcome"/>.</param>
    public LawCheckOptions WithReplay(ReplaySeed replay) => new(MaxTests, Seed, StartSize, EndSize, replay);

    /// <summary>Returns a copy that replays the failing case printed as <c>seed,gamma,size</c> in a report.</summary>
    /// <param name="replay">The text form of a <see cref="ReplaySeed"/>.</param>
    public LawCheckOptions WithReplay(string replay) => WithReplay(ReplaySeed.Parse(replay));

    /// <inheritdoc/>
    public bool Equals(LawCheckOptions? other) =>
        other is not null && MaxTests == other.MaxTests && Seed == other.Seed
        && StartSize == other.StartSize && EndSize == other.EndSize && Replay == other.Replay;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LawCheckOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MaxTests, Seed, StartSize, EndSize, Replay);

    /// <inheritdoc/>
    public override string ToString() => Replay is { } replay
        ? $"replay {replay}"
        : string.Create(CultureInfo.InvariantCulture, $"seed {Seed}, {MaxTests} cases per law, sizes {StartSize}..{EndSize}");
}

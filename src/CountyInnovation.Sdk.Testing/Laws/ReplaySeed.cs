using System.Globalization;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// The random state and size that reproduce one failing case in a single test:
/// pass it to <see cref="LawCheckOptions.WithReplay(ReplaySeed)"/>. Its text form is
/// <c>seed,gamma,size</c> (the same three numbers FsCheck prints), so it can be copied from a report.
/// </summary>
public readonly struct ReplaySeed : IEquatable<ReplaySeed>
{
    private ReplaySeed(ulong seed, ulong gamma, int size)
    {
        Seed = seed;
        Gamma = gamma;
        Size = size;
    }

    /// <summary>The seed of FsCheck's splittable random generator.</summary>
    public ulong Seed { get; }

    /// <summary>The gamma (stream) of FsCheck's splittable random generator.</summary>
    public ulong Gamma { get; }

    /// <summary>The generator size the failing case was drawn with.</summary>
    public int Size { get; }

    /// <summary>Creates a replay seed.</summary>
    /// <param name="seed">The generator seed.</param>
    /// <param name="gamma">The generator gamma; FsCheck requires it to be odd.</param>
    /// <param name="size">The generator size, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">The gamma is even or the size negative.</exception>
    public static ReplaySeed Create(ulong seed, ulong gamma, int size)
    {
        if ((gamma & 1UL) == 0UL)
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "FsCheck's gamma is always odd.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return new ReplaySeed(seed, gamma, size);
    }

    /// <summary>Parses the <c>seed,gamma,size</c> form printed in a law report.</summary>
    /// <param name="text">The text, e.g. <c>5139283748462763858,18341244530856488645,3</c>.</param>
    /// <exception cref="FormatException">The text is not three comma-separated numbers.</exception>
    public static ReplaySeed Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Trim('(', ')').Split(',');
        if (parts.Length != 3
            || !ulong.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            || !ulong.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var gamma)
            || !int.TryParse(parts[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || (gamma & 1UL) == 0UL)
        {
            throw new FormatException($"'{text}' is not a replay seed: expected 'seed,gamma,size' with an odd gamma, e.g. '42,11400714819323198485,3'.");
        }

        return new ReplaySeed(seed, gamma, size);
    }

    /// <inheritdoc/>
    public bool Equals(ReplaySeed other) => Seed == other.Seed && Gamma == other.Gamma && Size == other.Size;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReplaySeed other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Seed, Gamma, Size);

    /// <summary>The <c>seed,gamma,size</c> form that <see cref="Parse"/> reads back.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Seed},{Gamma},{Size}");

    /// <summary>Equality of seed, gamma and size.</summary>
    public static bool operator ==(ReplaySeed left, ReplaySeed right) => left.Equals(right);

    /// <summary>Inequality of seed, gamma and size.</summary>
    public static bool operator !=(ReplaySeed left, ReplaySeed right) => !left.Equals(right);
}

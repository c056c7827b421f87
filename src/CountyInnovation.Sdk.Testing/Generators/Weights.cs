using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Testing.Generators;

/// <summary>Weight sets: positive weights summing to 1, drawn as small whole-number ratios so they read well (e.g. [0.25, 0.75]).</summary>
public static class Weights
{
    /// <summary>A weight set of <paramref name="count"/> positive weights summing to 1.</summary>
    /// <param name="count">The number of components, at least 1.</param>
    public static Gen<ImmutableArray<double>> Generator(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return Gen.Frequency(
                (1, Gen.Constant(Enumerable.Repeat(1, count).ToArray())),
                (4, Gen.ArrayOf(Gen.Choose(1, 10), count)))
            .Select(Normalised);
    }

    /// <summary>A weight set of 1 to 6 weights.</summary>
    public static Gen<ImmutableArray<double>> Generator() => Gen.Choose(1, 6).SelectMany(Generator);

    /// <summary>Shrinks a weight set towards equal weights, keeping its length.</summary>
    /// <param name="weights">The weights to shrink.</param>
    public static IEnumerable<ImmutableArray<double>> Shrink(ImmutableArray<double> weights)
    {
        var equal = Normalised(Enumerable.Repeat(1, weights.Length));
        if (!equal.SequenceEqual(weights))
        {
            yield return equal;
        }
    }

    /// <summary>Weight sets with their shrinker.</summary>
    public static Arbitrary<ImmutableArray<double>> Arbitrary() => Arb.From(Generator(), Shrink);

    /// <summary>Divides whole-number weights by their total.</summary>
    /// <param name="raw">Positive whole numbers.</param>
    public static ImmutableArray<double> Normalised(IEnumerable<int> raw)
    {
        var list = raw.ToList();
        var total = (double)list.Sum();
        return [.. list.Select(w => w / total)];
    }
}

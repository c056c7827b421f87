namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// A seeded xoshiro256** generator. The sequence depends only on the seed, never on the runtime,
/// the thread or the time, so Monte Carlo results reproduce bit for bit.
/// </summary>
internal struct RandomStream
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    private RandomStream(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>The stream of one block of runs: a hash of the master seed and the block number.</summary>
    public static RandomStream ForBlock(ulong masterSeed, int block)
    {
        var x = masterSeed;
        var mixed = SplitMix(ref x) ^ (0xD1B54A32D192ED03UL * (ulong)(block + 1));
        return new RandomStream(mixed);
    }

    /// <summary>A stream for a named purpose (bootstrap, design matrix …) under one master seed.</summary>
    public static RandomStream ForPurpose(ulong masterSeed, ulong purpose) =>
        ForBlock(masterSeed ^ (purpose * 0x9E3779B97F4A7C15UL), -1);

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, n) (Lemire's unbiased method).</summary>
    public int NextInt(int n)
    {
        var bound = (ulong)n;
        var threshold = (0UL - bound) % bound;
        while (true)
        {
            var r = NextUInt64();
            var high = Math.BigMul(r, bound, out var low);
            if (low >= threshold)
            {
                return (int)high;
            }
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}

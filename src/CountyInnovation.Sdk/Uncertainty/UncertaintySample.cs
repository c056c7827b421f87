namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// The N × D uniforms of a Monte Carlo analysis. Row r comes from the stream of its block
/// (r / <see cref="BlockScheduler.BlockSize"/>), seeded from the master seed and the block number,
/// so a row never depends on how many threads run or in which order blocks are processed.
/// </summary>
internal static class UncertaintySample
{
    /// <summary>Draws <paramref name="runs"/> rows of <paramref name="dimension"/> uniforms in [0, 1).</summary>
    public static double[] Draw(int runs, int dimension, ulong seed)
    {
        var rows = new double[checked(runs * dimension)];
        for (var block = 0; block < BlockScheduler.BlockCount(runs); block++)
        {
            var stream = RandomStream.ForBlock(seed, block);
            var first = block * BlockScheduler.BlockSize * dimension;
            var last = Math.Min(rows.Length, first + (BlockScheduler.BlockSize * dimension));
            for (var i = first; i < last; i++)
            {
                rows[i] = stream.NextDouble();
            }
        }

        return rows;
    }
}

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// The Saltelli sampling design: two independent N×D matrices of uniforms A and B and, for each
/// group of columns i (one assumption may own several columns, e.g. one per perturbed weight),
/// A_B^(i) = A with the columns of group i taken from B. N(d + 2) rows in all, laid out as
/// A (rows 0…N−1), B (N…2N−1), then A_B^(i) (rows (2 + i)N … (3 + i)N − 1).
/// </summary>
internal sealed class SaltelliDesign
{
    private SaltelliDesign(int baseRuns, int[] groupStarts, int dimension, double[] rows)
    {
        BaseRuns = baseRuns;
        GroupStarts = groupStarts;
        Dimension = dimension;
        Rows = rows;
    }

    /// <summary>N, the number of rows of A (and of B).</summary>
    public int BaseRuns { get; }

    /// <summary>Where each group's columns start; the last entry is <see cref="Dimension"/>.</summary>
    public int[] GroupStarts { get; }

    /// <summary>d, the number of groups (assumptions).</summary>
    public int Groups => GroupStarts.Length - 1;

    /// <summary>D, the number of uniform columns.</summary>
    public int Dimension { get; }

    /// <summary>N(d + 2).</summary>
    public int RunCount => BaseRuns * (Groups + 2);

    /// <summary>Row-major uniforms, <see cref="RunCount"/> × <see cref="Dimension"/>.</summary>
    public double[] Rows { get; }

    /// <summary>Builds the design from a seed; A and B come from their own seeded streams.</summary>
    public static SaltelliDesign Create(int baseRuns, IReadOnlyList<int> groupDimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseRuns, 2);
        ArgumentOutOfRangeException.ThrowIfZero(groupDimensions.Count);
        var starts = new int[groupDimensions.Count + 1];
        for (var g = 0; g < groupDimensions.Count; g++)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(groupDimensions[g], 1);
            starts[g + 1] = starts[g] + groupDimensions[g];
        }

        var dimension = starts[^1];
        var groups = groupDimensions.Count;
        var rows = new double[checked(baseRuns * (groups + 2) * dimension)];
        var a = RandomStream.ForPurpose(seed, 0xA);
        var b = RandomStream.ForPurpose(seed, 0xB);
        for (var j = 0; j < baseRuns; j++)
        {
            var rowA = rows.AsSpan(j * dimension, dimension);
            var rowB = rows.AsSpan((baseRuns + j) * dimension, dimension);
            for (var k = 0; k < dimension; k++)
            {
                rowA[k] = a.NextDouble();
                rowB[k] = b.NextDouble();
            }

            for (var g = 0; g < groups; g++)
            {
                var rowAB = rows.AsSpan((((2 + g) * baseRuns) + j) * dimension, dimension);
                rowA.CopyTo(rowAB);
                rowB[starts[g]..starts[g + 1]].CopyTo(rowAB[starts[g]..]);
            }
        }

        return new SaltelliDesign(baseRuns, starts, dimension, rows);
    }
}

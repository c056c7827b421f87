using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Tests.Scoring;

/// <summary>Generators of indicator columns and component matrices for the scoring property tests.</summary>
public static class ScoringGenerators
{
    /// <summary>Finite values on a 0.01 grid in [−1000, 1000] (ties are frequent enough to exercise them).</summary>
    public static Gen<double> Value { get; } = Gen.Choose(-100_000, 100_000).Select(i => i / 100.0);

    /// <summary>A value that is missing (NaN) about one time in eight.</summary>
    public static Gen<double> MaybeMissing { get; } = Gen.Choose(0, 7).SelectMany(c => c == 0 ? Gen.Constant(double.NaN) : Value);

    /// <summary>Columns of 1–40 observed values.</summary>
    public static Gen<double[]> Column { get; } = Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Value, n));

    /// <summary>Columns of 2–40 values, some missing.</summary>
    public static Gen<double[]> ColumnWithMissing { get; } = Gen.Choose(2, 40).SelectMany(n => Gen.ArrayOf(MaybeMissing, n));

    /// <summary>Strictly positive components in [1, 100].</summary>
    public static Gen<double> Positive { get; } = Gen.Choose(100, 10_000).Select(i => i / 100.0);

    /// <summary>A matrix (rows of k positive values, some missing) with non-negative weights, at least one positive.</summary>
    public static Gen<(double[][] Rows, double[] Weights)> Matrix { get; } =
        Gen.Choose(1, 6).SelectMany(k =>
            Gen.Choose(1, 25).SelectMany(n =>
                Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 9).SelectMany(c => c == 0 ? Gen.Constant(double.NaN) : Positive), k), n)
                    .SelectMany(rows => Gen.ArrayOf(Gen.Choose(1, 10).Select(i => (double)i), k).Select(w => (rows, w)))));

    /// <summary>Columns of 1–40 values, about one in eight missing.</summary>
    public static Arbitrary<double[]> Columns => Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(MaybeMissing, n)).ToArbitrary();

    public static Arbitrary<(double[][] Rows, double[] Weights)> Matrices => Matrix.ToArbitrary();

    /// <summary>A column with a random permutation of it.</summary>
    public static Arbitrary<(double[] Column, int[] Permutation)> Permuted =>
        ColumnWithMissing.SelectMany(c => Gen.Shuffle(Enumerable.Range(0, c.Length).ToArray()).Select(p => (c, p))).ToArbitrary();

    /// <summary>A column with a positive scale a and a shift b.</summary>
    public static Arbitrary<(double[] Column, double Scale, double Shift)> Affine =>
        Column.SelectMany(c => Gen.Choose(1, 1000).SelectMany(a => Gen.Choose(-1000, 1000).Select(b => (c, a / 10.0, (double)b)))).ToArbitrary();

    /// <summary>Values at the given permutation: result[i] = values[permutation[i]].</summary>
    public static double[] Permute(double[] values, int[] permutation) => permutation.Select(p => values[p]).ToArray();

    /// <summary>Column-major values of row-wise data.</summary>
    public static double[] ColumnMajor(double[][] rows, int k)
    {
        var n = rows.Length;
        var data = new double[n * k];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                data[(j * n) + i] = rows[i][j];
            }
        }

        return data;
    }
}

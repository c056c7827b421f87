namespace CountyInnovation.Sdk.Analysis;

/// <summary>
/// Pearson and Spearman correlation of two columns over the units where both are observed
/// (pairwise complete observations, as R's <c>cor(use = "pairwise.complete.obs")</c> that COINr's
/// <c>get_corr</c> uses). Spearman's is Pearson's of the average ranks (ties share their mean rank).
/// NaN when fewer than three pairs remain or a column is constant.
/// </summary>
public static class Correlation
{
    /// <summary>Pearson's r.</summary>
    /// <param name="x">The first column; NaN is missing.</param>
    /// <param name="y">The second column, same length.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var (a, b) = Pairs(x, y);
        return PearsonOfComplete(a, b);
    }

    /// <summary>Spearman's rho: Pearson's r of the average ranks of the complete pairs.</summary>
    /// <param name="x">The first column; NaN is missing.</param>
    /// <param name="y">The second column, same length.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var (a, b) = Pairs(x, y);
        return PearsonOfComplete(AverageRanks(a), AverageRanks(b));
    }

    /// <summary>The number of units where both columns are observed.</summary>
    /// <param name="x">The first column.</param>
    /// <param name="y">The second column, same length.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static int PairCount(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => Pairs(x, y).X.Length;

    /// <summary>Ascending ranks from 1, ties given the mean of the ranks they span (R's <c>ties.method = "average"</c>).</summary>
    internal static double[] AverageRanks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var rank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }

    private static (double[] X, double[] Y) Pairs(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"The columns have {x.Length} and {y.Length} values; correlation needs one pair per unit.", nameof(y));
        }

        var a = new List<double>(x.Length);
        var b = new List<double>(x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                a.Add(x[i]);
                b.Add(y[i]);
            }
        }

        return ([.. a], [.. b]);
    }

    private static double PearsonOfComplete(double[] x, double[] y)
    {
        if (x.Length < 3)
        {
            return double.NaN;
        }

        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        if (sxx == 0 || syy == 0)
        {
            return double.NaN;
        }

        // Rounding can carry |r| a hair past 1 for (anti)collinear columns.
        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }
}

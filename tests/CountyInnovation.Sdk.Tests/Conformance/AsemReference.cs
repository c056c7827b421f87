namespace CountyInnovation.Sdk.Tests.Conformance;

/// <summary>
/// A tiny, separate reference implementation of COINr's documented build steps on the ASEM data,
/// written from COINr's formulas with plain arithmetic (no SDK code): group-mean imputation,
/// the default outlier treatment, min-max, z-score and rank normalisation, and weighted arithmetic
/// and geometric means up the iMeta tree. The full-pipeline conformance tests compare the SDK's
/// evaluation with it to 1e-9.
/// </summary>
internal static class AsemReference
{
    /// <summary>COINr <c>i_mean_grp</c>: a missing value becomes the mean of the observed values of the unit's group.</summary>
    public static double[] GroupMean(double[] x, string[] groups) =>
        [.. x.Select((v, i) => double.IsNaN(v) ? x.Where((w, j) => groups[j] == groups[i] && !double.IsNaN(w)).Average() : v)];

    /// <summary>COINr's skew: the sample-adjusted G1, n/((n−1)(n−2)) Σ((x − x̄)/s)³, s with n − 1.</summary>
    public static double Skew(double[] x)
    {
        var v = x.Where(d => !double.IsNaN(d)).ToArray();
        double n = v.Length, m = v.Average(), s = Math.Sqrt(v.Sum(d => (d - m) * (d - m)) / (n - 1));
        return n / ((n - 1) * (n - 2)) * v.Sum(d => Math.Pow((d - m) / s, 3));
    }

    /// <summary>COINr's kurtosis: the sample-adjusted excess G2.</summary>
    public static double Kurt(double[] x)
    {
        var v = x.Where(d => !double.IsNaN(d)).ToArray();
        double n = v.Length, m = v.Average(), s = Math.Sqrt(v.Sum(d => (d - m) * (d - m)) / (n - 1));
        return (n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * v.Sum(d => Math.Pow((d - m) / s, 4))) - (3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3)));
    }

    /// <summary>
    /// COINr's default <c>Treat()</c>: while |skew| ≥ 2 and kurtosis ≥ 3.5, every value equal to the
    /// extreme on the side of the skew (high when skew ≥ 0) is set to the next value on that side; the
    /// points winsorised on a side are those at its extreme, and at most 5 are allowed. If that is not
    /// enough, the original column is log-transformed instead, ln(x − min + 0.01 (max − min)).
    /// </summary>
    public static double[] Treat(double[] x)
    {
        static bool Fails(double[] y) => Math.Abs(Skew(y)) >= 2 && Kurt(y) >= 3.5;
        var y = (double[])x.Clone();
        int high = 0, low = 0;
        while (Fails(y) && high + low < 5)
        {
            var up = Skew(y) >= 0;
            var observed = y.Where(d => !double.IsNaN(d)).ToArray();
            var extreme = up ? observed.Max() : observed.Min();
            var next = up ? observed.Where(d => d < extreme).Max() : observed.Where(d => d > extreme).Min();
            var count = 0;
            for (var i = 0; i < y.Length; i++)
            {
                if (y[i] == extreme)
                {
                    y[i] = next;
                    count++;
                }
            }

            if (up)
            {
                high = count;
            }
            else
            {
                low = count;
            }
        }

        if (!Fails(y))
        {
            return y;
        }

        var present = x.Where(d => !double.IsNaN(d)).ToArray();
        double min = present.Min(), max = present.Max();
        return [.. x.Select(d => double.IsNaN(d) ? d : Math.Log(d - min + (0.01 * (max - min))))];
    }

    /// <summary>COINr <c>n_minx</c> on [lower, upper] of the oriented column.</summary>
    public static double[] MinMax(double[] x, int direction, double lower = 0, double upper = 100)
    {
        var o = x.Select(d => d * direction).ToArray();
        var present = o.Where(d => !double.IsNaN(d)).ToArray();
        double min = present.Min(), max = present.Max();
        return [.. o.Select(d => lower + ((d - min) / (max - min) * (upper - lower)))];
    }

    /// <summary>COINr <c>n_zscore</c> with mean m and sd s: m + s (x − x̄)/sd, sd with n − 1.</summary>
    public static double[] ZScore(double[] x, int direction, double m, double s)
    {
        var o = x.Select(d => d * direction).ToArray();
        var present = o.Where(d => !double.IsNaN(d)).ToArray();
        double mean = present.Average(), sd = Math.Sqrt(present.Sum(d => (d - mean) * (d - mean)) / (present.Length - 1));
        return [.. o.Select(d => m + (s * (d - mean) / sd))];
    }

    /// <summary>COINr <c>n_rank</c>: R's rank(ties.method = "min") of the oriented column, NA kept.</summary>
    public static double[] Rank(double[] x, int direction)
    {
        var o = x.Select(d => d * direction).ToArray();
        return [.. o.Select(d => double.IsNaN(d) ? d : 1 + o.Count(e => !double.IsNaN(e) && e < d))];
    }

    /// <summary>Weighted mean of the available components (weights renormalised), arithmetic or geometric.</summary>
    public static double Mean(IReadOnlyList<double> values, IReadOnlyList<double> weights, bool geometric)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                sum += weights[i] * (geometric ? Math.Log(values[i]) : values[i]);
                total += weights[i];
            }
        }

        return total == 0 ? double.NaN : geometric ? Math.Exp(sum / total) : sum / total;
    }

    /// <summary>Aggregates level by level up the iMeta tree; returns every column (indicators and aggregates).</summary>
    public static Dictionary<string, double[]> Aggregate(AsemData data, Dictionary<string, double[]> normalised, bool geometric)
    {
        var scores = new Dictionary<string, double[]>(normalised, StringComparer.Ordinal);
        foreach (var node in data.Meta.Where(m => m["Type"] == "Aggregate").OrderBy(m => int.Parse(m["Level"], System.Globalization.CultureInfo.InvariantCulture)))
        {
            var children = data.Meta.Where(m => m["Parent"] == node["iCode"]).ToList();
            var weights = children.Select(c => AsemData.Number(c["Weight"])).ToArray();
            scores[node["iCode"]] = [.. Enumerable.Range(0, data.Units.Count).Select(u => Mean(children.Select(c => scores[c["iCode"]][u]).ToArray(), weights, geometric))];
        }

        return scores;
    }
}

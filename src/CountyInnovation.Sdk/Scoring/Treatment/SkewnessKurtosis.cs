using System.Globalization;

namespace CountyInnovation.Sdk.Scoring.Treatment;

/// <summary>
/// Sample skewness and excess kurtosis of the observed values of a column, in the definitions COINr
/// uses (those of e1071 type 2, as in Excel), and the JRC pass rule.
/// </summary>
/// <remarks>
/// With d = x − mean over the n observed values:
/// skew = [√n·Σd³/(Σd²)^{3/2}]·√(n(n − 1))/(n − 2);
/// kurt = [((n + 1)(r − 3) + 6)(n − 1)]/[(n − 2)(n − 3)], r = n·Σd⁴/(Σd²)².
/// Skewness needs n ≥ 3 and kurtosis n ≥ 4; otherwise, or when every value is the same, they are NaN.
/// </remarks>
public readonly record struct SkewnessKurtosis
{
    private SkewnessKurtosis(int count, double skewness, double kurtosis)
    {
        Count = count;
        Skewness = skewness;
        Kurtosis = kurtosis;
    }

    /// <summary>The number of observed values.</summary>
    public int Count { get; }

    /// <summary>Sample skewness (NaN when undefined).</summary>
    public double Skewness { get; }

    /// <summary>Sample excess kurtosis (NaN when undefined).</summary>
    public double Kurtosis { get; }

    /// <summary>Whether both statistics are defined.</summary>
    public bool IsDefined => !double.IsNaN(Skewness) && !double.IsNaN(Kurtosis);

    /// <summary>Computes the statistics of the observed (non-NaN) values.</summary>
    /// <param name="column">The values.</param>
    public static SkewnessKurtosis Of(ReadOnlySpan<double> column)
    {
        var n = 0;
        var total = default(CompensatedSum);
        foreach (var x in column)
        {
            if (!double.IsNaN(x))
            {
                n++;
                total.Add(x);
            }
        }

        if (n < 3)
        {
            return new SkewnessKurtosis(n, double.NaN, double.NaN);
        }

        var mean = total.Value / n;
        CompensatedSum s2 = default, s3 = default, s4 = default;
        foreach (var x in column)
        {
            if (!double.IsNaN(x))
            {
                var d = x - mean;
                var d2 = d * d;
                s2.Add(d2);
                s3.Add(d2 * d);
                s4.Add(d2 * d2);
            }
        }

        var m2 = s2.Value;
        if (!(m2 > 0))
        {
            return new SkewnessKurtosis(n, double.NaN, double.NaN);
        }

        var nd = (double)n;
        var skew = Math.Sqrt(nd) * s3.Value / Math.Pow(m2, 1.5) * Math.Sqrt(nd * (nd - 1)) / (nd - 2);
        var kurt = double.NaN;
        if (n >= 4)
        {
            var r = nd * s4.Value / (m2 * m2);
            kurt = (((nd + 1) * (r - 3)) + 6) * (nd - 1) / ((nd - 2) * (nd - 3));
        }

        return new SkewnessKurtosis(n, skew, kurt);
    }

    /// <summary>
    /// The JRC/COINr rule: the column passes when |skew| &lt; <paramref name="skewThreshold"/> OR
    /// kurt &lt; <paramref name="kurtosisThreshold"/>. Undefined statistics do not pass (nor fail): check
    /// <see cref="IsDefined"/> first.
    /// </summary>
    /// <param name="skewThreshold">Absolute skewness threshold (default 2).</param>
    /// <param name="kurtosisThreshold">Kurtosis threshold (default 3.5).</param>
    public bool Passes(double skewThreshold = 2, double kurtosisThreshold = 3.5) =>
        Math.Abs(Skewness) < skewThreshold || Kurtosis < kurtosisThreshold;

    /// <summary>Formats as <c>n=5 skew=2.2324 kurt=4.98687</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"n={Count} skew={Skewness:G6} kurt={Kurtosis:G6}");
}

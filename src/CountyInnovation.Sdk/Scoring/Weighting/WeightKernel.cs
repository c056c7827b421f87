using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring.Normalisation;

namespace CountyInnovation.Sdk.Scoring.Weighting;

/// <summary>Shared steps of the data-driven weightings.</summary>
internal static class WeightKernel
{
    public static void CheckPolarities(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (polarities.Length != components.ComponentCount)
        {
            throw new ArgumentException($"{polarities.Length} polarities for {components.ComponentCount} components.", nameof(polarities));
        }
    }

    /// <summary>Each column min-max normalised onto [0, 1], less-is-better columns reversed; a constant column becomes all 0.</summary>
    public static double[][] UnitScaled(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
    {
        var result = new double[components.ComponentCount][];
        var minMax = MinMaxNormalisation.Create(0, 1, ZeroRangePolicy.Lower);
        for (var j = 0; j < components.ComponentCount; j++)
        {
            result[j] = new double[components.UnitCount];
            minMax.Normalise(components.Column(j), NormalisationContext.For(polarities[j]), result[j]);
        }

        return result;
    }

    /// <summary>Divides non-negative scores by their sum; throws when every score is 0 or the sum overflows.</summary>
    public static ImmutableArray<double> Normalised(string method, ReadOnlySpan<double> scores, string whenAllZero)
    {
        var total = default(CompensatedSum);
        var allFinite = true;
        foreach (var s in scores)
        {
            total.Add(s);
            allFinite &= double.IsFinite(s);
        }

        var sum = total.Value;

        // Finite scores whose sum is not finite overflowed (the compensated sum of 1e308 + 1e308 is NaN).
        if (allFinite && !double.IsFinite(sum))
        {
            throw new WeightingException(method, "the weights overflow when summed (their sum exceeds the largest double, about 1.8e308): scale them down.");
        }

        if (!(sum > 0) || !double.IsFinite(sum))
        {
            throw new WeightingException(method, whenAllZero);
        }

        var weights = new double[scores.Length];
        for (var j = 0; j < scores.Length; j++)
        {
            weights[j] = scores[j] / sum;
        }

        return ImmutableArray.Create(weights);
    }

    /// <summary>Sample standard deviation (n − 1) of the observed values of a column; 0 with fewer than two.</summary>
    public static double StandardDeviation(ReadOnlySpan<double> column)
    {
        var s = ColumnStatistics.Of(column);
        return s.Count > 1 ? s.StandardDeviation : 0;
    }

    /// <summary>Pearson correlation over the units where both columns are observed; 0 when either has no variation there.</summary>
    public static double Correlation(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var n = 0;
        CompensatedSum sa = default, sb = default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!double.IsNaN(a[i]) && !double.IsNaN(b[i]))
            {
                sa.Add(a[i]);
                sb.Add(b[i]);
                n++;
            }
        }

        if (n < 2)
        {
            return 0;
        }

        double ma = sa.Value / n, mb = sb.Value / n;
        CompensatedSum sab = default, saa = default, sbb = default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!double.IsNaN(a[i]) && !double.IsNaN(b[i]))
            {
                double da = a[i] - ma, db = b[i] - mb;
                sab.Add(da * db);
                saa.Add(da * da);
                sbb.Add(db * db);
            }
        }

        var denominator = Math.Sqrt(saa.Value * sbb.Value);
        return denominator > 0 ? Math.Clamp(sab.Value / denominator, -1, 1) : 0;
    }
}

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>Quantiles of sorted samples by linear interpolation (R's type 7, its default).</summary>
internal static class SampleQuantile
{
    /// <summary>x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) with h = (n − 1)p, x sorted ascending.</summary>
    public static double Type7(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var fraction = h - lo;
        return fraction == 0.0 ? sorted[lo] : sorted[lo] + (fraction * (sorted[lo + 1] - sorted[lo]));
    }
}

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>Shared steps of the built-in normalisations: argument checks, orientation and reference statistics.</summary>
internal static class ColumnKernel
{
    public static void CheckLengths(ReadOnlySpan<double> column, Span<double> destination)
    {
        if (destination.Length != column.Length)
        {
            throw new ArgumentException($"The destination has {destination.Length} slots for {column.Length} values.", nameof(destination));
        }
    }

    /// <summary>The sign that makes larger better: +1 for more-is-better, −1 for less-is-better.</summary>
    public static double Sign(NormalisationContext context) => context.Polarity == Polarity.LessIsBetter ? -1.0 : 1.0;

    /// <summary>
    /// Statistics of the oriented column (values multiplied by <see cref="Sign"/>): the pooled reference
    /// statistics when the context has them, else the column's own.
    /// </summary>
    public static ColumnStatistics OrientedStatistics(ReadOnlySpan<double> column, NormalisationContext context)
    {
        return Orient(context.ReferenceStatistics ?? ColumnStatistics.Of(column), context);
    }

    /// <summary>
    /// Like <see cref="OrientedStatistics"/> but only count, minimum and maximum are meaningful (one pass,
    /// for min-max on hot paths); mean and sd are NaN unless reference statistics were given.
    /// </summary>
    public static ColumnStatistics OrientedRange(ReadOnlySpan<double> column, NormalisationContext context)
    {
        if (context.ReferenceStatistics is { } reference)
        {
            return Orient(reference, context);
        }

        var count = 0;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in column)
        {
            if (!double.IsNaN(v))
            {
                count++;
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        return count == 0
            ? ColumnStatistics.Of([])
            : Orient(ColumnStatistics.RangeOnly(count, min, max), context);
    }

    private static ColumnStatistics Orient(ColumnStatistics raw, NormalisationContext context)
    {
        if (context.Polarity != Polarity.LessIsBetter || raw.Count == 0)
        {
            return raw;
        }

        return ColumnStatistics.Negated(raw);
    }

    /// <summary>Writes NaN wherever the column is missing and reports whether any value is observed.</summary>
    public static bool AnyObserved(ReadOnlySpan<double> column)
    {
        foreach (var v in column)
        {
            if (!double.IsNaN(v))
            {
                return true;
            }
        }

        return false;
    }

    public static void Fill(ReadOnlySpan<double> column, Span<double> destination, double value)
    {
        for (var i = 0; i < column.Length; i++)
        {
            destination[i] = double.IsNaN(column[i]) ? double.NaN : value;
        }
    }
}

using System.Globalization;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Summary statistics of the observed (non-NaN) values of a column: count, minimum, maximum, mean and
/// sample standard deviation (n − 1). Computed from one column, or pooled over several (a panel's
/// years stacked) and passed to a normalisation as reference statistics so that scores compare
/// across years.
/// </summary>
public readonly struct ColumnStatistics : IEquatable<ColumnStatistics>
{
    private ColumnStatistics(int count, double minimum, double maximum, double mean, double standardDeviation)
    {
        Count = count;
        Minimum = minimum;
        Maximum = maximum;
        Mean = mean;
        StandardDeviation = standardDeviation;
    }

    /// <summary>The number of observed values.</summary>
    public int Count { get; }

    /// <summary>The smallest observed value (NaN when there is none).</summary>
    public double Minimum { get; }

    /// <summary>The largest observed value (NaN when there is none).</summary>
    public double Maximum { get; }

    /// <summary>The mean of the observed values (NaN when there is none).</summary>
    public double Mean { get; }

    /// <summary>The sample standard deviation, divisor n − 1 (NaN when fewer than two values).</summary>
    public double StandardDeviation { get; }

    /// <summary>The range <c>Maximum − Minimum</c>.</summary>
    public double Range => Maximum - Minimum;

    /// <summary>Statistics of one column (NaN values skipped).</summary>
    /// <param name="column">The values.</param>
    public static ColumnStatistics Of(ReadOnlySpan<double> column)
    {
        var accumulator = default(Accumulator);
        accumulator.AddRange(column);
        return accumulator.Finish(column, default);
    }

    /// <summary>Statistics pooled over several columns, as if they were stacked into one (panel normalisation).</summary>
    /// <param name="columns">The columns, for example one indicator in each year.</param>
    public static ColumnStatistics Pooled(IEnumerable<ReadOnlyMemory<double>> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var list = columns.ToList();
        var accumulator = default(Accumulator);
        foreach (var c in list)
        {
            accumulator.AddRange(c.Span);
        }

        return accumulator.Finish(default, list);
    }

    /// <summary>
    /// Creates statistics from known values, for example published reference statistics.
    /// </summary>
    /// <param name="count">Number of values; at least 1.</param>
    /// <param name="minimum">Minimum.</param>
    /// <param name="maximum">Maximum; at least <paramref name="minimum"/>.</param>
    /// <param name="mean">Mean, within [minimum, maximum].</param>
    /// <param name="standardDeviation">Sample standard deviation, ≥ 0 (NaN allowed when count is 1).</param>
    /// <exception cref="ArgumentException">The values are inconsistent.</exception>
    public static ColumnStatistics FromValues(int count, double minimum, double maximum, double mean, double standardDeviation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!double.IsFinite(minimum) || !double.IsFinite(maximum) || minimum > maximum || !(mean >= minimum && mean <= maximum))
        {
            throw new ArgumentException("Reference statistics need finite minimum ≤ mean ≤ maximum.", nameof(mean));
        }

        if (standardDeviation < 0 || double.IsInfinity(standardDeviation) || (double.IsNaN(standardDeviation) && count > 1))
        {
            throw new ArgumentException("The standard deviation must be a finite value ≥ 0.", nameof(standardDeviation));
        }

        return new ColumnStatistics(count, minimum, maximum, mean, standardDeviation);
    }

    /// <summary>Count, minimum and maximum only (mean and sd NaN): the one-pass summary min-max needs.</summary>
    internal static ColumnStatistics RangeOnly(int count, double minimum, double maximum) =>
        new(count, minimum, maximum, double.NaN, double.NaN);

    /// <summary>The statistics of −x given those of x.</summary>
    internal static ColumnStatistics Negated(ColumnStatistics s) =>
        new(s.Count, -s.Maximum, -s.Minimum, -s.Mean, s.StandardDeviation);

    /// <inheritdoc />
    public bool Equals(ColumnStatistics other) =>
        Count == other.Count && Minimum.Equals(other.Minimum) && Maximum.Equals(other.Maximum)
        && Mean.Equals(other.Mean) && StandardDeviation.Equals(other.StandardDeviation);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ColumnStatistics other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Minimum, Maximum, Mean, StandardDeviation);

    /// <summary>Formats the statistics with invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"n={Count} min={Minimum} max={Maximum} mean={Mean} sd={StandardDeviation}");

    /// <summary>Equality.</summary>
    public static bool operator ==(ColumnStatistics left, ColumnStatistics right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ColumnStatistics left, ColumnStatistics right) => !left.Equals(right);

    private struct Accumulator
    {
        private int count;
        private double min;
        private double max;
        private CompensatedSum sum;

        public void AddRange(ReadOnlySpan<double> values)
        {
            foreach (var v in values)
            {
                if (double.IsNaN(v))
                {
                    continue;
                }

                if (count == 0)
                {
                    min = v;
                    max = v;
                }
                else
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }

                count++;
                sum.Add(v);
            }
        }

        // Two passes: the mean first, then squared deviations from it (no cancellation of Σx²−n·mean²).
        public readonly ColumnStatistics Finish(ReadOnlySpan<double> single, List<ReadOnlyMemory<double>>? several)
        {
            if (count == 0)
            {
                return new ColumnStatistics(0, double.NaN, double.NaN, double.NaN, double.NaN);
            }

            var mean = sum.Value / count;
            mean = Math.Clamp(mean, min, max);
            var squares = default(CompensatedSum);
            if (several is null)
            {
                AddSquares(single, mean, ref squares);
            }
            else
            {
                foreach (var c in several)
                {
                    AddSquares(c.Span, mean, ref squares);
                }
            }

            var sd = count > 1 ? Math.Sqrt(squares.Value / (count - 1)) : double.NaN;
            return new ColumnStatistics(count, min, max, mean, sd);
        }

        private static void AddSquares(ReadOnlySpan<double> values, double mean, ref CompensatedSum squares)
        {
            foreach (var v in values)
            {
                if (!double.IsNaN(v))
                {
                    var d = v - mean;
                    squares.Add(d * d);
                }
            }
        }
    }
}

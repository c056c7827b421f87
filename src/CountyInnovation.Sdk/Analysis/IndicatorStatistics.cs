using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Scoring.Treatment;

namespace CountyInnovation.Sdk.Analysis;

/// <summary>
/// Descriptive statistics of one indicator in one year, as COINr's <c>get_stats</c> gives them: n,
/// missing, min, max, mean, median, sample standard deviation (n − 1), COINr's skewness and
/// kurtosis (sample-adjusted G1 and excess G2), share of zeros, and the outlier flags of the
/// treatment rule: whether the column fails it (|skew| and kurtosis over their thresholds) and
/// which units the treatment would winsorise.
/// </summary>
public sealed class IndicatorStatistics : IEquatable<IndicatorStatistics>
{
    private IndicatorStatistics(string indicator, int year, int count, int missing, double min, double max, double mean, double median, double sd, double skew, double kurt, double zeros, bool fails, ImmutableArray<string> outliers)
    {
        Indicator = indicator;
        Year = year;
        Count = count;
        Missing = missing;
        Minimum = min;
        Maximum = max;
        Mean = mean;
        Median = median;
        StandardDeviation = sd;
        Skewness = skew;
        Kurtosis = kurt;
        ShareOfZeros = zeros;
        FailsOutlierRule = fails;
        OutlierUnits = outliers;
    }

    /// <summary>The indicator code.</summary>
    public string Indicator { get; }

    /// <summary>The data year.</summary>
    public int Year { get; }

    /// <summary>The number of observed values.</summary>
    public int Count { get; }

    /// <summary>The number of missing values.</summary>
    public int Missing { get; }

    /// <summary>The smallest value (NaN when none is observed).</summary>
    public double Minimum { get; }

    /// <summary>The largest value.</summary>
    public double Maximum { get; }

    /// <summary>The mean.</summary>
    public double Mean { get; }

    /// <summary>The median (mean of the two middle values for an even count).</summary>
    public double Median { get; }

    /// <summary>The sample standard deviation (divisor n − 1; NaN below two values).</summary>
    public double StandardDeviation { get; }

    /// <summary>COINr's skewness (sample-adjusted G1; NaN below three values or for a constant column).</summary>
    public double Skewness { get; }

    /// <summary>COINr's kurtosis (sample-adjusted excess G2; NaN below four values).</summary>
    public double Kurtosis { get; }

    /// <summary>The share (0–1) of observed values equal to zero.</summary>
    public double ShareOfZeros { get; }

    /// <summary>Whether the column fails the outlier rule of the treatment (so the treatment would change it).</summary>
    public bool FailsOutlierRule { get; }

    /// <summary>The units whose values the treatment would winsorise (empty when it passes or would take logs).</summary>
    public ImmutableArray<string> OutlierUnits { get; }

    /// <summary>Computes the statistics of one column.</summary>
    /// <param name="indicator">The indicator code.</param>
    /// <param name="year">The data year.</param>
    /// <param name="units">The unit codes, aligned with <paramref name="values"/>.</param>
    /// <param name="values">The values; NaN is missing.</param>
    /// <param name="treatment">The outlier treatment whose rule flags outliers; COINr's default (winsorise ≤ 5 points while |skew| ≥ 2 and kurtosis ≥ 3.5) when omitted.</param>
    /// <exception cref="ArgumentException">The code is empty or the lengths differ.</exception>
    public static IndicatorStatistics Of(string indicator, int year, IReadOnlyList<string> units, ReadOnlySpan<double> values, IOutlierTreatment? treatment = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count != values.Length)
        {
            throw new ArgumentException($"{units.Count} units for {values.Length} values.", nameof(units));
        }

        var observed = new List<double>(values.Length);
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                observed.Add(v);
            }
        }

        var n = observed.Count;
        var sorted = observed.Order().ToArray();
        var mean = n == 0 ? double.NaN : observed.Average();
        var median = n == 0 ? double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        var sd = n < 2 ? double.NaN : Math.Sqrt(observed.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var shape = SkewnessKurtosis.Of(values);
        treatment ??= WinsoriseOrLogTreatment.Default;
        var treated = new double[values.Length];
        var outcome = treatment.Treat(values, treated);
        var fails = outcome.Action is TreatmentAction.Winsorised or TreatmentAction.LogTransformed;
        var outliers = outcome.Action == TreatmentAction.Winsorised ? outcome.Points.Select(p => units[p.UnitIndex]).ToImmutableArray() : [];
        return new IndicatorStatistics(
            indicator,
            year,
            n,
            values.Length - n,
            n == 0 ? double.NaN : sorted[0],
            n == 0 ? double.NaN : sorted[^1],
            mean,
            median,
            sd,
            shape.Skewness,
            shape.Kurtosis,
            n == 0 ? double.NaN : (double)observed.Count(v => v == 0) / n,
            fails,
            outliers);
    }

    /// <inheritdoc />
    public bool Equals(IndicatorStatistics? other) =>
        other is not null && string.Equals(Indicator, other.Indicator, StringComparison.Ordinal) && Year == other.Year && Count == other.Count && Missing == other.Missing
        && Minimum.Equals(other.Minimum) && Maximum.Equals(other.Maximum) && Mean.Equals(other.Mean) && Median.Equals(other.Median)
        && StandardDeviation.Equals(other.StandardDeviation) && Skewness.Equals(other.Skewness) && Kurtosis.Equals(other.Kurtosis)
        && ShareOfZeros.Equals(other.ShareOfZeros) && FailsOutlierRule == other.FailsOutlierRule && OutlierUnits.SequenceEqual(other.OutlierUnits, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorStatistics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Year, Count, Mean);

    /// <summary>Formats as <c>X01 2020: n 167, mean 1.2, sd 0.3, skew 0.1, kurt −0.2</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Indicator} {Year}: n {Count}, missing {Missing}, mean {Mean:G6}, sd {StandardDeviation:G6}, skew {Skewness:G4}, kurt {Kurtosis:G4}{(FailsOutlierRule ? ", outliers" : string.Empty)}");
}

using System.Buffers;
using System.Globalization;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Treatment;

/// <summary>
/// The JRC / COINr default outlier treatment (COINr <c>Treat()</c> defaults): a column passes when
/// |skew| &lt; 2 or kurt &lt; 3.5 (<see cref="SkewnessKurtosis"/>). A failing column is winsorised
/// iteratively: while it fails and fewer than <see cref="MaxWinsorised"/> points are winsorised, if the
/// current skew ≥ 0 every value equal to the maximum is set to the largest remaining value, else every
/// value equal to the minimum to the smallest remaining value. If it still fails, the ORIGINAL column
/// is log-transformed instead: ln(x − min + 0.01·(max − min)).
/// </summary>
/// <remarks>
/// The winsorised-point count follows COINr exactly: after each step it is the number of points that
/// now share the treated extreme (high side plus low side), so tied extremes count together and the
/// loop stops once that number reaches the limit. Missing values are ignored and stay missing.
/// </remarks>
public sealed record WinsoriseOrLogTreatment : IOutlierTreatment
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "winsorise-or-log";

    private WinsoriseOrLogTreatment(int maxWinsorised, double skewThreshold, double kurtosisThreshold)
    {
        MaxWinsorised = maxWinsorised;
        SkewThreshold = skewThreshold;
        KurtosisThreshold = kurtosisThreshold;
    }

    /// <summary>COINr's defaults: at most 5 points, |skew| 2, kurtosis 3.5.</summary>
    public static WinsoriseOrLogTreatment Default { get; } = new(5, 2, 3.5);

    /// <inheritdoc />
    public string Name => MethodName;

    /// <summary>The most points winsorised before falling back to the log transform.</summary>
    public int MaxWinsorised { get; }

    /// <summary>The absolute skewness threshold.</summary>
    public double SkewThreshold { get; }

    /// <summary>The kurtosis threshold.</summary>
    public double KurtosisThreshold { get; }

    /// <summary>Creates the treatment.</summary>
    /// <param name="maxWinsorised">At most this many points winsorised (≥ 0).</param>
    /// <param name="skewThreshold">Absolute skewness threshold (&gt; 0).</param>
    /// <param name="kurtosisThreshold">Kurtosis threshold (finite).</param>
    public static WinsoriseOrLogTreatment Create(int maxWinsorised = 5, double skewThreshold = 2, double kurtosisThreshold = 3.5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxWinsorised);
        if (!(skewThreshold > 0) || double.IsInfinity(skewThreshold) || !double.IsFinite(kurtosisThreshold))
        {
            throw new ArgumentException("The skewness threshold must be finite and > 0 and the kurtosis threshold finite.", nameof(skewThreshold));
        }

        return new WinsoriseOrLogTreatment(maxWinsorised, skewThreshold, kurtosisThreshold);
    }

    /// <summary>Creates the treatment from parameters <c>max-winsorised</c> (5), <c>skew-threshold</c> (2), <c>kurtosis-threshold</c> (3.5).</summary>
    /// <param name="parameters">The parameters.</param>
    public static WinsoriseOrLogTreatment FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName, "max-winsorised", "skew-threshold", "kurtosis-threshold");
        var max = parameters.GetNumber(MethodName, "max-winsorised", 5);
        var skew = parameters.GetNumber(MethodName, "skew-threshold", 2);
        var kurt = parameters.GetNumber(MethodName, "kurtosis-threshold", 3.5);
        if (max < 0 || max != Math.Floor(max) || max > int.MaxValue || !(skew > 0))
        {
            throw new ScoringConfigurationException([ScoringProblem.Of(ScoringProblemKind.InvalidParameter, MethodName,
                "'max-winsorised' must be a whole number ≥ 0 and 'skew-threshold' > 0.")]);
        }

        return Create((int)max, skew, kurt);
    }

    /// <inheritdoc />
    public TreatmentOutcome Treat(ReadOnlySpan<double> column, Span<double> destination)
    {
        if (destination.Length != column.Length)
        {
            throw new ArgumentException($"The destination has {destination.Length} slots for {column.Length} values.", nameof(destination));
        }

        // The copies live in pooled buffers: one treatment per indicator, each a large-object-heap
        // array at 100,000 units. The copy of the column keeps it safe when destination overlaps it.
        var n = column.Length;
        var pool = ArrayPool<double>.Shared;
        var originalArray = pool.Rent(Math.Max(n, 1));
        var workArray = pool.Rent(Math.Max(n, 1));
        try
        {
            return Treat(column, destination, originalArray.AsSpan(0, n), workArray.AsSpan(0, n));
        }
        finally
        {
            pool.Return(originalArray);
            pool.Return(workArray);
        }
    }

    private TreatmentOutcome Treat(ReadOnlySpan<double> column, Span<double> destination, Span<double> original, Span<double> x)
    {
        column.CopyTo(original);
        original.CopyTo(destination);
        var before = SkewnessKurtosis.Of(original);
        if (!before.IsDefined)
        {
            return Outcome(TreatmentAction.NotAssessable, before, before, false, 0, original, destination);
        }

        if (before.Passes(SkewThreshold, KurtosisThreshold))
        {
            return Outcome(TreatmentAction.None, before, before, true, 0, original, destination);
        }

        original.CopyTo(x);
        var current = before;
        int highCount = 0, lowCount = 0;
        var winsorised = 0;
        while (!Passes(current) && winsorised < MaxWinsorised)
        {
            if (current.Skewness >= 0)
            {
                highCount = ReplaceExtreme(x, high: true);
            }
            else
            {
                lowCount = ReplaceExtreme(x, high: false);
            }

            winsorised = highCount + lowCount;
            current = SkewnessKurtosis.Of(x);
        }

        if (Passes(current))
        {
            x.CopyTo(destination);
            return Outcome(TreatmentAction.Winsorised, before, current, true, winsorised, original, destination);
        }

        var stats = Normalisation.ColumnStatistics.Of(original);
        var shift = stats.Minimum - (0.01 * (stats.Maximum - stats.Minimum));
        for (var i = 0; i < original.Length; i++)
        {
            destination[i] = Math.Log(original[i] - shift);
        }

        var after = SkewnessKurtosis.Of(destination);
        return Outcome(TreatmentAction.LogTransformed, before, after, after.IsDefined && Passes(after), 0, original, destination);
    }

    /// <summary>Formats as <c>winsorise-or-log (≤5 points, |skew| &lt; 2 or kurt &lt; 3.5)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MethodName} (≤{MaxWinsorised} points, |skew| < {SkewThreshold} or kurt < {KurtosisThreshold})");

    // Undefined statistics (the column became constant) count as passing: nothing is left to treat.
    private bool Passes(SkewnessKurtosis s) => !s.IsDefined || s.Passes(SkewThreshold, KurtosisThreshold);

    private static int ReplaceExtreme(Span<double> x, bool high)
    {
        var extreme = high ? double.NegativeInfinity : double.PositiveInfinity;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                extreme = high ? Math.Max(extreme, v) : Math.Min(extreme, v);
            }
        }

        var next = high ? double.NegativeInfinity : double.PositiveInfinity;
        var count = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v))
            {
                continue;
            }

            if (v == extreme)
            {
                count++;
            }
            else
            {
                next = high ? Math.Max(next, v) : Math.Min(next, v);
            }
        }

        if (double.IsInfinity(next))
        {
            return count;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == extreme)
            {
                x[i] = next;
            }
        }

        return count;
    }

    private TreatmentOutcome Outcome(
        TreatmentAction action,
        SkewnessKurtosis before,
        SkewnessKurtosis after,
        bool passes,
        int winsorised,
        ReadOnlySpan<double> original,
        ReadOnlySpan<double> treated)
    {
        var points = new List<TreatedPoint>();
        for (var i = 0; i < original.Length; i++)
        {
            if (!double.IsNaN(original[i]) && !original[i].Equals(treated[i]))
            {
                points.Add(TreatedPoint.Of(i, original[i], treated[i]));
            }
        }

        return TreatmentOutcome.Create(MethodName, action, before.Skewness, before.Kurtosis, after.Skewness, after.Kurtosis, passes, winsorised, points);
    }
}

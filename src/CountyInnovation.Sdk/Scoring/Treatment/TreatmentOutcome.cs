using System.Collections.Immutable;
using System.Globalization;

namespace CountyInnovation.Sdk.Scoring.Treatment;

/// <summary>
/// The record of an outlier treatment on one column: the action, skewness and kurtosis before and
/// after, whether the column passes after treatment, and every changed point.
/// </summary>
public sealed record TreatmentOutcome
{
    private TreatmentOutcome(
        string method,
        TreatmentAction action,
        double skewBefore,
        double kurtosisBefore,
        double skewAfter,
        double kurtosisAfter,
        bool passes,
        int winsorisedCount,
        ImmutableArray<TreatedPoint> points)
    {
        Method = method;
        Action = action;
        SkewnessBefore = skewBefore;
        KurtosisBefore = kurtosisBefore;
        SkewnessAfter = skewAfter;
        KurtosisAfter = kurtosisAfter;
        PassesAfter = passes;
        WinsorisedCount = winsorisedCount;
        Points = points;
    }

    /// <summary>The treatment's registry name.</summary>
    public string Method { get; }

    /// <summary>What was done to the column.</summary>
    public TreatmentAction Action { get; }

    /// <summary>Sample skewness of the raw column (NaN when it cannot be computed).</summary>
    public double SkewnessBefore { get; }

    /// <summary>Sample excess kurtosis of the raw column (NaN when it cannot be computed).</summary>
    public double KurtosisBefore { get; }

    /// <summary>Sample skewness of the treated column.</summary>
    public double SkewnessAfter { get; }

    /// <summary>Sample excess kurtosis of the treated column.</summary>
    public double KurtosisAfter { get; }

    /// <summary>Whether the treated column passes the method's check.</summary>
    public bool PassesAfter { get; }

    /// <summary>How many points were winsorised (0 when the column passed or was log-transformed).</summary>
    public int WinsorisedCount { get; }

    /// <summary>Every changed value, in unit order.</summary>
    public ImmutableArray<TreatedPoint> Points { get; }

    /// <summary>Creates an outcome.</summary>
    /// <param name="method">The treatment's name.</param>
    /// <param name="action">What was done.</param>
    /// <param name="skewBefore">Skewness before.</param>
    /// <param name="kurtosisBefore">Kurtosis before.</param>
    /// <param name="skewAfter">Skewness after.</param>
    /// <param name="kurtosisAfter">Kurtosis after.</param>
    /// <param name="passes">Whether the treated column passes.</param>
    /// <param name="winsorisedCount">Number of winsorised points.</param>
    /// <param name="points">The changed values.</param>
    public static TreatmentOutcome Create(
        string method,
        TreatmentAction action,
        double skewBefore,
        double kurtosisBefore,
        double skewAfter,
        double kurtosisAfter,
        bool passes,
        int winsorisedCount,
        IEnumerable<TreatedPoint> points)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfNegative(winsorisedCount);
        return new TreatmentOutcome(method, action, skewBefore, kurtosisBefore, skewAfter, kurtosisAfter, passes, winsorisedCount,
            [.. points.OrderBy(p => p.UnitIndex)]);
    }

    /// <inheritdoc />
    public bool Equals(TreatmentOutcome? other) =>
        other is not null
        && string.Equals(Method, other.Method, StringComparison.Ordinal)
        && Action == other.Action
        && SkewnessBefore.Equals(other.SkewnessBefore)
        && KurtosisBefore.Equals(other.KurtosisBefore)
        && SkewnessAfter.Equals(other.SkewnessAfter)
        && KurtosisAfter.Equals(other.KurtosisAfter)
        && PassesAfter == other.PassesAfter
        && WinsorisedCount == other.WinsorisedCount
        && Points.SequenceEqual(other.Points);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Action, SkewnessBefore, KurtosisBefore, WinsorisedCount, Points.Length);

    /// <summary>Summarises the outcome, for example <c>winsorise-or-log: Winsorised 1 point(s), skew 2.23 → …</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Method}: {Action} {Points.Length} point(s), skew {SkewnessBefore:G6} → {SkewnessAfter:G6}, kurtosis {KurtosisBefore:G6} → {KurtosisAfter:G6}, passes {PassesAfter}");
}

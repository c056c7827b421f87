using System.Globalization;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Z-score normalisation (Z-score 标准化): y = (x − mean)/sd·s + m, sd with divisor n − 1, after
/// multiplying a less-is-better column by −1. With reference statistics (pooled panel z-score) mean
/// and sd are those of all years stacked. A zero standard deviation (or a single value) follows
/// <see cref="ZeroRange"/>, where every policy but Error gives m.
/// </summary>
public sealed record ZScoreNormalisation : INormalisation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "z-score";

    private ZScoreNormalisation(double mean, double standardDeviation, ZeroRangePolicy zeroRange)
    {
        TargetMean = mean;
        TargetStandardDeviation = standardDeviation;
        ZeroRange = zeroRange;
        Traits = NormalisationTraits.Create(double.NegativeInfinity, double.PositiveInfinity, OutputSign.MayBeZeroOrNegative, affineInvariant: true);
    }

    /// <summary>The standard z-score (m = 0, s = 1).</summary>
    public static ZScoreNormalisation Standard { get; } = new(0, 1, ZeroRangePolicy.Midpoint);

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public NormalisationTraits Traits { get; }

    /// <summary>The mean of the output, m.</summary>
    public double TargetMean { get; }

    /// <summary>The standard deviation of the output, s.</summary>
    public double TargetStandardDeviation { get; }

    /// <summary>What a constant column gives.</summary>
    public ZeroRangePolicy ZeroRange { get; }

    /// <summary>Creates a z-score with output mean <paramref name="mean"/> and sd <paramref name="standardDeviation"/>.</summary>
    /// <param name="mean">m, finite.</param>
    /// <param name="standardDeviation">s, finite and &gt; 0.</param>
    /// <param name="zeroRange">What a constant column gives.</param>
    /// <exception cref="ArgumentException">m not finite or s ≤ 0.</exception>
    public static ZScoreNormalisation Create(double mean, double standardDeviation, ZeroRangePolicy zeroRange = ZeroRangePolicy.Midpoint)
    {
        if (!double.IsFinite(mean) || !double.IsFinite(standardDeviation) || standardDeviation <= 0)
        {
            throw new ArgumentException("z-score needs a finite mean and a finite standard deviation > 0.", nameof(standardDeviation));
        }

        if (!Enum.IsDefined(zeroRange))
        {
            throw new ArgumentOutOfRangeException(nameof(zeroRange), zeroRange, "Unknown zero-range policy.");
        }

        return new ZScoreNormalisation(mean, standardDeviation, zeroRange);
    }

    /// <summary>Creates the method from parameters <c>mean</c> (default 0), <c>sd</c> (default 1), <c>zero-range</c>.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <exception cref="ScoringConfigurationException">Unknown or invalid parameters.</exception>
    public static ZScoreNormalisation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName, "mean", "sd", "zero-range");
        var m = parameters.GetNumber(MethodName, "mean", 0);
        var s = parameters.GetNumber(MethodName, "sd", 1);
        if (s <= 0)
        {
            throw new ScoringConfigurationException([ScoringProblem.Of(ScoringProblemKind.InvalidParameter, MethodName, "'sd' must be greater than 0.")]);
        }

        return Create(m, s, ZeroRangeParameter.Read(MethodName, parameters));
    }

    /// <inheritdoc />
    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        ColumnKernel.CheckLengths(column, destination);
        var stats = ColumnKernel.OrientedStatistics(column, context);
        if (stats.Count == 0)
        {
            ColumnKernel.Fill(column, destination, double.NaN);
            return;
        }

        var sd = stats.StandardDeviation;
        if (!(sd > 0))
        {
            ColumnKernel.Fill(column, destination, ZeroRangeParameter.Constant(MethodName, ZeroRange, TargetMean, TargetMean, TargetMean, TargetMean));
            return;
        }

        var sign = ColumnKernel.Sign(context);
        var mean = stats.Mean;
        for (var i = 0; i < column.Length; i++)
        {
            destination[i] = (((sign * column[i]) - mean) / sd * TargetStandardDeviation) + TargetMean;
        }
    }

    /// <summary>Formats as <c>z-score (m 0, s 1)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MethodName} (m {TargetMean}, s {TargetStandardDeviation})");
}

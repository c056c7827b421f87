using System.Globalization;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Min-max normalisation (极差标准化) onto [l, u]: y = (x − min)/(max − min)·(u − l) + l, after
/// multiplying a less-is-better column by −1. With reference statistics (pooled panel min-max) min and
/// max are those of all years stacked. A zero range follows <see cref="ZeroRange"/>.
/// </summary>
public sealed record MinMaxNormalisation : INormalisation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "min-max";

    private MinMaxNormalisation(double lower, double upper, ZeroRangePolicy zeroRange)
    {
        Lower = lower;
        Upper = upper;
        ZeroRange = zeroRange;
        Traits = NormalisationTraits.Create(
            lower,
            upper,
            lower > 0 ? OutputSign.AlwaysPositive : OutputSign.MayBeZeroOrNegative,
            affineInvariant: true);
    }

    /// <summary>Min-max onto [0, 1].</summary>
    public static MinMaxNormalisation Unit { get; } = new(0, 1, ZeroRangePolicy.Midpoint);

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public NormalisationTraits Traits { get; }

    /// <summary>The score of the worst unit, l.</summary>
    public double Lower { get; }

    /// <summary>The score of the best unit, u.</summary>
    public double Upper { get; }

    /// <summary>What a zero-range column gives.</summary>
    public ZeroRangePolicy ZeroRange { get; }

    /// <summary>Creates min-max onto [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    /// <param name="lower">l, finite.</param>
    /// <param name="upper">u, finite and greater than l.</param>
    /// <param name="zeroRange">What a constant column gives.</param>
    /// <exception cref="ArgumentException">l ≥ u or a bound is not finite.</exception>
    public static MinMaxNormalisation Create(double lower, double upper, ZeroRangePolicy zeroRange = ZeroRangePolicy.Midpoint)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || lower >= upper)
        {
            throw new ArgumentException($"min-max needs finite bounds with lower < upper; got [{lower.ToString(CultureInfo.InvariantCulture)}, {upper.ToString(CultureInfo.InvariantCulture)}].", nameof(upper));
        }

        if (!Enum.IsDefined(zeroRange))
        {
            throw new ArgumentOutOfRangeException(nameof(zeroRange), zeroRange, "Unknown zero-range policy.");
        }

        return new MinMaxNormalisation(lower, upper, zeroRange);
    }

    /// <summary>Creates the method from method-file parameters <c>lower</c> (default 0), <c>upper</c> (default 1), <c>zero-range</c>.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <exception cref="ScoringConfigurationException">Unknown or invalid parameters.</exception>
    public static MinMaxNormalisation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName, "lower", "upper", "zero-range");
        var lower = parameters.GetNumber(MethodName, "lower", 0);
        var upper = parameters.GetNumber(MethodName, "upper", 1);
        var zero = ZeroRangeParameter.Read(MethodName, parameters);
        if (lower >= upper)
        {
            throw new ScoringConfigurationException([ScoringProblem.Of(ScoringProblemKind.InvalidParameter, MethodName,
                string.Create(CultureInfo.InvariantCulture, $"'lower' ({lower}) must be below 'upper' ({upper})."))]);
        }

        return Create(lower, upper, zero);
    }

    /// <inheritdoc />
    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        ColumnKernel.CheckLengths(column, destination);
        var stats = ColumnKernel.OrientedRange(column, context);
        if (stats.Count == 0)
        {
            ColumnKernel.Fill(column, destination, double.NaN);
            return;
        }

        var range = stats.Maximum - stats.Minimum;
        if (!(range > 0))
        {
            ColumnKernel.Fill(column, destination, ZeroRangeParameter.Constant(MethodName, ZeroRange, Lower, Upper, Lower, Upper));
            return;
        }

        var sign = ColumnKernel.Sign(context);
        var min = stats.Minimum;
        var width = Upper - Lower;

        // Same order of operations as COINr's n_minx, so conformance results agree to the last bit where they can.
        for (var i = 0; i < column.Length; i++)
        {
            destination[i] = (((sign * column[i]) - min) / range * width) + Lower;
        }
    }

    /// <summary>Formats as <c>min-max [0, 100]</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MethodName} [{Lower}, {Upper}]");
}

using System.Diagnostics.Contracts;
using System.Globalization;

namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>
/// Options of one aggregation step: the data-availability threshold. A unit whose share of
/// non-missing components is below <see cref="MinimumAvailableShare"/> scores NaN (missing). The
/// default requires only one available component.
/// </summary>
public readonly record struct AggregationOptions
{
    private AggregationOptions(double share) => MinimumAvailableShare = share;

    /// <summary>No threshold beyond "at least one component".</summary>
    public static AggregationOptions Default => default;

    /// <summary>The minimum share (0–1) of available components for a unit to get a score.</summary>
    public double MinimumAvailableShare { get; }

    /// <summary>Options with a data-availability threshold (COINr's <c>dat_thresh</c>).</summary>
    /// <param name="share">A share in [0, 1]; for example 2/3 requires two thirds of the components.</param>
    /// <exception cref="ArgumentOutOfRangeException">The share is outside [0, 1].</exception>
    [Pure]
    public static AggregationOptions WithAvailabilityThreshold(double share)
    {
        if (!(share >= 0 && share <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "The availability threshold is a share between 0 and 1.");
        }

        return new AggregationOptions(share);
    }

    /// <summary>Whether a unit with <paramref name="available"/> of <paramref name="total"/> components gets a score.</summary>
    /// <param name="available">Non-missing components of the unit.</param>
    /// <param name="total">All components.</param>
    /// <remarks>The share is compared as available/total ≥ threshold (as COINr does), so that 7 of 10 meets 0.7 exactly.</remarks>
    public bool Admits(int available, int total) => available > 0 && (double)available / total >= MinimumAvailableShare;

    /// <summary>Formats the threshold.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"availability ≥ {MinimumAvailableShare:G6}");
}

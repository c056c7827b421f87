using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Compound annual growth (年均增长率) and the year fractions it needs. Pure functions.
/// </summary>
public static class CompoundGrowth
{
    /// <summary>The value that replaces a base of exactly zero (Eurostat's convention), so that growth from zero is defined.</summary>
    public const double ZeroBaseSubstitute = 0.001;

    /// <summary>
    /// CAGR(v1, v0, Δt) = (v1 / v0)^(1/Δt) − 1. A base of zero is replaced by
    /// <see cref="ZeroBaseSubstitute"/>; equal values (also 0 → 0) are no growth.
    /// </summary>
    /// <param name="latest">The later value v1 (≥ 0).</param>
    /// <param name="baseValue">The earlier value v0 (≥ 0).</param>
    /// <param name="years">The time between them in years (&gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite, or <paramref name="years"/> is not positive.</exception>
    public static double Rate(double latest, double baseValue, double years)
    {
        RequireNonNegative(latest, nameof(latest));
        RequireNonNegative(baseValue, nameof(baseValue));
        if (!(years > 0) || double.IsInfinity(years))
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "Growth needs a positive, finite span of years.");
        }

        if (latest == baseValue)
        {
            // Without this, 0 → 0 would read as a fall from the substitute 0.001 to 0: −100 %/yr.
            return 0;
        }

        var v0 = baseValue == 0 ? ZeroBaseSubstitute : baseValue;
        return Math.Pow(latest / v0, 1.0 / years) - 1.0;
    }

    /// <summary>
    /// The time from <paramref name="from"/> to <paramref name="to"/> in years: whole calendar years
    /// plus the remaining days over the length of the next year (so 2019-12-31 → 2021-12-31 is
    /// exactly 2). Negative when <paramref name="to"/> is earlier.
    /// </summary>
    /// <param name="from">The start date.</param>
    /// <param name="to">The end date.</param>
    public static double YearsBetween(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            return -YearsBetween(to, from);
        }

        var whole = Period.Between(from, to, PeriodUnits.Years).Years;
        var anchor = from.PlusYears(whole);
        var next = from.PlusYears(whole + 1);
        var rest = Period.Between(anchor, to, PeriodUnits.Days).Days;
        var length = Period.Between(anchor, next, PeriodUnits.Days).Days;
        return whole + ((double)rest / length);
    }

    private static void RequireNonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Growth rates need finite, non-negative values.");
        }
    }
}

using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Where "as of" comes from when the caller gives no date: today in a time zone, read from an
/// injected <see cref="IClock"/> (never the system clock). The default zone is China Standard Time,
/// <c>Asia/Shanghai</c>, where the policy's deadlines fall.
/// </summary>
public static class AssessmentDate
{
    /// <summary>The id of the default time zone: <c>Asia/Shanghai</c>.</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    /// <summary>The default time zone (from the TZDB bundled with NodaTime).</summary>
    public static DateTimeZone DefaultTimeZone => DateTimeZoneProviders.Tzdb[DefaultTimeZoneId];

    /// <summary>Today's date in <paramref name="zone"/> (default <c>Asia/Shanghai</c>) by <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone, or <see langword="null"/> for the default.</param>
    public static LocalDate Today(IClock clock, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(zone ?? DefaultTimeZone).Date;
    }
}

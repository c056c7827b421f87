using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// When an observation applies: a calendar year (a yearly statistic, dated 31 December) or a day.
/// Parses and formats <c>2021</c> and <c>2021-06-30</c>.
/// </summary>
public readonly struct ObservationPeriod : IEquatable<ObservationPeriod>, IComparable<ObservationPeriod>
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    private ObservationPeriod(LocalDate date, bool isYear)
    {
        EndDate = date;
        IsYear = isYear;
    }

    /// <summary>The day the observation refers to: the date itself, or 31 December of the year.</summary>
    public LocalDate EndDate { get; }

    /// <summary>Whether the period is a whole calendar year.</summary>
    public bool IsYear { get; }

    /// <summary>The calendar year of the period.</summary>
    public int Year => EndDate.Year;

    /// <summary>A whole year.</summary>
    /// <param name="year">The year, 1900–2200.</param>
    public static ObservationPeriod OfYear(int year)
    {
        if (year is < 1900 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Years must be between 1900 and 2200.");
        }

        return new ObservationPeriod(new LocalDate(year, 12, 31), true);
    }

    /// <summary>One day.</summary>
    /// <param name="date">The date.</param>
    public static ObservationPeriod OfDate(LocalDate date) => new(date, false);

    /// <summary>Parses <c>yyyy</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">Neither form.</exception>
    public static ObservationPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is neither a year (2021) nor a date (2021-06-30).");

    /// <summary>Tries to parse <c>yyyy</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when parsed.</param>
    public static bool TryParse(string? text, out ObservationPeriod period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
        {
            period = OfYear(year);
            return true;
        }

        var parsed = DatePattern.Parse(trimmed);
        if (parsed.Success && parsed.Value.Year is >= 1900 and <= 2200)
        {
            period = OfDate(parsed.Value);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(ObservationPeriod other) => EndDate == other.EndDate && IsYear == other.IsYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ObservationPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EndDate, IsYear);

    /// <summary>Orders by end date; a day sorts before the year ending on the same day.</summary>
    /// <param name="other">The other period.</param>
    public int CompareTo(ObservationPeriod other)
    {
        var byDate = EndDate.CompareTo(other.EndDate);
        return byDate != 0 ? byDate : IsYear.CompareTo(other.IsYear);
    }

    /// <summary>Formats as <c>2021</c> or <c>2021-06-30</c> (round-trips with <see cref="Parse"/>).</summary>
    public override string ToString() =>
        IsYear ? Year.ToString(CultureInfo.InvariantCulture) : DatePattern.Format(EndDate);

    /// <summary>Equality.</summary>
    public static bool operator ==(ObservationPeriod left, ObservationPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ObservationPeriod left, ObservationPeriod right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    public static bool operator <(ObservationPeriod left, ObservationPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(ObservationPeriod left, ObservationPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Not later than.</summary>
    public static bool operator <=(ObservationPeriod left, ObservationPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Not earlier than.</summary>
    public static bool operator >=(ObservationPeriod left, ObservationPeriod right) => left.CompareTo(right) >= 0;
}

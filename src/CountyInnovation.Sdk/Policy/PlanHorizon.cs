using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// The period a plan covers, both ends inclusive, e.g. 2019-01-01..2025-12-31 for the County S&amp;T
/// Innovation Leap Plan (2019-2025年).
/// </summary>
/// <remarks>
/// <see cref="ToString()"/> gives <c>2019-01-01..2025-12-31</c>, which <see cref="Parse(string)"/> reads
/// back. <c>default(PlanHorizon)</c> is the single day 0001-01-01.
/// </remarks>
public readonly struct PlanHorizon : IEquatable<PlanHorizon>
{
    private PlanHorizon(LocalDate start, LocalDate end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The first day covered.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day covered.</summary>
    public LocalDate End { get; }

    /// <summary>The calendar years the horizon touches, in order (2019..2025).</summary>
    public IEnumerable<int> CalendarYears => Enumerable.Range(Start.Year, End.Year - Start.Year + 1);

    /// <summary>Creates a horizon.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; not before <paramref name="start"/>, same calendar.</param>
    /// <returns>The horizon.</returns>
    /// <exception cref="ArgumentException">The end is before the start, or the calendars differ.</exception>
    public static PlanHorizon From(LocalDate start, LocalDate end)
    {
        if (start.Calendar != end.Calendar)
        {
            throw new ArgumentException("The start and end of a plan horizon must use the same calendar.", nameof(end));
        }

        if (end < start)
        {
            throw new ArgumentException($"A plan horizon cannot end ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).", nameof(end));
        }

        return new PlanHorizon(start, end);
    }

    /// <summary>The horizon from 1 January of <paramref name="firstYear"/> to 31 December of <paramref name="lastYear"/>.</summary>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year, not before <paramref name="firstYear"/>.</param>
    /// <returns>The horizon.</returns>
    public static PlanHorizon FromYears(int firstYear, int lastYear) => From(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));

    /// <summary>Whether <paramref name="date"/> falls within the horizon.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>The same period as a NodaTime <see cref="DateInterval"/>.</summary>
    /// <returns>The interval.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Parses <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The horizon.</returns>
    /// <exception cref="FormatException">The text is not two ISO dates separated by <c>..</c>, or the end is before the start.</exception>
    public static PlanHorizon Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var result))
        {
            throw new FormatException($"'{text}' is not a plan horizon: expected two ISO dates separated by '..', e.g. 2019-01-01..2025-12-31.");
        }

        return result;
    }

    /// <summary>Tries to parse <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The horizon when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text is a plan horizon.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PlanHorizon result)
    {
        result = default;
        var parts = text?.Split("..");
        if (parts is not { Length: 2 })
        {
            return false;
        }

        var start = LocalDatePattern.Iso.Parse(parts[0].Trim());
        var end = LocalDatePattern.Iso.Parse(parts[1].Trim());
        if (!start.Success || !end.Success || end.Value < start.Value)
        {
            return false;
        }

        result = new PlanHorizon(start.Value, end.Value);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(PlanHorizon other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PlanHorizon other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>E.g. <c>2019-01-01..2025-12-31</c>.</summary>
    public override string ToString() =>
        LocalDatePattern.Iso.Format(Start) + ".." + LocalDatePattern.Iso.Format(End);

    /// <summary>Equality.</summary>
    public static bool operator ==(PlanHorizon left, PlanHorizon right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PlanHorizon left, PlanHorizon right) => !left.Equals(right);
}

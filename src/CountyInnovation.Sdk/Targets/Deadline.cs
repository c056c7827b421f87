using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// The date by which a target is to be met, and whether the text states that date or we read it
/// from a phrase such as "到2025年" (by 2025) or "2020年底前" (before the end of 2020).
/// </summary>
/// <remarks>
/// Both phrases are read as "by the end of that year": 到2025年 → 2025-12-31, 2020年底前 → 2020-12-31.
/// That reading is an inference (domain facts: <b>[inferred]</b>), flagged by <see cref="IsInferred"/>
/// and kept with its <see cref="PhraseZh"/>. <see cref="ToString()"/> gives the ISO date;
/// <see cref="Parse(string)"/> reads an ISO date back as a stated deadline.
/// Ordered by date.
/// </remarks>
public readonly partial struct Deadline : IEquatable<Deadline>, IComparable<Deadline>
{
    private Deadline(LocalDate date, bool isInferred, string? phraseZh)
    {
        Date = date;
        IsInferred = isInferred;
        PhraseZh = phraseZh;
    }

    /// <summary>The last day on which the target counts as met in time.</summary>
    public LocalDate Date { get; }

    /// <summary>Whether <see cref="Date"/> is our reading of a phrase rather than a date the text states.</summary>
    public bool IsInferred { get; }

    /// <summary>The phrase of the text the deadline was read from (e.g. <c>到2025年</c>), or <see langword="null"/>.</summary>
    public string? PhraseZh { get; }

    /// <summary>A deadline stated as an exact date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The deadline, not inferred.</returns>
    public static Deadline On(LocalDate date) => new(date, isInferred: false, phraseZh: null);

    /// <summary>
    /// A deadline the text does not state at all, chosen as a documented default (e.g. the end of the
    /// plan for a target that names no date), flagged as inferred.
    /// </summary>
    /// <param name="date">The assumed date.</param>
    /// <returns>The deadline, inferred, with no phrase.</returns>
    public static Deadline Assumed(LocalDate date) => new(date, isInferred: true, phraseZh: null);

    /// <summary>
    /// Reads a deadline phrase of the text: <c>到YYYY年</c> or <c>YYYY年底前</c> (also <c>YYYY年底</c>,
    /// <c>YYYY年前</c>), each meaning 31 December of that year, flagged as inferred.
    /// </summary>
    /// <param name="phraseZh">The phrase.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="FormatException">The phrase is not one of those forms.</exception>
    public static Deadline FromPhrase(string phraseZh)
    {
        ArgumentNullException.ThrowIfNull(phraseZh);
        var match = PhrasePattern().Match(phraseZh.Trim());
        if (!match.Success)
        {
            throw new FormatException($"'{phraseZh}' is not a deadline phrase: expected 到YYYY年 or YYYY年底前, e.g. 到2025年.");
        }

        var year = int.Parse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return new Deadline(new LocalDate(year, 12, 31), isInferred: true, phraseZh.Trim());
    }

    /// <summary>Parses an ISO date (<c>2025-12-31</c>) as a stated deadline.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="FormatException">The text is not an ISO date.</exception>
    public static Deadline Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var result))
        {
            throw new FormatException($"'{text}' is not a deadline: expected an ISO date such as 2025-12-31.");
        }

        return result;
    }

    /// <summary>Tries to parse an ISO date as a stated deadline.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The deadline when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text is an ISO date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Deadline result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success)
        {
            return false;
        }

        result = On(parsed.Value);
        return true;
    }

    /// <summary>Whether the deadline has passed on <paramref name="asOf"/> (the day after <see cref="Date"/> or later).</summary>
    /// <param name="asOf">The day to judge on.</param>
    /// <returns><see langword="true"/> when <paramref name="asOf"/> is after <see cref="Date"/>.</returns>
    public bool HasPassed(LocalDate asOf) => asOf > Date;

    /// <inheritdoc />
    public bool Equals(Deadline other) =>
        Date == other.Date && IsInferred == other.IsInferred && string.Equals(PhraseZh, other.PhraseZh, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Deadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, IsInferred, PhraseZh);

    /// <summary>Orders by date; among equal dates, stated before inferred, then by phrase.</summary>
    /// <param name="other">The other deadline.</param>
    /// <returns>The comparison.</returns>
    public int CompareTo(Deadline other)
    {
        var byDate = Date.CompareTo(other.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var byInference = IsInferred.CompareTo(other.IsInferred);
        return byInference != 0 ? byInference : string.CompareOrdinal(PhraseZh, other.PhraseZh);
    }

    /// <summary>The ISO date, e.g. <c>2025-12-31</c>.</summary>
    public override string ToString() => LocalDatePattern.Iso.Format(Date);

    /// <summary>Equality.</summary>
    public static bool operator ==(Deadline left, Deadline right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Deadline left, Deadline right) => !left.Equals(right);

    /// <summary>Ordering (see <see cref="CompareTo(Deadline)"/>).</summary>
    public static bool operator <(Deadline left, Deadline right) => left.CompareTo(right) < 0;

    /// <summary>Ordering (see <see cref="CompareTo(Deadline)"/>).</summary>
    public static bool operator >(Deadline left, Deadline right) => left.CompareTo(right) > 0;

    /// <summary>Ordering (see <see cref="CompareTo(Deadline)"/>).</summary>
    public static bool operator <=(Deadline left, Deadline right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering (see <see cref="CompareTo(Deadline)"/>).</summary>
    public static bool operator >=(Deadline left, Deadline right) => left.CompareTo(right) >= 0;

    [GeneratedRegex(@"^(?:到(?<year>[0-9]{4})年(?:底)?(?:前)?|(?<year>[0-9]{4})年底?前?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PhrasePattern();
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// The number of one of the 8 sections (部分) of the 2020 document, 1..8, written 一..八 in the text.
/// </summary>
/// <remarks>
/// Stored as an offset from 1, so <c>default(SectionNumber)</c> is section 1 and no invalid instance
/// can exist. <see cref="ToString()"/> gives the decimal number (<c>"3"</c>);
/// <see cref="ChineseNumeral"/> gives <c>"三"</c>; <see cref="Parse(string)"/> reads either.
/// </remarks>
public readonly struct SectionNumber : IEquatable<SectionNumber>, IComparable<SectionNumber>, IComparable
{
    /// <summary>The smallest section number, 1.</summary>
    public const int MinValue = 1;

    /// <summary>The largest section number, 8.</summary>
    public const int MaxValue = 8;

    private const string Numerals = "一二三四五六七八";

    private readonly int offset;

    private SectionNumber(int value) => offset = value - MinValue;

    /// <summary>The number, 1..8.</summary>
    public int Value => offset + MinValue;

    /// <summary>The Chinese numeral the text uses for this section: 一, 二, … 八.</summary>
    public string ChineseNumeral => Numerals[offset].ToString();

    /// <summary>Every section number in order, 1..8.</summary>
    public static IReadOnlyList<SectionNumber> All { get; } =
        Enumerable.Range(MinValue, MaxValue - MinValue + 1).Select(n => new SectionNumber(n)).ToArray().AsReadOnly();

    /// <summary>Creates a section number.</summary>
    /// <param name="value">1..8.</param>
    /// <returns>The section number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not 1..8.</exception>
    public static SectionNumber From(int value) => new(Guard.Against.SectionNumberOutOfRange(value));

    /// <summary>Parses <c>"1"</c>..<c>"8"</c> or the Chinese numerals <c>"一"</c>..<c>"八"</c> (surrounding spaces allowed).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The section number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a section number.</exception>
    public static SectionNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var result))
        {
            throw new FormatException($"'{text}' is not a section number: expected 1 to 8 or 一 to 八.");
        }

        return result;
    }

    /// <summary>Tries to parse <c>"1"</c>..<c>"8"</c> or <c>"一"</c>..<c>"八"</c>.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The section number when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text is a section number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SectionNumber result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 1 && Numerals.IndexOf(trimmed[0], StringComparison.Ordinal) is var index and >= 0)
        {
            result = new SectionNumber(index + MinValue);
            return true;
        }

        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= MinValue and <= MaxValue)
        {
            result = new SectionNumber(n);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(SectionNumber other) => offset == other.offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SectionNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <inheritdoc />
    public int CompareTo(SectionNumber other) => offset.CompareTo(other.offset);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SectionNumber other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(SectionNumber)}.", nameof(obj)),
    };

    /// <summary>The decimal number, e.g. <c>"3"</c>.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    public static bool operator ==(SectionNumber left, SectionNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SectionNumber left, SectionNumber right) => !left.Equals(right);

    /// <summary>Ordering by number.</summary>
    public static bool operator <(SectionNumber left, SectionNumber right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by number.</summary>
    public static bool operator >(SectionNumber left, SectionNumber right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by number.</summary>
    public static bool operator <=(SectionNumber left, SectionNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by number.</summary>
    public static bool operator >=(SectionNumber left, SectionNumber right) => left.CompareTo(right) >= 0;
}

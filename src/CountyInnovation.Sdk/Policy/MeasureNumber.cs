using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// The number of one of the 28 measures (措施) of the 2020 document, 1..28.
/// </summary>
/// <remarks>
/// Created with <see cref="From(int)"/> or <see cref="Parse(string)"/>; both validate. The value is
/// stored as an offset from 1, so <c>default(MeasureNumber)</c> is measure 1 and no invalid instance
/// can exist. Ordered by number; <see cref="ToString()"/> gives the plain decimal number
/// (<c>"7"</c>), which <see cref="Parse(string)"/> reads back.
/// </remarks>
public readonly struct MeasureNumber : IEquatable<MeasureNumber>, IComparable<MeasureNumber>, IComparable
{
    /// <summary>The smallest measure number, 1.</summary>
    public const int MinValue = 1;

    /// <summary>The largest measure number, 28.</summary>
    public const int MaxValue = 28;

    private readonly int offset;

    private MeasureNumber(int value) => offset = value - MinValue;

    /// <summary>The number, 1..28.</summary>
    public int Value => offset + MinValue;

    /// <summary>Every measure number in order, 1..28.</summary>
    public static IReadOnlyList<MeasureNumber> All { get; } =
        Enumerable.Range(MinValue, MaxValue - MinValue + 1).Select(n => new MeasureNumber(n)).ToArray().AsReadOnly();

    /// <summary>Creates a measure number.</summary>
    /// <param name="value">1..28.</param>
    /// <returns>The measure number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not 1..28.</exception>
    public static MeasureNumber From(int value) => new(Guard.Against.MeasureNumberOutOfRange(value));

    /// <summary>Parses a decimal measure number such as <c>"7"</c> (surrounding spaces allowed).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The measure number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a whole number between 1 and 28.</exception>
    public static MeasureNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var result))
        {
            throw new FormatException($"'{text}' is not a measure number: expected a whole number between {MinValue} and {MaxValue}.");
        }

        return result;
    }

    /// <summary>Tries to parse a decimal measure number such as <c>"7"</c>.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The measure number when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text is a measure number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MeasureNumber result)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var n)
            && n is >= MinValue and <= MaxValue)
        {
            result = new MeasureNumber(n);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(MeasureNumber other) => offset == other.offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeasureNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <inheritdoc />
    public int CompareTo(MeasureNumber other) => offset.CompareTo(other.offset);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        MeasureNumber other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(MeasureNumber)}.", nameof(obj)),
    };

    /// <summary>The plain decimal number, e.g. <c>"7"</c>.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    public static bool operator ==(MeasureNumber left, MeasureNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(MeasureNumber left, MeasureNumber right) => !left.Equals(right);

    /// <summary>Ordering by number.</summary>
    public static bool operator <(MeasureNumber left, MeasureNumber right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by number.</summary>
    public static bool operator >(MeasureNumber left, MeasureNumber right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by number.</summary>
    public static bool operator <=(MeasureNumber left, MeasureNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by number.</summary>
    public static bool operator >=(MeasureNumber left, MeasureNumber right) => left.CompareTo(right) >= 0;
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace CountyInnovation.Sdk;

/// <summary>
/// A percentage between 0 and 100 inclusive (百分比), such as the 95 % online availability target of
/// measure 27 or a county's fiscal S&amp;T share.
/// </summary>
/// <remarks>
/// <see cref="ToString()"/> gives the shortest round-trip form with a percent sign (<c>"95%"</c>,
/// <c>"12.5%"</c>), which <see cref="Parse(string)"/> reads back exactly. A fraction between 0 and 1
/// is a <see cref="Share"/>; convert with <see cref="ToShare"/> and <see cref="Share.ToPercentage"/>.
/// <c>default(Percentage)</c> is 0 %.
/// </remarks>
public readonly struct Percentage : IEquatable<Percentage>, IComparable<Percentage>, IComparable
{
    private readonly double value;

    private Percentage(double value) => this.value = value == 0.0 ? 0.0 : value; // folds -0 into +0

    /// <summary>The percentage, 0..100 (95 for 95 %).</summary>
    public double Value => value;

    /// <summary>0 %.</summary>
    public static Percentage Zero => default;

    /// <summary>100 %.</summary>
    public static Percentage Hundred { get; } = new(100.0);

    /// <summary>Creates a percentage.</summary>
    /// <param name="value">A finite number between 0 and 100 inclusive (95 for 95 %).</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite, or outside 0..100.</exception>
    public static Percentage From(double value) => new(Guard.Against.PercentageOutOfRange(value));

    /// <summary>Converts a share (0..1) to a percentage (0..100).</summary>
    /// <param name="share">The share.</param>
    /// <returns><paramref name="share"/> × 100.</returns>
    public static Percentage FromShare(Share share) => new(Math.Min(share.Value * 100.0, 100.0));

    /// <summary>This percentage as a share: <see cref="Value"/> / 100.</summary>
    /// <returns>The share.</returns>
    public Share ToShare() => Share.FromPercentage(this);

    /// <summary>
    /// Parses a percentage written with invariant-culture digits, with or without a percent sign:
    /// <c>"95"</c>, <c>"95%"</c>, <c>"95 %"</c>, <c>"12.5％"</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number, or is outside 0..100.</exception>
    public static Percentage Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var result))
        {
            throw new FormatException($"'{text}' is not a percentage: expected a number between 0 and 100, optionally followed by '%'.");
        }

        return result;
    }

    /// <summary>Tries to parse a percentage such as <c>"95%"</c> or <c>"12.5"</c>.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The percentage when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text is a percentage between 0 and 100.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Percentage result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.EndsWith('%') || trimmed.EndsWith('％'))
        {
            trimmed = trimmed[..^1].TrimEnd();
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            && double.IsFinite(v) && v is >= 0.0 and <= 100.0)
        {
            result = new Percentage(v);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Percentage other) => value.Equals(other.value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Percentage other) => value.CompareTo(other.value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Percentage other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(Percentage)}.", nameof(obj)),
    };

    /// <summary>The shortest round-trip form with a percent sign, e.g. <c>"95%"</c>.</summary>
    public override string ToString() => value.ToString("R", CultureInfo.InvariantCulture) + "%";

    /// <summary>Equality.</summary>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Ordering by value.</summary>
    public static bool operator <(Percentage left, Percentage right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by value.</summary>
    public static bool operator >(Percentage left, Percentage right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by value.</summary>
    public static bool operator <=(Percentage left, Percentage right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by value.</summary>
    public static bool operator >=(Percentage left, Percentage right) => left.CompareTo(right) >= 0;

    /// <summary>Converts a share (0..1) to a percentage (0..100); see <see cref="FromShare"/>.</summary>
    /// <param name="share">The share.</param>
    public static explicit operator Percentage(Share share) => FromShare(share);
}

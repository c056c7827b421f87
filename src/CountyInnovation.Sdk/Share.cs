using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace CountyInnovation.Sdk;

/// <summary>
/// A share (比重) between 0 and 1 inclusive, such as fiscal S&amp;T expenditure over local fiscal
/// expenditure (measure 22) or an indicator's weight.
/// </summary>
/// <remarks>
/// <see cref="ToString()"/> gives the shortest round-trip invariant form (<c>"0.95"</c>), which
/// <see cref="Parse(string)"/> reads back exactly. A value between 0 and 100 is a
/// <see cref="Percentage"/>; convert with <see cref="ToPercentage"/> and <see cref="Percentage.ToShare"/>.
/// <c>default(Share)</c> is 0.
/// </remarks>
public readonly struct Share : IEquatable<Share>, IComparable<Share>, IComparable
{
    private readonly double value;

    private Share(double value) => this.value = value == 0.0 ? 0.0 : value; // folds -0 into +0

    /// <summary>The share, 0..1.</summary>
    public double Value => value;

    /// <summary>The share 0.</summary>
    public static Share Zero => default;

    /// <summary>The share 1 (the whole).</summary>
    public static Share One { get; } = new(1.0);

    /// <summary>Creates a share.</summary>
    /// <param name="value">A finite number between 0 and 1 inclusive.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite, or outside 0..1.</exception>
    public static Share From(double value) => new(Guard.Against.ShareOutOfRange(value));

    /// <summary>Converts a percentage (0..100) to a share (0..1).</summary>
    /// <param name="percentage">The percentage.</param>
    /// <returns><paramref name="percentage"/> / 100.</returns>
    public static Share FromPercentage(Percentage percentage) => new(Math.Min(percentage.Value / 100.0, 1.0));

    /// <summary>This share as a percentage: <see cref="Value"/> × 100.</summary>
    /// <returns>The percentage.</returns>
    public Percentage ToPercentage() => Percentage.FromShare(this);

    /// <summary>The complement, 1 − this share.</summary>
    /// <returns>The complementary share.</returns>
    public Share Complement() => new(Math.Max(0.0, 1.0 - value));

    /// <summary>Parses an invariant-culture number between 0 and 1, e.g. <c>"0.95"</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number, or is outside 0..1.</exception>
    public static Share Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var result))
        {
            throw new FormatException($"'{text}' is not a share: expected a number between 0 and 1 (a percentage like '95%' is a Percentage).");
        }

        return result;
    }

    /// <summary>Tries to parse an invariant-culture number between 0 and 1.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The share when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text is a share.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Share result)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            && double.IsFinite(v) && v is >= 0.0 and <= 1.0)
        {
            result = new Share(v);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(Share other) => value.Equals(other.value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Share other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Share other) => value.CompareTo(other.value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Share other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(Share)}.", nameof(obj)),
    };

    /// <summary>The shortest round-trip invariant form, e.g. <c>"0.95"</c>.</summary>
    public override string ToString() => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    public static bool operator ==(Share left, Share right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    /// <summary>Ordering by value.</summary>
    public static bool operator <(Share left, Share right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by value.</summary>
    public static bool operator >(Share left, Share right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by value.</summary>
    public static bool operator <=(Share left, Share right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by value.</summary>
    public static bool operator >=(Share left, Share right) => left.CompareTo(right) >= 0;

    /// <summary>Converts a percentage (0..100) to a share (0..1); see <see cref="FromPercentage"/>.</summary>
    /// <param name="percentage">The percentage.</param>
    public static explicit operator Share(Percentage percentage) => FromPercentage(percentage);
}

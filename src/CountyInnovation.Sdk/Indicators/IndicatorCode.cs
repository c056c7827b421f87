using System.Diagnostics.CodeAnalysis;

namespace CountyInnovation.Sdk.Indicators;

/// <summary>
/// The identifier of a node of an indicator framework (the index, a first-level indicator, an
/// indicator) or of a raw statistic used by a derived indicator's formula. It is the column
/// header of panel data files, so it is restricted to 1–64 characters: an ASCII letter followed by
/// ASCII letters, digits, <c>_</c>, <c>.</c> or <c>-</c>. Comparison is ordinal and case-sensitive.
/// </summary>
public readonly struct IndicatorCode : IEquatable<IndicatorCode>, IComparable<IndicatorCode>
{
    /// <summary>The longest code accepted.</summary>
    public const int MaxLength = 64;

    private readonly string? value;

    private IndicatorCode(string value) => this.value = value;

    /// <summary>The code text (empty for the default value).</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Parses a code.</summary>
    /// <param name="text">The code text.</param>
    /// <exception cref="FormatException">The text is not a valid code; the message says why.</exception>
    public static IndicatorCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code, out var reason) ? code : throw new FormatException(reason);
    }

    /// <summary>Tries to parse a code.</summary>
    /// <param name="text">The code text.</param>
    /// <param name="code">The code when the text is valid.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IndicatorCode code) => TryParse(text, out code, out _);

    /// <summary>Tries to parse a code, saying why it is not valid.</summary>
    /// <param name="text">The code text.</param>
    /// <param name="code">The code when the text is valid.</param>
    /// <param name="reason">Why the text is not a valid code, when it is not.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IndicatorCode code, [NotNullWhen(false)] out string? reason)
    {
        code = default;
        if (string.IsNullOrEmpty(text))
        {
            reason = "An indicator code must not be empty.";
            return false;
        }

        if (text.Length > MaxLength)
        {
            reason = $"The indicator code '{text}' is longer than {MaxLength} characters.";
            return false;
        }

        if (!char.IsAsciiLetter(text[0]))
        {
            reason = $"The indicator code '{text}' must start with an ASCII letter.";
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                reason = $"The indicator code '{text}' contains '{c}': only ASCII letters, digits, '_', '.' and '-' are allowed.";
                return false;
            }
        }

        reason = null;
        code = new IndicatorCode(text);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(IndicatorCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Ordinal order of the code text.</summary>
    /// <param name="other">The code to compare with.</param>
    public int CompareTo(IndicatorCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The code text; <see cref="Parse"/> reads it back.</summary>
    public override string ToString() => Value;

    /// <summary>Equality.</summary>
    public static bool operator ==(IndicatorCode left, IndicatorCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IndicatorCode left, IndicatorCode right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) >= 0;
}

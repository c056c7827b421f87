using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CountyInnovation.Sdk.Indicators;

/// <summary>
/// How a derived indicator is computed from raw statistics (or from other indicators), recorded on
/// the indicator so that every score can be traced to its inputs. The text form, read by
/// <see cref="Parse"/> and written by <see cref="ToString"/>, is <c>ratio(numerator, denominator, scale)</c>
/// or <c>growth(statistic)</c>; <see cref="Describe"/> renders it as a formula.
/// </summary>
public sealed class IndicatorFormula : IEquatable<IndicatorFormula>
{
    private IndicatorFormula(FormulaKind kind, IndicatorCode numerator, IndicatorCode? denominator, double scale)
    {
        Kind = kind;
        Numerator = numerator;
        Denominator = denominator;
        Scale = scale;
    }

    /// <summary>The kind of formula.</summary>
    public FormulaKind Kind { get; }

    /// <summary>The numerator of a ratio, or the statistic whose growth is measured.</summary>
    public IndicatorCode Numerator { get; }

    /// <summary>The denominator of a ratio; <see langword="null"/> for a growth rate.</summary>
    public IndicatorCode? Denominator { get; }

    /// <summary>The factor the ratio is multiplied by (100 for a percentage, 10,000 per 10k people; 100 for a growth rate).</summary>
    public double Scale { get; }

    /// <summary>The statistics the formula reads, in order.</summary>
    public IEnumerable<IndicatorCode> Inputs => Denominator is { } d ? [Numerator, d] : [Numerator];

    /// <summary>A ratio: <paramref name="numerator"/> / <paramref name="denominator"/> × <paramref name="scale"/>.</summary>
    /// <param name="numerator">The numerator statistic.</param>
    /// <param name="denominator">The denominator statistic, different from the numerator.</param>
    /// <param name="scale">A finite positive factor (100 for a share in percent, 10,000 for per 10,000 people).</param>
    /// <exception cref="ArgumentException">The scale is not finite and positive, or numerator and denominator are the same.</exception>
    public static IndicatorFormula Ratio(IndicatorCode numerator, IndicatorCode denominator, double scale)
    {
        if (!double.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "A ratio's scale must be a finite positive number.");
        }

        if (numerator == denominator)
        {
            throw new ArgumentException($"A ratio of '{numerator}' to itself is always 1: give two different statistics.", nameof(denominator));
        }

        return new IndicatorFormula(FormulaKind.Ratio, numerator, denominator, scale);
    }

    /// <summary>Year-over-year growth in percent of <paramref name="statistic"/>.</summary>
    /// <param name="statistic">The statistic whose growth is measured.</param>
    public static IndicatorFormula GrowthRate(IndicatorCode statistic) =>
        new(FormulaKind.GrowthRate, statistic, null, 100);

    /// <summary>Parses <c>ratio(numerator, denominator, scale)</c> or <c>growth(statistic)</c>.</summary>
    /// <param name="text">The formula text.</param>
    /// <exception cref="FormatException">The text is not a formula; the message says why.</exception>
    public static IndicatorFormula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var formula, out var reason) ? formula : throw new FormatException(reason);
    }

    /// <summary>Tries to parse a formula, saying why it is not valid.</summary>
    /// <param name="text">The formula text.</param>
    /// <param name="formula">The formula, when valid.</param>
    /// <param name="reason">Why the text is not valid, when it is not.</param>
    /// <returns>Whether the text is a valid formula.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out IndicatorFormula? formula, [NotNullWhen(false)] out string? reason)
    {
        formula = null;
        const string Expected = "expected 'ratio(numerator, denominator, scale)' or 'growth(statistic)'";
        var trimmed = text?.Trim() ?? string.Empty;
        var open = trimmed.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !trimmed.EndsWith(')'))
        {
            reason = $"'{text}' is not a formula: {Expected}.";
            return false;
        }

        var name = trimmed[..open].Trim();
        var arguments = trimmed[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries);
        IndicatorCode first;
        switch (name)
        {
            case "ratio" when arguments.Length == 3:
                if (!IndicatorCode.TryParse(arguments[0], out first, out reason)
                    || !IndicatorCode.TryParse(arguments[1], out var second, out reason))
                {
                    return false;
                }

                if (!double.TryParse(arguments[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) || !double.IsFinite(scale) || scale <= 0)
                {
                    reason = $"The scale '{arguments[2]}' of '{text}' must be a finite positive number.";
                    return false;
                }

                if (first == second)
                {
                    reason = $"'{text}' divides a statistic by itself.";
                    return false;
                }

                formula = new IndicatorFormula(FormulaKind.Ratio, first, second, scale);
                return true;
            case "growth" when arguments.Length == 1:
                if (!IndicatorCode.TryParse(arguments[0], out first, out reason))
                {
                    return false;
                }

                formula = GrowthRate(first);
                return true;
            default:
                reason = $"'{text}' is not a formula: {Expected}.";
                return false;
        }
    }

    /// <summary>Renders the formula for people, for example <c>fiscal_st_exp / budget_exp × 100</c>.</summary>
    public string Describe() => Kind switch
    {
        FormulaKind.Ratio => $"{Numerator} / {Denominator} × {Scale.ToString("R", CultureInfo.InvariantCulture)}",
        _ => $"({Numerator}[t] / {Numerator}[t−1] − 1) × 100",
    };

    /// <inheritdoc />
    public bool Equals(IndicatorFormula? other) =>
        other is not null && Kind == other.Kind && Numerator == other.Numerator && Denominator == other.Denominator && Scale.Equals(other.Scale);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorFormula);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Numerator, Denominator, Scale);

    /// <summary>The text form read by <see cref="Parse"/>.</summary>
    public override string ToString() => Kind switch
    {
        FormulaKind.Ratio => $"ratio({Numerator}, {Denominator}, {Scale.ToString("R", CultureInfo.InvariantCulture)})",
        _ => $"growth({Numerator})",
    };
}

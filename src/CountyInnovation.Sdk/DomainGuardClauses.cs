using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Sdk;

/// <summary>
/// Guard clauses for the domain's invariants, as extensions of Ardalis.GuardClauses
/// (<c>Guard.Against.MeasureNumberOutOfRange(n)</c>). Each returns its input when it is valid and
/// throws an <see cref="ArgumentOutOfRangeException"/> whose message says what the valid range is
/// and why.
/// </summary>
public static class DomainGuardClauses
{
    /// <summary>Throws unless <paramref name="input"/> is a finite number (not NaN, not infinite).</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The value to check.</param>
    /// <param name="parameterName">The parameter name (filled in by the compiler).</param>
    /// <returns><paramref name="input"/>.</returns>
    public static double NotFinite(this IGuardClause guardClause, double input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guardClause;
        if (!double.IsFinite(input))
        {
            throw new ArgumentOutOfRangeException(parameterName, input, $"Expected a finite number, got {input}.");
        }

        return input;
    }

    /// <summary>Throws unless <paramref name="input"/> is a measure number of the 2020 document (1..28).</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The value to check.</param>
    /// <param name="parameterName">The parameter name (filled in by the compiler).</param>
    /// <returns><paramref name="input"/>.</returns>
    public static int MeasureNumberOutOfRange(this IGuardClause guardClause, int input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guardClause;
        if (input < MeasureNumber.MinValue || input > MeasureNumber.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                input,
                $"A measure number is between {MeasureNumber.MinValue} and {MeasureNumber.MaxValue} (the 2020 document has 28 measures); got {input}.");
        }

        return input;
    }

    /// <summary>Throws unless <paramref name="input"/> is a section number of the 2020 document (1..8, 一..八).</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The value to check.</param>
    /// <param name="parameterName">The parameter name (filled in by the compiler).</param>
    /// <returns><paramref name="input"/>.</returns>
    public static int SectionNumberOutOfRange(this IGuardClause guardClause, int input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guardClause;
        if (input < SectionNumber.MinValue || input > SectionNumber.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                input,
                $"A section number is between {SectionNumber.MinValue} and {SectionNumber.MaxValue} (一 to 八: the 2020 document has 8 sections); got {input}.");
        }

        return input;
    }

    /// <summary>Throws unless <paramref name="input"/> is a finite percentage between 0 and 100 inclusive.</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The value to check.</param>
    /// <param name="parameterName">The parameter name (filled in by the compiler).</param>
    /// <returns><paramref name="input"/>.</returns>
    public static double PercentageOutOfRange(this IGuardClause guardClause, double input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        guardClause.NotFinite(input, parameterName);
        if (input < 0.0 || input > 100.0)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                input,
                $"A percentage is between 0 and 100 inclusive; got {input}. A share between 0 and 1 is a Share: use Share.From(…).ToPercentage().");
        }

        return input;
    }

    /// <summary>Throws unless <paramref name="input"/> is a finite share between 0 and 1 inclusive.</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The value to check.</param>
    /// <param name="parameterName">The parameter name (filled in by the compiler).</param>
    /// <returns><paramref name="input"/>.</returns>
    public static double ShareOutOfRange(this IGuardClause guardClause, double input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        guardClause.NotFinite(input, parameterName);
        if (input < 0.0 || input > 1.0)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                input,
                $"A share is between 0 and 1 inclusive; got {input}. A value between 0 and 100 is a Percentage: use Percentage.From(…).");
        }

        return input;
    }

    /// <summary>
    /// Throws unless <paramref name="input"/> is a county-level GB/T 2260 code: six digits
    /// <c>PPCCDD</c> with a known province <c>PP</c>, a city part <c>CC</c> other than 00 and a
    /// county part <c>DD</c> other than 00.
    /// </summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The value to check.</param>
    /// <param name="parameterName">The parameter name (filled in by the compiler).</param>
    /// <returns><paramref name="input"/>.</returns>
    public static int InvalidCountyCode(this IGuardClause guardClause, int input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guardClause;
        var problem = CountyCode.Check(input);
        if (problem is not null)
        {
            throw new ArgumentOutOfRangeException(parameterName, input, problem);
        }

        return input;
    }
}

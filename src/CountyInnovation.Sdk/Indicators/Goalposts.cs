using System.Globalization;

namespace CountyInnovation.Sdk.Indicators;

/// <summary>
/// The lower and upper goalposts of an indicator (门槛值 / 标准值): a goalpost normalisation maps
/// the lower one to 0 and the upper one to the full score, whatever the indicator's direction (the
/// direction says which end is good). Both are finite and <see cref="Lower"/> &lt; <see cref="Upper"/>.
/// </summary>
public readonly struct Goalposts : IEquatable<Goalposts>
{
    private Goalposts(double lower, double upper)
    {
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The lower goalpost.</summary>
    public double Lower { get; }

    /// <summary>The upper goalpost.</summary>
    public double Upper { get; }

    /// <summary>Creates goalposts.</summary>
    /// <param name="lower">The lower goalpost, finite.</param>
    /// <param name="upper">The upper goalpost, finite and greater than <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite or lower ≥ upper.</exception>
    public static Goalposts Of(double lower, double upper)
    {
        if (!double.IsFinite(lower))
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, "The lower goalpost must be a finite number.");
        }

        if (!double.IsFinite(upper))
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, "The upper goalpost must be a finite number.");
        }

        if (!(lower < upper))
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"The upper goalpost must be greater than the lower one ({lower.ToString(CultureInfo.InvariantCulture)}).");
        }

        return new Goalposts(lower, upper);
    }

    /// <inheritdoc />
    public bool Equals(Goalposts other) => Lower.Equals(other.Lower) && Upper.Equals(other.Upper);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Goalposts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <summary>Formats as <c>[lower, upper]</c> with invariant round-trip numbers.</summary>
    public override string ToString() =>
        $"[{Lower.ToString("R", CultureInfo.InvariantCulture)}, {Upper.ToString("R", CultureInfo.InvariantCulture)}]";

    /// <summary>Equality.</summary>
    public static bool operator ==(Goalposts left, Goalposts right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Goalposts left, Goalposts right) => !left.Equals(right);
}

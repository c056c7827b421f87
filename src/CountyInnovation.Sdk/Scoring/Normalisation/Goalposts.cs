using System.Globalization;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Goalposts (阈值/标准值) of an indicator: a low value <see cref="Low"/> and a high value
/// <see cref="High"/>, with Low &lt; High whatever the polarity. For a more-is-better indicator L
/// scores 0 and U scores 1; for a less-is-better one U scores 0 and L scores 1.
/// </summary>
public readonly struct Goalposts : IEquatable<Goalposts>
{
    private Goalposts(double low, double high)
    {
        Low = low;
        High = high;
    }

    /// <summary>The low goalpost L.</summary>
    public double Low { get; }

    /// <summary>The high goalpost U.</summary>
    public double High { get; }

    /// <summary>Creates goalposts.</summary>
    /// <param name="low">L; finite.</param>
    /// <param name="high">U; finite and greater than L.</param>
    /// <exception cref="ArgumentException">A value is not finite or L ≥ U.</exception>
    public static Goalposts Of(double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || low >= high)
        {
            throw new ArgumentException($"Goalposts need finite L < U; got L = {low.ToString(CultureInfo.InvariantCulture)}, U = {high.ToString(CultureInfo.InvariantCulture)}.", nameof(high));
        }

        return new Goalposts(low, high);
    }

    /// <inheritdoc />
    public bool Equals(Goalposts other) => Low.Equals(other.Low) && High.Equals(other.High);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Goalposts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Low, High);

    /// <summary>Formats as <c>[L, U]</c> with invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Low}, {High}]");

    /// <summary>Equality.</summary>
    public static bool operator ==(Goalposts left, Goalposts right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Goalposts left, Goalposts right) => !left.Equals(right);
}

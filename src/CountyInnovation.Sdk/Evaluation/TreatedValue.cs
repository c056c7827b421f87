using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>One county's value changed by outlier treatment: from what to what.</summary>
public readonly struct TreatedValue : IEquatable<TreatedValue>
{
    private TreatedValue(string county, double original, double treated)
    {
        County = county;
        Original = original;
        Treated = treated;
    }

    /// <summary>The county code.</summary>
    public string County => field ?? string.Empty;

    /// <summary>The value before treatment.</summary>
    public double Original { get; }

    /// <summary>The value after treatment.</summary>
    public double Treated { get; }

    /// <summary>Creates a treated value.</summary>
    /// <param name="county">The county code.</param>
    /// <param name="original">The value before treatment.</param>
    /// <param name="treated">The value after treatment.</param>
    public static TreatedValue Of(string county, double original, double treated)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(county);
        return new TreatedValue(county, original, treated);
    }

    /// <inheritdoc />
    public bool Equals(TreatedValue other) =>
        string.Equals(County, other.County, StringComparison.Ordinal) && Original.Equals(other.Original) && Treated.Equals(other.Treated);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TreatedValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(County, Original, Treated);

    /// <summary>Formats as <c>130123: 100 → 4</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{County}: {Original:G6} → {Treated:G6}");

    /// <summary>Equality.</summary>
    public static bool operator ==(TreatedValue left, TreatedValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(TreatedValue left, TreatedValue right) => !left.Equals(right);
}

using System.Globalization;

namespace CountyInnovation.Sdk.Testing.Generators;

/// <summary>
/// Shape of generated indicator columns (one value per county, NaN = missing). Immutable; the
/// <c>With…</c> methods return copies. The default mixes what real statistics look like: small
/// integers (ties), log-normal skew, rare large outliers, constant columns and about one missing
/// value in twelve.
/// </summary>
public sealed class ColumnOptions : IEquatable<ColumnOptions>
{
    private ColumnOptions(ValueDomain domain, int minLength, bool allowMissing, bool allowConstant)
    {
        Domain = domain;
        MinLength = minLength;
        AllowMissing = allowMissing;
        AllowConstant = allowConstant;
    }

    /// <summary>Real values, at least 2 counties, missing values and constant columns allowed.</summary>
    public static ColumnOptions Default { get; } = new(ValueDomain.Real, 2, true, true);

    /// <summary>The values allowed.</summary>
    public ValueDomain Domain { get; }

    /// <summary>The fewest counties a column has (shrinking never goes below it).</summary>
    public int MinLength { get; }

    /// <summary>Whether columns may contain missing values (NaN).</summary>
    public bool AllowMissing { get; }

    /// <summary>Whether a column may be constant (every county the same value).</summary>
    public bool AllowConstant { get; }

    /// <summary>Returns a copy with another value domain.</summary>
    /// <param name="domain">The values allowed.</param>
    public ColumnOptions WithDomain(ValueDomain domain) => new(domain, MinLength, AllowMissing, AllowConstant);

    /// <summary>Returns a copy with another minimum length.</summary>
    /// <param name="minLength">At least 1.</param>
    public ColumnOptions WithMinLength(int minLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minLength, 1);
        return new(Domain, minLength, AllowMissing, AllowConstant);
    }

    /// <summary>Returns a copy that does or does not generate missing values.</summary>
    /// <param name="allowMissing">Whether NaN may appear.</param>
    public ColumnOptions WithMissing(bool allowMissing) => new(Domain, MinLength, allowMissing, AllowConstant);

    /// <summary>Returns a copy that does or does not generate constant columns.</summary>
    /// <param name="allowConstant">Whether constant columns may appear.</param>
    public ColumnOptions WithConstantColumns(bool allowConstant) => new(Domain, MinLength, AllowMissing, allowConstant);

    /// <summary>Whether <paramref name="value"/> is allowed in a column (NaN only when missing values are).</summary>
    /// <param name="value">A cell value.</param>
    public bool Admits(double value) => double.IsNaN(value)
        ? AllowMissing
        : double.IsFinite(value) && Domain switch
        {
            ValueDomain.Positive => value > 0,
            ValueDomain.NonNegative => value >= 0,
            _ => true,
        };

    /// <inheritdoc/>
    public bool Equals(ColumnOptions? other) =>
        other is not null && Domain == other.Domain && MinLength == other.MinLength
        && AllowMissing == other.AllowMissing && AllowConstant == other.AllowConstant;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ColumnOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Domain, MinLength, AllowMissing, AllowConstant);

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Domain} values, at least {MinLength} counties, missing {(AllowMissing ? "allowed" : "excluded")}, constant columns {(AllowConstant ? "allowed" : "excluded")}");
}

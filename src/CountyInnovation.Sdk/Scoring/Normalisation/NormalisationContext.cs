using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// What a normalisation knows about the indicator besides its column: polarity, and where the method
/// needs them goalposts, a target, a reference unit, and pooled reference statistics (panel
/// normalisation). Immutable; build it with <see cref="For"/> and the <c>With…</c> methods.
/// </summary>
public readonly struct NormalisationContext : IEquatable<NormalisationContext>
{
    private NormalisationContext(Polarity polarity, Goalposts? goalposts, double? target, int? referenceUnit, ColumnStatistics? reference)
    {
        Polarity = polarity;
        Goalposts = goalposts;
        Target = target;
        ReferenceUnit = referenceUnit;
        ReferenceStatistics = reference;
    }

    /// <summary>The indicator's polarity (the default value of the struct means more is better).</summary>
    public Polarity Polarity => field == 0 ? Polarity.MoreIsBetter : field;

    /// <summary>Goalposts, for methods that need them.</summary>
    public Goalposts? Goalposts { get; }

    /// <summary>A target value in the indicator's raw unit, for distance-to-target.</summary>
    public double? Target { get; }

    /// <summary>The zero-based index of the reference unit, for distance-to-reference.</summary>
    public int? ReferenceUnit { get; }

    /// <summary>
    /// Statistics of the RAW (un-flipped) values to normalise against instead of the column's own, for
    /// pooled (panel) normalisation; <see langword="null"/> means "the column itself".
    /// </summary>
    public ColumnStatistics? ReferenceStatistics { get; }

    /// <summary>A context with only a polarity.</summary>
    /// <param name="polarity">The indicator's polarity.</param>
    /// <exception cref="ArgumentOutOfRangeException">The polarity is not a defined value.</exception>
    public static NormalisationContext For(Polarity polarity)
    {
        if (!Enum.IsDefined(polarity))
        {
            throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "Polarity must be MoreIsBetter or LessIsBetter.");
        }

        return new NormalisationContext(polarity, null, null, null, null);
    }

    /// <summary>A copy with goalposts.</summary>
    /// <param name="goalposts">The goalposts.</param>
    [Pure]
    public NormalisationContext WithGoalposts(Goalposts goalposts) =>
        new(Polarity, goalposts, Target, ReferenceUnit, ReferenceStatistics);

    /// <summary>A copy with a target value.</summary>
    /// <param name="target">A finite target in the raw unit.</param>
    /// <exception cref="ArgumentException">The target is not finite.</exception>
    [Pure]
    public NormalisationContext WithTarget(double target)
    {
        if (!double.IsFinite(target))
        {
            throw new ArgumentException("The target must be a finite number.", nameof(target));
        }

        return new(Polarity, Goalposts, target, ReferenceUnit, ReferenceStatistics);
    }

    /// <summary>A copy with a reference unit.</summary>
    /// <param name="unitIndex">The zero-based index of the reference unit in the column.</param>
    [Pure]
    public NormalisationContext WithReferenceUnit(int unitIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitIndex);
        return new(Polarity, Goalposts, Target, unitIndex, ReferenceStatistics);
    }

    /// <summary>A copy that normalises against pooled reference statistics of the raw values.</summary>
    /// <param name="statistics">Statistics with at least one value.</param>
    /// <exception cref="ArgumentException">The statistics are empty.</exception>
    [Pure]
    public NormalisationContext WithReferenceStatistics(ColumnStatistics statistics)
    {
        if (statistics.Count == 0)
        {
            throw new ArgumentException("Reference statistics need at least one observed value.", nameof(statistics));
        }

        return new(Polarity, Goalposts, Target, ReferenceUnit, statistics);
    }

    /// <inheritdoc />
    public bool Equals(NormalisationContext other) =>
        Polarity == other.Polarity && Nullable.Equals(Goalposts, other.Goalposts) && Nullable.Equals(Target, other.Target)
        && ReferenceUnit == other.ReferenceUnit && Nullable.Equals(ReferenceStatistics, other.ReferenceStatistics);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NormalisationContext other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Polarity, Goalposts, Target, ReferenceUnit, ReferenceStatistics);

    /// <summary>Describes the context, for example <c>LessIsBetter, target 12.5</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Polarity.ToString());
        if (Goalposts is { } g)
        {
            text.Append(CultureInfo.InvariantCulture, $", goalposts {g}");
        }

        if (Target is { } t)
        {
            text.Append(CultureInfo.InvariantCulture, $", target {t}");
        }

        if (ReferenceUnit is { } r)
        {
            text.Append(CultureInfo.InvariantCulture, $", reference unit {r}");
        }

        if (ReferenceStatistics is { } s)
        {
            text.Append(CultureInfo.InvariantCulture, $", pooled {s}");
        }

        return text.ToString();
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(NormalisationContext left, NormalisationContext right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(NormalisationContext left, NormalisationContext right) => !left.Equals(right);
}

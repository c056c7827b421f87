using System.Globalization;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>A value observed on a date: one point of a progress series.</summary>
public readonly struct DatedValue : IEquatable<DatedValue>, IComparable<DatedValue>
{
    private DatedValue(LocalDate date, double value)
    {
        Date = date;
        Value = value;
    }

    /// <summary>The date the value refers to (a yearly figure refers to 31 December of its year).</summary>
    public LocalDate Date { get; }

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <summary>Creates a point.</summary>
    /// <param name="date">The date the value refers to.</param>
    /// <param name="value">A finite value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static DatedValue Of(LocalDate date, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An observed value must be a finite number.");
        }

        return new DatedValue(date, value);
    }

    /// <summary>A yearly value, dated 31 December of <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="value">A finite value.</param>
    public static DatedValue OfYear(int year, double value) => Of(new LocalDate(year, 12, 31), value);

    /// <inheritdoc />
    public bool Equals(DatedValue other) => Date == other.Date && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DatedValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Value);

    /// <summary>Orders by date, then value.</summary>
    /// <param name="other">The other point.</param>
    public int CompareTo(DatedValue other)
    {
        var byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : Value.CompareTo(other.Value);
    }

    /// <summary>Formats as <c>yyyy-MM-dd: value</c>.</summary>
    public override string ToString() =>
        $"{Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}: {Value.ToString("R", CultureInfo.InvariantCulture)}";

    /// <summary>Equality.</summary>
    public static bool operator ==(DatedValue left, DatedValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(DatedValue left, DatedValue right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    public static bool operator <(DatedValue left, DatedValue right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(DatedValue left, DatedValue right) => left.CompareTo(right) > 0;

    /// <summary>Not later than.</summary>
    public static bool operator <=(DatedValue left, DatedValue right) => left.CompareTo(right) <= 0;

    /// <summary>Not earlier than.</summary>
    public static bool operator >=(DatedValue left, DatedValue right) => left.CompareTo(right) >= 0;
}

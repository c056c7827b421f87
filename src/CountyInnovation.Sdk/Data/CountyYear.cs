using System.Globalization;
using CountyInnovation.Sdk.Counties;

namespace CountyInnovation.Sdk.Data;

/// <summary>A county in a data year.</summary>
public readonly struct CountyYear : IEquatable<CountyYear>, IComparable<CountyYear>
{
    private CountyYear(CountyCode county, int year)
    {
        County = county;
        Year = year;
    }

    /// <summary>The county.</summary>
    public CountyCode County { get; }

    /// <summary>The data year (统计年度).</summary>
    public int Year { get; }

    /// <summary>Creates the pair.</summary>
    /// <param name="county">The county.</param>
    /// <param name="year">The data year.</param>
    public static CountyYear Of(CountyCode county, int year) => new(county, year);

    /// <inheritdoc />
    public bool Equals(CountyYear other) => County == other.County && Year == other.Year;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountyYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(County, Year);

    /// <summary>Orders by county, then year.</summary>
    /// <param name="other">The pair to compare with.</param>
    public int CompareTo(CountyYear other)
    {
        var byCounty = County.CompareTo(other.County);
        return byCounty != 0 ? byCounty : Year.CompareTo(other.Year);
    }

    /// <summary>Formats as <c>130102/2021</c>.</summary>
    public override string ToString() => $"{County}/{Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Equality.</summary>
    public static bool operator ==(CountyYear left, CountyYear right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CountyYear left, CountyYear right) => !left.Equals(right);
}

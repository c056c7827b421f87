using System.Globalization;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// A value the data does not have (缺失值) for a county that is present in that year: an empty
/// cell, or an indicator with no observation in long-form data. Missing values stay missing in the
/// panel (NaN); imputation, if configured, happens later and is logged.
/// </summary>
public readonly struct MissingCell : IEquatable<MissingCell>
{
    private MissingCell(CountyCode county, int year, IndicatorCode indicator, SourceLocation location)
    {
        County = county;
        Year = year;
        Indicator = indicator;
        Location = location;
    }

    /// <summary>The county.</summary>
    public CountyCode County { get; }

    /// <summary>The data year.</summary>
    public int Year { get; }

    /// <summary>The indicator.</summary>
    public IndicatorCode Indicator { get; }

    /// <summary>Where the missing value is (the empty cell), or just the source when there is no cell.</summary>
    public SourceLocation Location { get; }

    /// <summary>Creates a missing-cell record.</summary>
    /// <param name="county">The county.</param>
    /// <param name="year">The data year.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="location">Where it is.</param>
    public static MissingCell Of(CountyCode county, int year, IndicatorCode indicator, SourceLocation location) => new(county, year, indicator, location);

    /// <inheritdoc />
    public bool Equals(MissingCell other) => County == other.County && Year == other.Year && Indicator == other.Indicator && Location == other.Location;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MissingCell other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(County, Year, Indicator, Location);

    /// <summary>Formats as <c>location: county 130102, year 2021, indicator rd_intensity: missing</c>.</summary>
    public override string ToString() => $"{Location}: county {County}, year {Year.ToString(CultureInfo.InvariantCulture)}, indicator {Indicator}: missing";

    /// <summary>Equality.</summary>
    public static bool operator ==(MissingCell left, MissingCell right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(MissingCell left, MissingCell right) => !left.Equals(right);
}

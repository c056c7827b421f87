using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// Panel data (面板数据): counties × data years × indicators, immutable and column-oriented for fast
/// scoring. Each (indicator, year) column is a contiguous <see cref="ReadOnlySpan{T}"/> of doubles
/// aligned with <see cref="Counties"/>; <see cref="double.NaN"/> means "no value". A county may be
/// absent in a year (no row: it did not exist or was not reported) — see <see cref="IsPresent(int, int)"/>
/// and <see cref="AbsentCountyYears"/>; the values it lacks while present are listed in
/// <see cref="MissingCells"/>. Read one with <see cref="PanelCsvReader"/>, make one with
/// <see cref="Create"/> or <see cref="SyntheticPanelGenerator"/>, or load the shipped <see cref="SamplePanel"/>.
/// </summary>
public sealed class Panel : IEquatable<Panel>
{
    private readonly double[] values; // [indicator][year][county]
    private readonly bool[] presence; // [year][county]
    private readonly FrozenDictionary<CountyCode, int> countyIndex;
    private readonly FrozenDictionary<IndicatorCode, int> indicatorIndex;

    internal Panel(PanelMetadata metadata, ImmutableArray<County> counties, ImmutableArray<int> years, ImmutableArray<IndicatorCode> indicators, double[] values, bool[] presence, ImmutableArray<MissingCell> missingCells)
    {
        Metadata = metadata;
        Counties = counties;
        Years = years;
        Indicators = indicators;
        this.values = values;
        this.presence = presence;
        MissingCells = missingCells;
        countyIndex = counties.Select((c, i) => (c.Code, i)).ToFrozenDictionary(p => p.Code, p => p.i);
        indicatorIndex = indicators.Select((c, i) => (c, i)).ToFrozenDictionary(p => p.c, p => p.i);
        var absent = ImmutableArray.CreateBuilder<CountyYear>();
        for (var c = 0; c < counties.Length; c++)
        {
            for (var y = 0; y < years.Length; y++)
            {
                if (!presence[(y * counties.Length) + c])
                {
                    absent.Add(CountyYear.Of(counties[c].Code, years[y]));
                }
            }
        }

        AbsentCountyYears = absent.ToImmutable();
    }

    /// <summary>Where the data comes from and whether it is synthetic.</summary>
    public PanelMetadata Metadata { get; }

    /// <summary>Whether the values are synthetic (shorthand for <see cref="PanelMetadata.IsSynthetic"/>).</summary>
    public bool IsSynthetic => Metadata.IsSynthetic;

    /// <summary>The counties, ordered by code: the positions of every column.</summary>
    public ImmutableArray<County> Counties { get; }

    /// <summary>The data years, ascending.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>The indicator (and raw statistic) columns, in file order.</summary>
    public ImmutableArray<IndicatorCode> Indicators { get; }

    /// <summary>Every value missing for a present county, in county, year, indicator order.</summary>
    public ImmutableArray<MissingCell> MissingCells { get; }

    /// <summary>The county-years without data at all (the county has no row that year), in county, year order.</summary>
    public ImmutableArray<CountyYear> AbsentCountyYears { get; }

    /// <summary>Creates a panel from values laid out indicator by indicator, year by year, county by county.</summary>
    /// <param name="metadata">Where the data comes from.</param>
    /// <param name="counties">The counties, in the order of the values; codes unique.</param>
    /// <param name="years">The data years, strictly ascending.</param>
    /// <param name="indicators">The indicator codes, unique.</param>
    /// <param name="values">
    /// The values, length indicators × years × counties, at index
    /// <c>((indicator × years) + year) × counties + county</c>; NaN for missing; no infinities. Copied.
    /// </param>
    /// <param name="presence">
    /// Whether each county is present in each year, length years × counties at <c>year × counties + county</c>;
    /// empty for "all present". Copied. Values of absent county-years must be NaN.
    /// </param>
    /// <exception cref="ArgumentException">The shapes disagree, a code repeats, years are not ascending or a value is infinite.</exception>
    public static Panel Create(PanelMetadata metadata, IEnumerable<County> counties, IEnumerable<int> years, IEnumerable<IndicatorCode> indicators, ReadOnlySpan<double> values, ReadOnlySpan<bool> presence = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var countyList = counties.ToImmutableArray();
        var yearList = years.ToImmutableArray();
        var indicatorList = indicators.ToImmutableArray();
        if (countyList.Select(c => c.Code).Distinct().Count() != countyList.Length)
        {
            throw new ArgumentException("County codes must be unique.", nameof(counties));
        }

        if (indicatorList.Distinct().Count() != indicatorList.Length)
        {
            throw new ArgumentException("Indicator codes must be unique.", nameof(indicators));
        }

        for (var y = 1; y < yearList.Length; y++)
        {
            if (yearList[y] <= yearList[y - 1])
            {
                throw new ArgumentException("Years must be strictly ascending.", nameof(years));
            }
        }

        var cells = (long)countyList.Length * yearList.Length * indicatorList.Length;
        if (values.Length != cells)
        {
            throw new ArgumentException($"Expected {cells} values (indicators × years × counties), got {values.Length}.", nameof(values));
        }

        var present = presence.IsEmpty ? Enumerable.Repeat(true, countyList.Length * yearList.Length).ToArray() : presence.ToArray();
        if (present.Length != countyList.Length * yearList.Length)
        {
            throw new ArgumentException($"Expected {countyList.Length * yearList.Length} presence flags (years × counties), got {presence.Length}.", nameof(presence));
        }

        var copy = values.ToArray();
        var missing = ImmutableArray.CreateBuilder<MissingCell>();
        var location = SourceLocation.Of(metadata.Source);
        for (var c = 0; c < countyList.Length; c++)
        {
            for (var y = 0; y < yearList.Length; y++)
            {
                for (var i = 0; i < indicatorList.Length; i++)
                {
                    var v = copy[((((i * yearList.Length) + y) * countyList.Length) + c)];
                    if (double.IsInfinity(v))
                    {
                        throw new ArgumentException($"The value of {indicatorList[i]} for {countyList[c].Code} in {yearList[y]} is infinite.", nameof(values));
                    }

                    var isPresent = present[(y * countyList.Length) + c];
                    if (!isPresent && !double.IsNaN(v))
                    {
                        throw new ArgumentException($"{countyList[c].Code} is absent in {yearList[y]} but has a value of {indicatorList[i]}.", nameof(values));
                    }

                    if (isPresent && double.IsNaN(v))
                    {
                        missing.Add(MissingCell.Of(countyList[c].Code, yearList[y], indicatorList[i], location));
                    }
                }
            }
        }

        return new Panel(metadata, countyList, yearList, indicatorList, copy, present, missing.ToImmutable());
    }

    /// <summary>The position of a county in <see cref="Counties"/>, or −1.</summary>
    /// <param name="county">The county code.</param>
    public int IndexOf(CountyCode county) => countyIndex.TryGetValue(county, out var i) ? i : -1;

    /// <summary>The position of an indicator in <see cref="Indicators"/>, or −1.</summary>
    /// <param name="indicator">The indicator code.</param>
    public int IndexOf(IndicatorCode indicator) => indicatorIndex.TryGetValue(indicator, out var i) ? i : -1;

    /// <summary>The position of a year in <see cref="Years"/>, or −1.</summary>
    /// <param name="year">The data year.</param>
    public int IndexOfYear(int year) => Years.IndexOf(year);

    /// <summary>Whether the panel has a column for the indicator.</summary>
    /// <param name="indicator">The indicator code.</param>
    public bool Contains(IndicatorCode indicator) => indicatorIndex.ContainsKey(indicator);

    /// <summary>The values of an indicator in a year, aligned with <see cref="Counties"/> (NaN: missing or absent).</summary>
    /// <param name="indicatorIndex">The position in <see cref="Indicators"/>.</param>
    /// <param name="yearIndex">The position in <see cref="Years"/>.</param>
    public ReadOnlySpan<double> Column(int indicatorIndex, int yearIndex) => ColumnMemory(indicatorIndex, yearIndex).Span;

    /// <summary>The values of an indicator in a year, as memory (for storing or async use).</summary>
    /// <param name="indicatorIndex">The position in <see cref="Indicators"/>.</param>
    /// <param name="yearIndex">The position in <see cref="Years"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    public ReadOnlyMemory<double> ColumnMemory(int indicatorIndex, int yearIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(indicatorIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(indicatorIndex, Indicators.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(yearIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(yearIndex, Years.Length);
        return new ReadOnlyMemory<double>(values, ((indicatorIndex * Years.Length) + yearIndex) * Counties.Length, Counties.Length);
    }

    /// <summary>The values of an indicator in a year, aligned with <see cref="Counties"/>.</summary>
    /// <param name="indicator">The indicator code.</param>
    /// <param name="year">The data year.</param>
    /// <exception cref="KeyNotFoundException">The panel has no such indicator or year.</exception>
    public ReadOnlySpan<double> Column(IndicatorCode indicator, int year) => Column(RequireIndicator(indicator), RequireYear(year));

    /// <summary>One value (NaN when missing or absent).</summary>
    /// <param name="county">The county.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="year">The data year.</param>
    /// <exception cref="KeyNotFoundException">The panel has no such county, indicator or year.</exception>
    public double Value(CountyCode county, IndicatorCode indicator, int year)
    {
        var c = IndexOf(county);
        return c < 0 ? throw new KeyNotFoundException($"The panel has no county {county}.") : Column(indicator, year)[c];
    }

    /// <summary>Whether the county has data (a row) in the year.</summary>
    /// <param name="countyIndex">The position in <see cref="Counties"/>.</param>
    /// <param name="yearIndex">The position in <see cref="Years"/>.</param>
    public bool IsPresent(int countyIndex, int yearIndex) => Presence(yearIndex)[countyIndex];

    /// <summary>Whether each county has data in the year, aligned with <see cref="Counties"/>.</summary>
    /// <param name="yearIndex">The position in <see cref="Years"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The position is out of range.</exception>
    public ReadOnlySpan<bool> Presence(int yearIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yearIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(yearIndex, Years.Length);
        return new ReadOnlySpan<bool>(presence, yearIndex * Counties.Length, Counties.Length);
    }

    /// <summary>The number of counties present in a year.</summary>
    /// <param name="year">The data year.</param>
    /// <exception cref="KeyNotFoundException">The panel has no such year.</exception>
    public int PresentCount(int year)
    {
        var count = 0;
        foreach (var p in Presence(RequireYear(year)))
        {
            count += p ? 1 : 0;
        }

        return count;
    }

    /// <summary>A panel with extra columns, for example derived indicators; values indexed like <see cref="Create"/>'s for the new columns only.</summary>
    internal Panel WithColumns(ImmutableArray<IndicatorCode> added, double[] addedValues, IEnumerable<MissingCell> addedMissing)
    {
        var merged = new double[values.Length + addedValues.Length];
        values.CopyTo(merged, 0);
        addedValues.CopyTo(merged, values.Length);
        var all = Indicators.AddRange(added);
        var order = all.Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i);
        var missing = MissingCells.Concat(addedMissing)
            .OrderBy(m => countyIndex[m.County]).ThenBy(m => m.Year).ThenBy(m => order[m.Indicator])
            .ToImmutableArray();
        return new Panel(Metadata, Counties, Years, all, merged, presence, missing);
    }

    /// <inheritdoc />
    public bool Equals(Panel? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Metadata.Equals(other.Metadata) && Counties.SequenceEqual(other.Counties) && Years.SequenceEqual(other.Years)
            && Indicators.SequenceEqual(other.Indicators) && presence.AsSpan().SequenceEqual(other.presence)
            && MemoryMarshal.Cast<double, long>(values.AsSpan()).SequenceEqual(MemoryMarshal.Cast<double, long>(other.values.AsSpan())); // bit for bit: NaN = NaN, 0 ≠ −0
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Panel);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Metadata, Counties.Length, Years.Length, Indicators.Length);

    /// <summary>A summary: counties, years, indicators, missing cells and whether synthetic.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Counties.Length} counties × {Years.Length} years ({(Years.IsEmpty ? "none" : $"{Years[0]}–{Years[^1]}")}) × {Indicators.Length} indicators, {MissingCells.Length} missing cells, from {Metadata}");

    private int RequireIndicator(IndicatorCode indicator) =>
        indicatorIndex.TryGetValue(indicator, out var i) ? i : throw new KeyNotFoundException($"The panel has no indicator {indicator}.");

    private int RequireYear(int year)
    {
        var y = Years.IndexOf(year);
        return y >= 0 ? y : throw new KeyNotFoundException($"The panel has no data year {year.ToString(CultureInfo.InvariantCulture)}.");
    }
}

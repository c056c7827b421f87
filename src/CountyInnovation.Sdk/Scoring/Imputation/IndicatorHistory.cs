using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>
/// One indicator's values over several years for the same units, as temporal imputations need them:
/// a strictly increasing list of years and, for each year, a column of unit values (NaN = missing).
/// Unit <c>i</c> is the same unit in every year.
/// </summary>
public sealed class IndicatorHistory : IEquatable<IndicatorHistory>
{
    private readonly double[] values;

    private IndicatorHistory(ImmutableArray<int> years, int unitCount, double[] values)
    {
        Years = years;
        UnitCount = unitCount;
        this.values = values;
    }

    /// <summary>The years, strictly increasing.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>The number of units.</summary>
    public int UnitCount { get; }

    /// <summary>The column of one year.</summary>
    /// <param name="year">A year listed in <see cref="Years"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is not in the history.</exception>
    public ReadOnlySpan<double> ColumnFor(int year)
    {
        var index = Years.IndexOf(year);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The history covers {Years.FirstOrDefault()}–{Years.LastOrDefault()} and has no column for {year}.");
        }

        return values.AsSpan(index * UnitCount, UnitCount);
    }

    /// <summary>The value of one unit in one year (NaN when missing or when the year is not covered).</summary>
    /// <param name="unit">Zero-based unit index.</param>
    /// <param name="year">The year.</param>
    public double ValueAt(int unit, int year)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unit);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unit, UnitCount);
        var index = Years.IndexOf(year);
        return index < 0 ? double.NaN : values[(index * UnitCount) + unit];
    }

    /// <summary>Creates a history from one column per year.</summary>
    /// <param name="columnsByYear">Year → column; all columns the same length.</param>
    /// <exception cref="ArgumentException">No years, columns of different lengths, or an infinite value.</exception>
    public static IndicatorHistory Create(IEnumerable<KeyValuePair<int, IReadOnlyList<double>>> columnsByYear)
    {
        ArgumentNullException.ThrowIfNull(columnsByYear);
        var ordered = columnsByYear.OrderBy(p => p.Key).ToList();
        if (ordered.Count == 0)
        {
            throw new ArgumentException("A history needs at least one year.", nameof(columnsByYear));
        }

        var n = ordered[0].Value.Count;
        var data = new double[n * ordered.Count];
        for (var y = 0; y < ordered.Count; y++)
        {
            if (y > 0 && ordered[y].Key == ordered[y - 1].Key)
            {
                throw new ArgumentException($"Year {ordered[y].Key} appears twice.", nameof(columnsByYear));
            }

            var column = ordered[y].Value;
            if (column.Count != n)
            {
                throw new ArgumentException($"Year {ordered[y].Key} has {column.Count} units; year {ordered[0].Key} has {n}.", nameof(columnsByYear));
            }

            for (var i = 0; i < n; i++)
            {
                if (double.IsInfinity(column[i]))
                {
                    throw new ArgumentException($"Year {ordered[y].Key}, unit {i} is infinite; use NaN for a missing value.", nameof(columnsByYear));
                }

                data[(y * n) + i] = column[i];
            }
        }

        return new IndicatorHistory([.. ordered.Select(p => p.Key)], n, data);
    }

    /// <inheritdoc />
    public bool Equals(IndicatorHistory? other) =>
        other is not null && UnitCount == other.UnitCount && Years.SequenceEqual(other.Years) && values.AsSpan().SequenceEqual(other.values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorHistory);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UnitCount, Years.Length, Years.FirstOrDefault());

    /// <summary>Describes the history, for example <c>IndicatorHistory 2018–2023 × 167 units</c>.</summary>
    public override string ToString() => $"IndicatorHistory {Years[0]}–{Years[^1]} × {UnitCount} units";
}

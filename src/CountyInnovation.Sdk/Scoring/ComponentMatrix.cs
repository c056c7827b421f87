using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Scoring;

/// <summary>
/// An immutable matrix of <see cref="UnitCount"/> units (rows) × <see cref="ComponentCount"/>
/// components (columns), stored column-major so that one component's values are contiguous.
/// <see cref="double.NaN"/> marks a missing value. This is the input of weighting and aggregation.
/// </summary>
public sealed class ComponentMatrix : IEquatable<ComponentMatrix>
{
    private readonly double[] values;

    private ComponentMatrix(double[] values, int unitCount, int componentCount)
    {
        this.values = values;
        UnitCount = unitCount;
        ComponentCount = componentCount;
    }

    /// <summary>The number of units (rows).</summary>
    public int UnitCount { get; }

    /// <summary>The number of components (columns).</summary>
    public int ComponentCount { get; }

    /// <summary>All values, column-major: component <c>j</c> occupies <c>[j·UnitCount, (j+1)·UnitCount)</c>.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>The value of unit <paramref name="unit"/> for component <paramref name="component"/> (NaN when missing).</summary>
    /// <param name="unit">Zero-based row.</param>
    /// <param name="component">Zero-based column.</param>
    public double this[int unit, int component]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(unit);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unit, UnitCount);
            ArgumentOutOfRangeException.ThrowIfNegative(component);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(component, ComponentCount);
            return values[(component * UnitCount) + unit];
        }
    }

    /// <summary>One component's values for every unit.</summary>
    /// <param name="component">Zero-based column.</param>
    public ReadOnlySpan<double> Column(int component)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(component);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(component, ComponentCount);
        return values.AsSpan(component * UnitCount, UnitCount);
    }

    /// <summary>Creates a matrix by copying column-major values.</summary>
    /// <param name="unitCount">Number of rows (units); at least 1 unless there are no components.</param>
    /// <param name="componentCount">Number of columns (components).</param>
    /// <param name="columnMajor">Exactly <c>unitCount·componentCount</c> values, column after column.</param>
    /// <exception cref="ArgumentException">The length does not match, or a value is infinite.</exception>
    public static ComponentMatrix FromColumnMajor(int unitCount, int componentCount, ReadOnlySpan<double> columnMajor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitCount);
        ArgumentOutOfRangeException.ThrowIfNegative(componentCount);
        if ((long)unitCount * componentCount != columnMajor.Length)
        {
            throw new ArgumentException(
                $"A {unitCount}×{componentCount} matrix needs {(long)unitCount * componentCount} values, not {columnMajor.Length}.",
                nameof(columnMajor));
        }

        var copy = columnMajor.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (double.IsInfinity(copy[i]))
            {
                throw new ArgumentException(
                    $"Unit {i % Math.Max(unitCount, 1)}, component {i / Math.Max(unitCount, 1)} is infinite; use NaN for a missing value.",
                    nameof(columnMajor));
            }
        }

        return new ComponentMatrix(copy, unitCount, componentCount);
    }

    /// <summary>Creates a matrix from columns of equal length (one per component).</summary>
    /// <param name="columns">The component columns; all must have the same length.</param>
    /// <exception cref="ArgumentException">Columns differ in length or contain an infinite value.</exception>
    public static ComponentMatrix FromColumns(IEnumerable<IReadOnlyList<double>> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var list = columns.ToList();
        if (list.Count == 0)
        {
            return new ComponentMatrix([], 0, 0);
        }

        var n = list[0].Count;
        var data = new double[n * list.Count];
        for (var j = 0; j < list.Count; j++)
        {
            if (list[j].Count != n)
            {
                throw new ArgumentException($"Column {j} has {list[j].Count} values; column 0 has {n}.", nameof(columns));
            }

            for (var i = 0; i < n; i++)
            {
                data[(j * n) + i] = list[j][i];
            }
        }

        return FromColumnMajor(n, list.Count, data);
    }

    /// <summary>Creates a matrix from rows of equal length (one per unit).</summary>
    /// <param name="rows">The unit rows; all must have the same length.</param>
    /// <exception cref="ArgumentException">Rows differ in length or contain an infinite value.</exception>
    public static ComponentMatrix FromRows(IEnumerable<IReadOnlyList<double>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return new ComponentMatrix([], 0, 0);
        }

        var k = list[0].Count;
        var data = new double[list.Count * k];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Count != k)
            {
                throw new ArgumentException($"Row {i} has {list[i].Count} values; row 0 has {k}.", nameof(rows));
            }

            for (var j = 0; j < k; j++)
            {
                data[(j * list.Count) + i] = list[i][j];
            }
        }

        return FromColumnMajor(list.Count, k, data);
    }

    /// <summary>The values of one unit across all components (a copy).</summary>
    /// <param name="unit">Zero-based row.</param>
    public ImmutableArray<double> Row(int unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unit);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unit, UnitCount);
        var row = new double[ComponentCount];
        for (var j = 0; j < ComponentCount; j++)
        {
            row[j] = values[(j * UnitCount) + unit];
        }

        return ImmutableArray.Create(row);
    }

    /// <inheritdoc />
    public bool Equals(ComponentMatrix? other) =>
        other is not null
        && UnitCount == other.UnitCount
        && ComponentCount == other.ComponentCount
        && values.AsSpan().SequenceEqual(other.values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ComponentMatrix);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(UnitCount);
        hash.Add(ComponentCount);
        foreach (var v in values)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the shape, for example <c>ComponentMatrix 167×17</c>.</summary>
    public override string ToString() => $"ComponentMatrix {UnitCount}×{ComponentCount}";
}

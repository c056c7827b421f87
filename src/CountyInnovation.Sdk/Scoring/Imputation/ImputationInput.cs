using System.Diagnostics.Contracts;

namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>
/// The input of an imputation: the column of one indicator in one year, and optionally a group label
/// per unit (for group-wise methods) and the indicator's history with the column's year (for temporal
/// methods). Build with <see cref="ForColumn"/> or <see cref="ForYear"/>, then <see cref="WithGroups"/>.
/// </summary>
public sealed class ImputationInput : IEquatable<ImputationInput>
{
    private readonly double[] column;
    private readonly int[]? groups;

    private ImputationInput(double[] column, int[]? groups, IndicatorHistory? history, int? year)
    {
        this.column = column;
        this.groups = groups;
        History = history;
        Year = year;
    }

    /// <summary>The column to fill (NaN = missing).</summary>
    public ReadOnlySpan<double> Column => column;

    /// <summary>The number of units.</summary>
    public int UnitCount => column.Length;

    /// <summary>Whether group labels are present.</summary>
    public bool HasGroups => groups is not null;

    /// <summary>Group label per unit (for example the prefecture-level city's index); empty when there are none.</summary>
    public ReadOnlySpan<int> Groups => groups;

    /// <summary>The indicator's history, for temporal methods.</summary>
    public IndicatorHistory? History { get; }

    /// <summary>The year of <see cref="Column"/> within <see cref="History"/>.</summary>
    public int? Year { get; }

    /// <summary>An input with a cross-section column only.</summary>
    /// <param name="column">The values; NaN = missing.</param>
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    public static ImputationInput ForColumn(ReadOnlySpan<double> column)
    {
        var copy = column.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (double.IsInfinity(copy[i]))
            {
                throw new ArgumentException($"Unit {i} is infinite; use NaN for a missing value.", nameof(column));
            }
        }

        return new ImputationInput(copy, null, null, null);
    }

    /// <summary>An input for the column of <paramref name="year"/> in <paramref name="history"/>, which temporal methods use.</summary>
    /// <param name="history">The indicator over years.</param>
    /// <param name="year">The year to fill; must be in the history.</param>
    public static ImputationInput ForYear(IndicatorHistory history, int year)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new ImputationInput(history.ColumnFor(year).ToArray(), null, history, year);
    }

    /// <summary>A copy with a group label per unit.</summary>
    /// <param name="groupLabels">One non-negative label per unit.</param>
    /// <exception cref="ArgumentException">The length differs from the column's or a label is negative.</exception>
    [Pure]
    public ImputationInput WithGroups(ReadOnlySpan<int> groupLabels)
    {
        if (groupLabels.Length != column.Length)
        {
            throw new ArgumentException($"{groupLabels.Length} group labels for {column.Length} units.", nameof(groupLabels));
        }

        for (var i = 0; i < groupLabels.Length; i++)
        {
            if (groupLabels[i] < 0)
            {
                throw new ArgumentException($"Unit {i} has the negative group label {groupLabels[i]}.", nameof(groupLabels));
            }
        }

        return new ImputationInput(column, groupLabels.ToArray(), History, Year);
    }

    /// <summary>A copy with another column of the same length (history, year and groups kept).</summary>
    /// <param name="values">The new column; NaN = missing.</param>
    /// <exception cref="ArgumentException">The length differs or a value is infinite.</exception>
    [Pure]
    public ImputationInput WithColumn(ReadOnlySpan<double> values)
    {
        if (values.Length != column.Length)
        {
            throw new ArgumentException($"{values.Length} values for {column.Length} units.", nameof(values));
        }

        return new ImputationInput(ForColumn(values).column, groups, History, Year);
    }

    /// <inheritdoc />
    public bool Equals(ImputationInput? other) =>
        other is not null
        && column.AsSpan().SequenceEqual(other.column)
        && Groups.SequenceEqual(other.Groups)
        && HasGroups == other.HasGroups
        && Equals(History, other.History)
        && Year == other.Year;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImputationInput);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(column.Length, HasGroups, History, Year);

    /// <summary>Describes the input.</summary>
    public override string ToString() =>
        $"ImputationInput {column.Length} units{(HasGroups ? ", grouped" : string.Empty)}{(Year is { } y ? $", year {y}" : string.Empty)}";
}

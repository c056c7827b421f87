using System.Collections.Immutable;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// A COINr data set read as it is (<see cref="CoinrReader"/>): the framework from <c>iMeta</c>, the
/// units and their groupings and the panel from <c>iData</c>. Evaluate it with any method; group
/// imputation and group summaries use the grouping the reader was asked for.
/// </summary>
public sealed class CoinrDataSet : IEquatable<CoinrDataSet>
{
    private CoinrDataSet(IndicatorFramework framework, CountyDirectory units, Panel panel, ImmutableArray<string> groupColumns, ImmutableArray<string> denominators)
    {
        Framework = framework;
        Units = units;
        Panel = panel;
        GroupColumns = groupColumns;
        Denominators = denominators;
    }

    /// <summary>The framework: indicators (<c>Type</c> Indicator) and aggregates (<c>Type</c> Aggregate) of iMeta, with their directions and weights.</summary>
    public IndicatorFramework Framework { get; }

    /// <summary>The units (<c>uCode</c>, <c>uName</c>), each with its groupings.</summary>
    public CountyDirectory Units { get; }

    /// <summary>The indicator values by unit and year (<c>Time</c>).</summary>
    public Panel Panel { get; }

    /// <summary>The grouping columns of iData (<c>GDP_group</c>, …).</summary>
    public ImmutableArray<string> GroupColumns { get; }

    /// <summary>The denominator columns iMeta names (<c>Type</c> Denominator); kept in the panel, not applied (COINr applies them only in <c>Denominate()</c>).</summary>
    public ImmutableArray<string> Denominators { get; }

    internal static CoinrDataSet Create(IndicatorFramework framework, CountyDirectory units, Panel panel, ImmutableArray<string> groupColumns, ImmutableArray<string> denominators) =>
        new(framework, units, panel, groupColumns, denominators);

    /// <inheritdoc />
    public bool Equals(CoinrDataSet? other) =>
        other is not null && Framework.Equals(other.Framework) && Units.Equals(other.Units) && Panel.Equals(other.Panel)
        && GroupColumns.SequenceEqual(other.GroupColumns, StringComparer.Ordinal) && Denominators.SequenceEqual(other.Denominators, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CoinrDataSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Framework, Units, Panel);

    /// <summary>Formats as the framework and the panel.</summary>
    public override string ToString() => $"{Framework}; {Panel}";
}

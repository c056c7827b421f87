using System.Globalization;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// The first-order and total sensitivity indices (一阶/总效应敏感度指数) of one uncertain assumption,
/// each with its bootstrap 5–95 % interval. First order: the share of the output variance that the
/// assumption explains alone; total: the share it explains together with all its interactions.
/// NaN when the output did not vary at all (the indices are then undefined).
/// </summary>
public sealed class SensitivityIndex : IEquatable<SensitivityIndex>
{
    private SensitivityIndex(string assumption, double firstOrder, double firstLower, double firstUpper, double total, double totalLower, double totalUpper)
    {
        Assumption = assumption;
        FirstOrder = firstOrder;
        FirstOrderLower = firstLower;
        FirstOrderUpper = firstUpper;
        Total = total;
        TotalLower = totalLower;
        TotalUpper = totalUpper;
    }

    /// <summary>The name of the assumption.</summary>
    public string Assumption { get; }

    /// <summary>First-order index S_i.</summary>
    public double FirstOrder { get; }

    /// <summary>Bootstrap 5th percentile of S_i.</summary>
    public double FirstOrderLower { get; }

    /// <summary>Bootstrap 95th percentile of S_i.</summary>
    public double FirstOrderUpper { get; }

    /// <summary>Total index ST_i.</summary>
    public double Total { get; }

    /// <summary>Bootstrap 5th percentile of ST_i.</summary>
    public double TotalLower { get; }

    /// <summary>Bootstrap 95th percentile of ST_i.</summary>
    public double TotalUpper { get; }

    /// <summary>Creates an index.</summary>
    /// <param name="assumption">The assumption's name; not empty.</param>
    /// <param name="firstOrder">S_i.</param>
    /// <param name="firstOrderInterval">Bootstrap 5th and 95th percentiles of S_i.</param>
    /// <param name="total">ST_i.</param>
    /// <param name="totalInterval">Bootstrap 5th and 95th percentiles of ST_i.</param>
    public static SensitivityIndex Create(string assumption, double firstOrder, (double Lower, double Upper) firstOrderInterval, double total, (double Lower, double Upper) totalInterval)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assumption);
        return new SensitivityIndex(assumption, firstOrder, firstOrderInterval.Lower, firstOrderInterval.Upper, total, totalInterval.Lower, totalInterval.Upper);
    }

    /// <inheritdoc />
    public bool Equals(SensitivityIndex? other) =>
        other is not null
        && string.Equals(Assumption, other.Assumption, StringComparison.Ordinal)
        && FirstOrder.Equals(other.FirstOrder)
        && FirstOrderLower.Equals(other.FirstOrderLower)
        && FirstOrderUpper.Equals(other.FirstOrderUpper)
        && Total.Equals(other.Total)
        && TotalLower.Equals(other.TotalLower)
        && TotalUpper.Equals(other.TotalUpper);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SensitivityIndex);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Assumption, FirstOrder, FirstOrderLower, FirstOrderUpper, Total, TotalLower, TotalUpper);

    /// <summary>Formats as <c>name: S = 0.071 [0.05, 0.09], ST = 0.08 [0.07, 0.1]</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Assumption}: S = {FirstOrder:G4} [{FirstOrderLower:G4}, {FirstOrderUpper:G4}], ST = {Total:G4} [{TotalLower:G4}, {TotalUpper:G4}]");
}

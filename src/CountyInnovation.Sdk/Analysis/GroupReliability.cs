using System.Globalization;

namespace CountyInnovation.Sdk.Analysis;

/// <summary>
/// Cronbach's alpha of a group's components (COINr's <c>get_cronbach</c>): over the units with every
/// component observed, α = k/(k − 1) · (1 − Σ var(xᵢ) / var(Σ xᵢ)), sample variances. Near 1 the
/// components measure one thing; low or negative, they do not.
/// </summary>
public sealed class GroupReliability : IEquatable<GroupReliability>
{
    private GroupReliability(string group, int components, int units, double alpha)
    {
        Group = group;
        Components = components;
        Units = units;
        Alpha = alpha;
    }

    /// <summary>The group code.</summary>
    public string Group { get; }

    /// <summary>The number of components.</summary>
    public int Components { get; }

    /// <summary>The number of units with every component observed.</summary>
    public int Units { get; }

    /// <summary>Cronbach's alpha; NaN with fewer than two components or two complete units, or zero total variance.</summary>
    public double Alpha { get; }

    /// <summary>Computes Cronbach's alpha.</summary>
    /// <param name="group">The group code.</param>
    /// <param name="columns">One column per component, all of the same length; NaN missing.</param>
    /// <exception cref="ArgumentException">The code is empty or the columns differ in length.</exception>
    public static GroupReliability Of(string group, IReadOnlyList<IReadOnlyList<double>> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        ArgumentNullException.ThrowIfNull(columns);
        var complete = CompleteRows(columns);
        var k = columns.Count;
        var n = complete.Length;
        if (k < 2 || n < 2)
        {
            return new GroupReliability(group, k, n, double.NaN);
        }

        var itemVariances = 0.0;
        for (var c = 0; c < k; c++)
        {
            itemVariances += Variance(complete.Select(r => columns[c][r]).ToArray());
        }

        var total = Variance(complete.Select(r => Enumerable.Range(0, k).Sum(c => columns[c][r])).ToArray());
        return new GroupReliability(group, k, n, total == 0 ? double.NaN : k / (k - 1.0) * (1 - (itemVariances / total)));
    }

    /// <summary>The rows where every column is observed.</summary>
    internal static int[] CompleteRows(IReadOnlyList<IReadOnlyList<double>> columns)
    {
        var length = columns.Count == 0 ? 0 : columns[0].Count;
        if (columns.Any(c => c.Count != length))
        {
            throw new ArgumentException("Every column needs one value per unit.", nameof(columns));
        }

        return [.. Enumerable.Range(0, length).Where(r => columns.All(c => !double.IsNaN(c[r])))];
    }

    private static double Variance(double[] x)
    {
        var m = x.Average();
        return x.Sum(v => (v - m) * (v - m)) / (x.Length - 1);
    }

    /// <inheritdoc />
    public bool Equals(GroupReliability? other) =>
        other is not null && string.Equals(Group, other.Group, StringComparison.Ordinal) && Components == other.Components && Units == other.Units && Alpha.Equals(other.Alpha);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GroupReliability);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Group, Components, Units, Alpha);

    /// <summary>Formats as <c>A1: alpha 0.82 (4 components, 167 units)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Group}: alpha {Alpha:0.###} ({Components} components, {Units} units)");
}

using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Scoring.Weighting;

namespace CountyInnovation.Sdk.Analysis;

/// <summary>
/// Principal components of a group's components (COINr's <c>get_PCA</c>, R's <c>prcomp(scale = TRUE)</c>):
/// the eigen-decomposition of their correlation matrix over the units with every component
/// observed — eigenvalues in descending order, the share of variance each explains (eigenvalue / k),
/// and the loadings (unit eigenvectors, each signed so that its largest entry is positive).
/// </summary>
public sealed class PrincipalComponents : IEquatable<PrincipalComponents>
{
    private PrincipalComponents(string group, ImmutableArray<string> components, int units, ImmutableArray<double> eigenvalues, ImmutableArray<ImmutableArray<double>> loadings)
    {
        Group = group;
        Components = components;
        Units = units;
        Eigenvalues = eigenvalues;
        Loadings = loadings;
        var total = eigenvalues.Sum();
        VarianceShares = [.. eigenvalues.Select(e => total > 0 ? e / total : double.NaN)];
    }

    /// <summary>The group code.</summary>
    public string Group { get; }

    /// <summary>The component codes, the order of every loading vector.</summary>
    public ImmutableArray<string> Components { get; }

    /// <summary>The number of units with every component observed.</summary>
    public int Units { get; }

    /// <summary>The eigenvalues of the correlation matrix, descending (they sum to the number of components).</summary>
    public ImmutableArray<double> Eigenvalues { get; }

    /// <summary>The share of the total variance each principal component explains; they sum to 1.</summary>
    public ImmutableArray<double> VarianceShares { get; }

    /// <summary>The loadings: for each principal component (in <see cref="Eigenvalues"/> order), one weight per component.</summary>
    public ImmutableArray<ImmutableArray<double>> Loadings { get; }

    /// <summary>Computes the principal components.</summary>
    /// <param name="group">The group code.</param>
    /// <param name="components">The component codes.</param>
    /// <param name="columns">One column per component, same length; NaN missing.</param>
    /// <returns>The decomposition; empty eigenvalues when fewer than two complete units remain or a column is constant.</returns>
    /// <exception cref="ArgumentException">The counts or lengths differ.</exception>
    public static PrincipalComponents Of(string group, IReadOnlyList<string> components, IReadOnlyList<IReadOnlyList<double>> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(columns);
        if (components.Count != columns.Count)
        {
            throw new ArgumentException($"{components.Count} codes for {columns.Count} columns.", nameof(columns));
        }

        var rows = GroupReliability.CompleteRows(columns);
        var k = columns.Count;
        var data = columns.Select(c => rows.Select(r => c[r]).ToArray()).ToArray();
        var correlation = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                correlation[i, j] = i == j ? 1 : Correlation.Pearson(data[i], data[j]);
            }
        }

        if (rows.Length < 2 || k == 0 || correlation.Cast<double>().Any(double.IsNaN))
        {
            return new PrincipalComponents(group, [.. components], rows.Length, [], []);
        }

        var (values, vectors) = SymmetricEigen.Decompose(correlation);
        var order = Enumerable.Range(0, k).OrderByDescending(i => values[i]).ThenBy(i => i).ToArray();
        var loadings = ImmutableArray.CreateBuilder<ImmutableArray<double>>(k);
        foreach (var pc in order)
        {
            var vector = Enumerable.Range(0, k).Select(i => vectors[i, pc]).ToArray();
            var largest = vector.OrderByDescending(Math.Abs).First();
            loadings.Add([.. vector.Select(v => largest < 0 ? -v : v)]);
        }

        return new PrincipalComponents(group, [.. components], rows.Length, [.. order.Select(i => Math.Max(values[i], 0))], loadings.MoveToImmutable());
    }

    /// <inheritdoc />
    public bool Equals(PrincipalComponents? other) =>
        other is not null && string.Equals(Group, other.Group, StringComparison.Ordinal) && Components.SequenceEqual(other.Components, StringComparer.Ordinal)
        && Units == other.Units && Eigenvalues.SequenceEqual(other.Eigenvalues) && Loadings.Length == other.Loadings.Length
        && Loadings.Zip(other.Loadings).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PrincipalComponents);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Group, Units, Eigenvalues.Length);

    /// <summary>Formats as <c>A1: PC1 explains 62.1 % (4 components, 167 units)</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Group}: {(VarianceShares.IsEmpty ? "no decomposition" : $"PC1 explains {VarianceShares[0] * 100:0.#} %")} ({Components.Length} components, {Units} units)");
}

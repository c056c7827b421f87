using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Weighting;

/// <summary>
/// Principal-component weighting (主成分分析法): the first principal component of the correlation
/// matrix of the components, over the units observed in every component (complete cases), with
/// less-is-better columns multiplied by −1. Weights are the squared loadings w_j = v_j² of the
/// unit-length first eigenvector v (they sum to 1 and do not depend on the eigenvector's sign).
/// </summary>
/// <remarks>
/// <para>Sign convention of <see cref="FirstComponent"/>: the eigenvector is oriented so that the sum
/// of its loadings is positive (ties broken by making the largest-magnitude loading positive), i.e. the
/// component points the way most indicators improve.</para>
/// <para>Degenerate cases: a column constant over the complete cases gets loading and weight 0; fewer
/// than three complete cases, no varying column, or a first eigenvalue that is not unique (for example
/// perfectly uncorrelated columns, where every direction explains the same variance) are a
/// <see cref="WeightingException"/>. The eigen-decomposition is cyclic Jacobi: deterministic and exact
/// to rounding for the small matrices of an indicator framework.</para>
/// </remarks>
public sealed record PcaWeighting : IWeighting
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "pca";

    private PcaWeighting()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static PcaWeighting Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool IsDataDriven => true;

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static PcaWeighting FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
    {
        var loadings = FirstComponent(components, polarities);
        return [.. loadings.Select(v => v * v)];
    }

    /// <summary>The loadings of the first principal component (unit length, sign per the documented convention).</summary>
    /// <param name="components">Units × components.</param>
    /// <param name="polarities">One polarity per component.</param>
    /// <exception cref="WeightingException">A degenerate case (see remarks).</exception>
    public static ImmutableArray<double> FirstComponent(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
    {
        WeightKernel.CheckPolarities(components, polarities);
        var k = components.ComponentCount;
        var complete = Enumerable.Range(0, components.UnitCount)
            .Where(i => Enumerable.Range(0, k).All(j => !double.IsNaN(components[i, j])))
            .ToArray();
        if (complete.Length < 3)
        {
            throw new WeightingException(MethodName, $"only {complete.Length} unit(s) are observed in every component; PCA needs at least 3.");
        }

        var columns = new double[k][];
        var varying = new List<int>();
        for (var j = 0; j < k; j++)
        {
            var sign = (double)(int)polarities[j];
            var column = components.Column(j);
            columns[j] = new double[complete.Length];
            for (var c = 0; c < complete.Length; c++)
            {
                columns[j][c] = sign * column[complete[c]];
            }

            if (WeightKernel.StandardDeviation(columns[j]) > 0)
            {
                varying.Add(j);
            }
        }

        if (varying.Count == 0)
        {
            throw new WeightingException(MethodName, "every component is constant over the complete cases.");
        }

        var m = varying.Count;
        var correlation = new double[m, m];
        for (var a = 0; a < m; a++)
        {
            correlation[a, a] = 1;
            for (var b = a + 1; b < m; b++)
            {
                correlation[a, b] = correlation[b, a] = WeightKernel.Correlation(columns[varying[a]], columns[varying[b]]);
            }
        }

        var (values, vectors) = SymmetricEigen.Decompose(correlation);
        var order = Enumerable.Range(0, m).OrderByDescending(i => values[i]).ThenBy(i => i).ToArray();
        if (m > 1 && values[order[0]] - values[order[1]] <= 1e-9 * Math.Max(1, Math.Abs(values[order[0]])))
        {
            throw new WeightingException(MethodName,
                "the first principal component is not unique (the two largest eigenvalues are equal), so its loadings are arbitrary; use another weighting.");
        }

        var first = new double[m];
        for (var a = 0; a < m; a++)
        {
            first[a] = vectors[a, order[0]];
        }

        var sum = first.Sum();
        var largest = first.Select((v, i) => (v, i)).OrderByDescending(p => Math.Abs(p.v)).ThenBy(p => p.i).First();
        var flip = sum < 0 || (sum == 0 && largest.v < 0) ? -1.0 : 1.0;
        var loadings = new double[k];
        for (var a = 0; a < m; a++)
        {
            loadings[varying[a]] = flip * first[a];
        }

        return ImmutableArray.Create(loadings);
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}

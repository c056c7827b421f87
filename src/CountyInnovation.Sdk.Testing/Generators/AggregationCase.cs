using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Testing.Formatting;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Testing.Generators;

/// <summary>
/// One generated input for an aggregation or a weighting: normalised component values (rows =
/// counties, NaN = missing), a weight set summing to 1, and the extras some laws use: a county and
/// component to improve and by how much, a reordering of the counties, and a factor for the weights.
/// </summary>
public sealed class AggregationCase : IEquatable<AggregationCase>
{
    private AggregationCase(
        ImmutableArray<ImmutableArray<double>> rows,
        ImmutableArray<double> weights,
        int unit,
        int component,
        double step,
        ImmutableArray<int> orderKeys,
        double weightFactor)
    {
        Rows = rows;
        Weights = weights;
        Unit = unit;
        Component = component;
        Step = step;
        OrderKeys = orderKeys;
        WeightFactor = weightFactor;
    }

    /// <summary>One row per county, one value per component (NaN = missing).</summary>
    public ImmutableArray<ImmutableArray<double>> Rows { get; }

    /// <summary>Positive weights summing to 1, one per component.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>The county the monotonicity law improves.</summary>
    public int Unit { get; }

    /// <summary>The component the monotonicity law improves.</summary>
    public int Component { get; }

    /// <summary>How much the monotonicity law adds, &gt; 0.</summary>
    public double Step { get; }

    /// <summary>Sort keys, one per county, defining the reordering.</summary>
    public ImmutableArray<int> OrderKeys { get; }

    /// <summary>A positive factor applied to every weight by the weight-scale law.</summary>
    public double WeightFactor { get; }

    /// <summary>The number of counties.</summary>
    public int UnitCount => Rows.Length;

    /// <summary>The number of components.</summary>
    public int ComponentCount => Weights.Length;

    /// <summary>The counties' indices listed in the order of <see cref="OrderKeys"/>.</summary>
    public ImmutableArray<int> Order => [.. Enumerable.Range(0, UnitCount).OrderBy(i => OrderKeys[i])];

    /// <summary>The values as a <see cref="ComponentMatrix"/>.</summary>
    public ComponentMatrix Matrix => ComponentMatrix.FromRows(Rows.Select(r => (IReadOnlyList<double>)r));

    /// <summary>Generates cases with component values from <paramref name="options"/>; one time in three two counties are given identical rows.</summary>
    /// <param name="options">The shape of each component column (domain, missing values).</param>
    public static Gen<AggregationCase> Generator(ColumnOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = Columns.Value(options.Domain);
        var cell = options.AllowMissing ? Gen.Frequency((11, value), (1, Gen.Constant(double.NaN))) : value;
        return
            from n in Gen.Sized(size => Gen.Choose(Math.Max(1, options.MinLength), Math.Max(options.MinLength, Math.Min(size + 1, 30))))
            from k in Gen.Choose(1, 5)
            from rows in Gen.ArrayOf(Gen.ArrayOf(cell, k), n)
            from twin in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, n - 1)))
            from weights in Generators.Weights.Generator(k)
            from unit in Gen.Choose(0, n - 1)
            from component in Gen.Choose(0, k - 1)
            from step in Gen.Elements(1.0, 0.5, 5.0, 20.0)
            from keys in Gen.ArrayOf(Gen.Choose(0, n * 4), n)
            from factor in Gen.Elements(2.0, 0.5, 10.0, 3.0)
            select new AggregationCase(
                [.. rows.Select((r, i) => twin >= 0 && i == (twin + 1) % n ? [.. rows[twin]] : ImmutableArray.Create(r))],
                weights,
                unit,
                component,
                step,
                [.. keys],
                factor);
    }

    /// <summary>Shrinks a case: drop a county or a component (never the improved ones), simplify one value or a tie, then equal weights.</summary>
    /// <param name="case">The failing case.</param>
    /// <param name="options">The shape every candidate keeps.</param>
    public static IEnumerable<AggregationCase> Shrink(AggregationCase @case, ColumnOptions options)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(options);
        for (var i = 0; i < @case.UnitCount && @case.UnitCount > Math.Max(1, options.MinLength); i++)
        {
            if (i != @case.Unit)
            {
                yield return @case.WithoutUnit(i);
            }
        }

        for (var j = 0; j < @case.ComponentCount && @case.ComponentCount > 1; j++)
        {
            if (j != @case.Component)
            {
                yield return @case.WithoutComponent(j);
            }
        }

        for (var j = 0; j < @case.ComponentCount; j++)
        {
            var column = @case.Rows.Select(r => r[j]).ToImmutableArray();
            foreach (var simpler in Columns.SimplifyEach(column, options.WithConstantColumns(true)))
            {
                yield return @case.WithRows([.. @case.Rows.Select((r, i) => r.SetItem(j, simpler[i]))]);
            }
        }

        foreach (var weights in Generators.Weights.Shrink(@case.Weights))
        {
            yield return new(@case.Rows, weights, @case.Unit, @case.Component, @case.Step, @case.OrderKeys, @case.WeightFactor);
        }

        if (@case.Step != 1)
        {
            yield return new(@case.Rows, @case.Weights, @case.Unit, @case.Component, 1, @case.OrderKeys, @case.WeightFactor);
        }
    }

    /// <summary>Cases with their shrinker.</summary>
    /// <param name="options">The shape of each component column.</param>
    public static Arbitrary<AggregationCase> Arbitrary(ColumnOptions options) => Arb.From(Generator(options), c => Shrink(c, options));

    /// <summary>Returns a copy with other rows (same shape).</summary>
    /// <param name="rows">The new rows.</param>
    public AggregationCase WithRows(ImmutableArray<ImmutableArray<double>> rows) =>
        new(rows, Weights, Unit, Component, Step, OrderKeys, WeightFactor);

    /// <inheritdoc/>
    public bool Equals(AggregationCase? other) =>
        other is not null && Rows.Length == other.Rows.Length && Rows.Zip(other.Rows).All(p => p.First.SequenceEqual(p.Second))
        && Weights.SequenceEqual(other.Weights) && Unit == other.Unit && Component == other.Component
        && Step.Equals(other.Step) && OrderKeys.SequenceEqual(other.OrderKeys) && WeightFactor.Equals(other.WeightFactor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AggregationCase);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(UnitCount, ComponentCount, Unit, Component, Step);

    /// <summary>The rows and weights, e.g. <c>rows [1, 2; 3, NA], weights [0.5, 0.5]</c>.</summary>
    public override string ToString() => $"rows {CaseText.Rows(Rows.Select(r => (IEnumerable<double>)r))}, weights {CaseText.Numbers(Weights)}";

    private AggregationCase WithoutUnit(int i) => new(
        Rows.RemoveAt(i), Weights, Unit > i ? Unit - 1 : Unit, Component, Step, OrderKeys.RemoveAt(i), WeightFactor);

    private AggregationCase WithoutComponent(int j)
    {
        var rest = Weights.RemoveAt(j);
        var total = rest.Sum();
        return new(
            [.. Rows.Select(r => r.RemoveAt(j))],
            [.. rest.Select(w => w / total)],
            Unit,
            Component > j ? Component - 1 : Component,
            Step,
            OrderKeys,
            WeightFactor);
    }
}

using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Weighting;
using CountyInnovation.Sdk.Testing.Formatting;
using CountyInnovation.Sdk.Testing.Generators;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// The laws every <see cref="IWeighting"/> (赋权方法) is held to, each usable alone, and the one-line
/// checks. Cases are normalised component values (zero or more, some missing), every component
/// "more is better"; <see cref="IWeighting.IsDataDriven"/> decides which laws apply.
/// </summary>
public static class WeightingLaws
{
    /// <summary>Weights are finite, not negative, and sum to 1.</summary>
    public static Law<IWeighting> WeightsFormADistribution { get; } = Law<IWeighting>.Create(
        "weights-form-a-distribution",
        "Published weights are read as each indicator's share of the score; negative weights or weights not summing to 1 make the 100-point scale meaningless.",
        Cases,
        (method, c) =>
        {
            var w = Weigh(method, c.Rows);
            var sum = w.Sum();
            return w.Length == c.ComponentCount && w.All(v => double.IsFinite(v) && v >= 0) && Tolerance.Close(sum, 1) ? null
                : $"weights {CaseText.Numbers(w)} (sum {CaseText.Number(sum)}) for {c.ComponentCount} component(s)";
        });

    /// <summary>Listing the counties in another order gives the same weights.</summary>
    public static Law<IWeighting> InvariantToCountyOrder { get; } = Law<IWeighting>.Create(
        "invariant-to-county-order",
        "Data-driven weights must come from the data, not from the order of its rows.",
        Cases,
        (method, c) =>
        {
            var w = Weigh(method, c.Rows);
            var z = Weigh(method, [.. c.Order.Select(i => c.Rows[i])]);
            var j = Scan.FirstIndex(z, (v, k) => !Tolerance.Close(v, w[k]));
            return j < 0 ? null : $"listed in the order [{string.Join(", ", c.Order)}], the weights became {CaseText.Numbers(z)} instead of {CaseText.Numbers(w)}";
        });

    /// <summary>Two components with identical data get equal weights. Applies to data-driven methods.</summary>
    public static Law<IWeighting> IdenticalComponentsEqualWeights { get; } = Law<IWeighting>.Create(
        "identical-components-equal-weights",
        "A data-driven method that weights two indistinguishable indicators differently is favouring one by accident of position.",
        Cases,
        (method, c) =>
        {
            var rows = c.Rows.Select(r => r.Add(r[c.Component])).ToImmutableArray();
            var w = Weigh(method, rows);
            var last = w.Length - 1;
            return Tolerance.Close(w[c.Component], w[last]) ? null
                : $"component {last} copies component {c.Component} but got weight {CaseText.Number(w[last])} instead of {CaseText.Number(w[c.Component])}";
        })
        .When("the weights are data-driven", m => m.IsDataDriven);

    /// <summary>Weights that are not data-driven do not change when the data do.</summary>
    public static Law<IWeighting> IndependentOfData { get; } = Law<IWeighting>.Create(
        "independent-of-data",
        "Expert weights are a policy decision published in advance; if they silently move with the data the published method is not the one applied.",
        Cases,
        (method, c) =>
        {
            var w = Weigh(method, c.Rows);
            var changed = c.Rows.SetItem(c.Unit, c.Rows[c.Unit].SetItem(c.Component, c.Rows[c.Unit][c.Component] + c.Step));
            var z = Weigh(method, changed);
            return Tolerance.Identical(w, z) ? null : $"changing county {c.Unit}'s component {c.Component} moved the weights from {CaseText.Numbers(w)} to {CaseText.Numbers(z)}";
        })
        .When("the weights are not data-driven", m => !m.IsDataDriven);

    /// <summary>The same data give bit-identical weights every time.</summary>
    public static Law<IWeighting> Deterministic { get; } = Law<IWeighting>.Create(
        "deterministic",
        "A published ranking must be reproducible by anyone re-running it, to the last bit.",
        Cases,
        (method, c) =>
        {
            var first = Weigh(method, c.Rows);
            var second = Weigh(method, c.Rows);
            return Tolerance.Identical(first, second) ? null : $"two runs gave {CaseText.Numbers(first)} and {CaseText.Numbers(second)}";
        });

    /// <summary>Every weighting law, in report order.</summary>
    public static ImmutableArray<Law<IWeighting>> All { get; } =
        [WeightsFormADistribution, InvariantToCountyOrder, IdenticalComponentsEqualWeights, IndependentOfData, Deterministic];

    /// <summary>Checks <paramref name="method"/> against every law that applies and returns the report.</summary>
    /// <param name="method">The weighting.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null.</param>
    public static LawReport Check(IWeighting method, LawCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        return LawRunner.Check(method, method.Name, All, options);
    }

    /// <summary>Checks every law that applies and throws a <see cref="LawViolationException"/> with the readable report when any fails.</summary>
    /// <param name="method">The weighting.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null.</param>
    /// <returns>The report, when every applicable law holds.</returns>
    public static LawReport ShouldSatisfyAllLaws(this IWeighting method, LawCheckOptions? options = null) =>
        Check(method, options).ThrowIfAnyFailed();

    private static FsCheck.Arbitrary<AggregationCase> Cases(IWeighting method) =>
        AggregationCase.Arbitrary(ColumnOptions.Default.WithMinLength(2).WithDomain(ValueDomain.NonNegative));

    private static double[] Weigh(IWeighting method, ImmutableArray<ImmutableArray<double>> rows)
    {
        var matrix = ComponentMatrix.FromRows(rows.Select(r => (IReadOnlyList<double>)r));
        var polarities = Enumerable.Repeat(Polarity.MoreIsBetter, matrix.ComponentCount).ToArray();
        return [.. method.Weigh(matrix, polarities)];
    }
}

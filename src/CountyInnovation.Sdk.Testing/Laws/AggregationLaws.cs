using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Testing.Formatting;
using CountyInnovation.Sdk.Testing.Generators;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// The laws every <see cref="IAggregation"/> (合成方法) is held to, each usable alone, and the one-line
/// checks. Which laws apply follows from the method's declared <see cref="AggregationTraits"/>.
/// </summary>
public static class AggregationLaws
{
    /// <summary>A per-unit mean lies between the smallest and largest of the county's observed components.</summary>
    public static Law<IAggregation> WithinComponentRange { get; } = Law<IAggregation>.Create(
        "within-component-range",
        "A composite that lies outside its own components (a county scoring 90 overall from sub-scores all below 80) cannot be explained to the county or the public.",
        Cases,
        (method, c) =>
        {
            var y = Aggregate(method, c);
            for (var i = 0; i < y.Length; i++)
            {
                var observed = c.Rows[i].Where(v => !double.IsNaN(v)).ToList();
                if (observed.Count > 0 && !double.IsNaN(y[i]) && (!Tolerance.AtMost(observed.Min(), y[i]) || !Tolerance.AtMost(y[i], observed.Max())))
                {
                    return $"county {i} scored {CaseText.Number(y[i])} from components {CaseText.Numbers(c.Rows[i])}";
                }
            }

            return null;
        })
        .When("the method aggregates each unit on its own (a mean)", m => m.Traits.Scope == AggregationScope.PerUnit);

    /// <summary>Raising one component of one county never lowers that county's score.</summary>
    public static Law<IAggregation> MonotoneInEachComponent { get; } = Law<IAggregation>.Create(
        "monotone-in-each-component",
        "Doing better on any indicator, all else equal, must never cost a county points: otherwise the composite punishes improvement.",
        Cases,
        (method, c) =>
        {
            var before = c.Rows[c.Unit][c.Component];
            if (double.IsNaN(before))
            {
                return null;
            }

            var after = before + c.Step;
            var y0 = Aggregate(method, c)[c.Unit];
            var y1 = Aggregate(method, c.WithRows(c.Rows.SetItem(c.Unit, c.Rows[c.Unit].SetItem(c.Component, after))))[c.Unit];
            return Tolerance.AtMost(y0, y1) || (double.IsNaN(y0) && double.IsNaN(y1)) ? null
                : $"raising county {c.Unit}'s component {c.Component} from {CaseText.Number(before)} to {CaseText.Number(after)} lowered its score from {CaseText.Number(y0)} to {CaseText.Number(y1)}";
        });

    /// <summary>Listing the counties in another order gives every county the same score.</summary>
    public static Law<IAggregation> InvariantToCountyOrder { get; } = Law<IAggregation>.Create(
        "invariant-to-county-order",
        "The order of rows in the data is an accident of data entry; a county's composite must not depend on it.",
        Cases,
        (method, c) =>
        {
            var order = c.Order;
            var y = Aggregate(method, c);
            var z = Aggregate(method, c.WithRows([.. order.Select(i => c.Rows[i])]));
            var p = Scan.FirstIndex(z, (v, k) => !Tolerance.Close(v, y[order[k]]));
            return p < 0 ? null
                : $"listed in the order [{string.Join(", ", order)}], county {order[p]} scored {CaseText.Number(z[p])} instead of {CaseText.Number(y[order[p]])}";
        });

    /// <summary>Counties with identical components get exactly equal scores.</summary>
    public static Law<IAggregation> EqualRowsEqualScores { get; } = Law<IAggregation>.Create(
        "equal-rows-equal-scores",
        "Two counties with the same sub-scores must get the same composite and share a rank.",
        Cases,
        (method, c) =>
        {
            var y = Aggregate(method, c);
            for (var i = 0; i < y.Length; i++)
            {
                for (var j = i + 1; j < y.Length; j++)
                {
                    if (c.Rows[i].SequenceEqual(c.Rows[j]) && !y[i].Equals(y[j]))
                    {
                        return $"counties {i} and {j} both have {CaseText.Numbers(c.Rows[i])} but scored {CaseText.Number(y[i])} and {CaseText.Number(y[j])}";
                    }
                }
            }

            return null;
        });

    /// <summary>Multiplying every weight by the same positive factor changes no score (weights are relative).</summary>
    public static Law<IAggregation> InvariantToWeightScale { get; } = Law<IAggregation>.Create(
        "invariant-to-weight-scale",
        "Weights written as points (15, 10, 5) or as shares (0.5, 0.33, 0.17) express the same policy and must give the same ranking.",
        Cases,
        (method, c) =>
        {
            var y = Aggregate(method, c);
            var z = Aggregate(method, c, [.. c.Weights.Select(w => w * c.WeightFactor)]);
            var i = Scan.FirstIndex(z, (v, k) => !Tolerance.Close(v, y[k]));
            return i < 0 ? null
                : $"with every weight × {CaseText.Number(c.WeightFactor)}, county {i} scored {CaseText.Number(z[i])} instead of {CaseText.Number(y[i])}";
        });

    /// <summary>Strictly positive components give a strictly positive score. Applies when the method declares it.</summary>
    public static Law<IAggregation> PositiveInputsPositiveScore { get; } = Law<IAggregation>.Create(
        "positive-inputs-positive-score",
        "A further geometric step or a ratio of scores relies on the promised positivity.",
        Cases,
        (method, c) =>
        {
            var y = Aggregate(method, c);
            var i = Scan.FirstIndex(y, (v, k) => c.Rows[k].All(x => double.IsNaN(x) || x > 0) && c.Rows[k].Any(x => !double.IsNaN(x)) && !(v > 0));
            return i < 0 ? null : $"county {i} scored {CaseText.Number(y[i])} from positive components {CaseText.Numbers(c.Rows[i])}";
        })
        .When("the method declares that positive inputs give positive scores", m => m.Traits.PreservesPositivity);

    /// <summary>A county with no observed component has a missing score; no score is infinite.</summary>
    public static Law<IAggregation> MissingRowMissingScore { get; } = Law<IAggregation>.Create(
        "missing-row-missing-score",
        "A county without data must be reported as missing, never scored 0 and ranked last.",
        Cases,
        (method, c) =>
        {
            var y = Aggregate(method, c);
            var i = Scan.FirstIndex(y, (v, k) => double.IsInfinity(v) || (c.Rows[k].All(double.IsNaN) && !double.IsNaN(v)));
            return i < 0 ? null : $"county {i} with components {CaseText.Numbers(c.Rows[i])} scored {CaseText.Number(y[i])}";
        });

    /// <summary>The same inputs give bit-identical scores every time.</summary>
    public static Law<IAggregation> Deterministic { get; } = Law<IAggregation>.Create(
        "deterministic",
        "A published ranking must be reproducible by anyone re-running it, to the last bit.",
        Cases,
        (method, c) =>
        {
            var first = Aggregate(method, c);
            var second = Aggregate(method, c);
            return Tolerance.Identical(first, second) ? null : $"two runs gave {CaseText.Numbers(first)} and {CaseText.Numbers(second)}";
        });

    /// <summary>Every aggregation law, in report order.</summary>
    public static ImmutableArray<Law<IAggregation>> All { get; } =
    [
        WithinComponentRange, MonotoneInEachComponent, InvariantToCountyOrder, EqualRowsEqualScores,
        InvariantToWeightScale, PositiveInputsPositiveScore, MissingRowMissingScore, Deterministic,
    ];

    /// <summary>Checks <paramref name="method"/> against every law that applies and returns the report.</summary>
    /// <param name="method">The aggregation.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null.</param>
    public static LawReport Check(IAggregation method, LawCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        return LawRunner.Check(method, method.Name, All, options);
    }

    /// <summary>Checks every law that applies and throws a <see cref="LawViolationException"/> with the readable report when any fails.</summary>
    /// <param name="method">The aggregation.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null.</param>
    /// <returns>The report, when every applicable law holds.</returns>
    public static LawReport ShouldSatisfyAllLaws(this IAggregation method, LawCheckOptions? options = null) =>
        Check(method, options).ThrowIfAnyFailed();

    /// <summary>The component columns a method with these traits is given: positive when it requires it, else zero or more.</summary>
    /// <param name="traits">The method's declared traits.</param>
    public static ColumnOptions ComponentOptions(AggregationTraits traits)
    {
        ArgumentNullException.ThrowIfNull(traits);
        return ColumnOptions.Default.WithMinLength(1).WithDomain(traits.RequiresPositiveInput ? ValueDomain.Positive : ValueDomain.NonNegative);
    }

    private static FsCheck.Arbitrary<AggregationCase> Cases(IAggregation method) => AggregationCase.Arbitrary(ComponentOptions(method.Traits));

    private static double[] Aggregate(IAggregation method, AggregationCase c) => Aggregate(method, c, c.Weights);

    private static double[] Aggregate(IAggregation method, AggregationCase c, ImmutableArray<double> weights)
    {
        var scores = new double[c.UnitCount];
        method.Aggregate(c.Matrix.Values, c.UnitCount, weights.AsSpan(), AggregationOptions.Default, scores);
        return scores;
    }
}

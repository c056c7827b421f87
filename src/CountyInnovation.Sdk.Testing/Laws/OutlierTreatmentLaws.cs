using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Scoring.Treatment;
using CountyInnovation.Sdk.Testing.Formatting;
using CountyInnovation.Sdk.Testing.Generators;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// The laws every <see cref="IOutlierTreatment"/> (异常值处理) is held to, each usable alone, and the
/// one-line checks. Cases are real-valued columns with skew, outliers, ties and missing values.
/// </summary>
public static class OutlierTreatmentLaws
{
    private static readonly NormalisationTraits PlainColumn =
        NormalisationTraits.Create(double.NegativeInfinity, double.PositiveInfinity, OutputSign.MayBeZeroOrNegative, affineInvariant: false);

    /// <summary>Treatment never reverses the order of two counties (ties allowed: winsorising merges the extremes).</summary>
    public static Law<IOutlierTreatment> OrderPreserving { get; } = Law<IOutlierTreatment>.Create(
        "order-preserving",
        "Treating outliers may pull an extreme county towards the others but must never put it below a county it outperformed.",
        Cases,
        (method, c) =>
        {
            var t = Treat(method, c.Column).Values;
            for (var i = 0; i < t.Length; i++)
            {
                for (var j = 0; j < t.Length; j++)
                {
                    if (c.Column[i] < c.Column[j] && !Tolerance.AtMost(t[i], t[j]))
                    {
                        return $"county {i} ({CaseText.Number(c.Column[i])}) was below county {j} ({CaseText.Number(c.Column[j])}) but became {CaseText.Number(t[i])} > {CaseText.Number(t[j])}";
                    }
                }
            }

            return null;
        });

    /// <summary>Listing the counties in another order treats every county the same.</summary>
    public static Law<IOutlierTreatment> InvariantToCountyOrder { get; } = Law<IOutlierTreatment>.Create(
        "invariant-to-county-order",
        "Which county is winsorised must depend on its value, not on its row in the file.",
        Cases,
        (method, c) =>
        {
            var order = c.Order;
            var t = Treat(method, c.Column).Values;
            var z = Treat(method, [.. order.Select(i => c.Column[i])]).Values;
            var p = Scan.FirstIndex(z, (v, k) => !Tolerance.Close(v, t[order[k]]));
            return p < 0 ? null : $"listed in the order [{string.Join(", ", order)}], county {order[p]} became {CaseText.Number(z[p])} instead of {CaseText.Number(t[order[p]])}";
        });

    /// <summary>Counties with equal values are treated identically.</summary>
    public static Law<IOutlierTreatment> EqualInputsEqualOutputs { get; } = Law<IOutlierTreatment>.Create(
        "equal-inputs-equal-outputs",
        "Two counties with the same statistic must keep the same treated value, or the treatment itself breaks a tie.",
        Cases,
        (method, c) =>
        {
            var t = Treat(method, c.Column).Values;
            for (var i = 0; i < t.Length; i++)
            {
                for (var j = i + 1; j < t.Length; j++)
                {
                    if (c.Column[i].Equals(c.Column[j]) && !t[i].Equals(t[j]))
                    {
                        return $"counties {i} and {j} both had {CaseText.Number(c.Column[i])} but became {CaseText.Number(t[i])} and {CaseText.Number(t[j])}";
                    }
                }
            }

            return null;
        });

    /// <summary>Missing values stay missing and observed values stay finite.</summary>
    public static Law<IOutlierTreatment> MissingStaysMissing { get; } = Law<IOutlierTreatment>.Create(
        "missing-stays-missing",
        "Outlier treatment is not imputation: it must not invent a value for a county without data, nor lose one.",
        Cases,
        (method, c) =>
        {
            var t = Treat(method, c.Column).Values;
            var i = Scan.FirstIndex(t, (v, k) => double.IsNaN(c.Column[k]) ? !double.IsNaN(v) : !double.IsFinite(v));
            return i < 0 ? null : $"county {i} had {CaseText.Number(c.Column[i])} and became {CaseText.Number(t[i])}";
        });

    /// <summary>Every changed value is listed in the outcome's treated points, with its original and treated value.</summary>
    public static Law<IOutlierTreatment> EveryChangeLogged { get; } = Law<IOutlierTreatment>.Create(
        "every-change-logged",
        "The bulletin's data-quality notes must list every county whose statistic was altered; an unlogged change is a silent edit of official data.",
        Cases,
        (method, c) =>
        {
            var (t, outcome) = Treat(method, c.Column);
            for (var i = 0; i < t.Length; i++)
            {
                if (!t[i].Equals(c.Column[i]) && !outcome.Points.Any(p => p.UnitIndex == i && p.Treated.Equals(t[i])))
                {
                    return $"county {i} changed from {CaseText.Number(c.Column[i])} to {CaseText.Number(t[i])} without a treated point in the outcome";
                }
            }

            return null;
        });

    /// <summary>The same column gives bit-identical treated values every time.</summary>
    public static Law<IOutlierTreatment> Deterministic { get; } = Law<IOutlierTreatment>.Create(
        "deterministic",
        "A published ranking must be reproducible by anyone re-running it, to the last bit.",
        Cases,
        (method, c) =>
        {
            var first = Treat(method, c.Column).Values;
            var second = Treat(method, c.Column).Values;
            return Tolerance.Identical(first, second) ? null : $"two runs gave {CaseText.Numbers(first)} and {CaseText.Numbers(second)}";
        });

    /// <summary>Every outlier-treatment law, in report order.</summary>
    public static ImmutableArray<Law<IOutlierTreatment>> All { get; } =
        [OrderPreserving, InvariantToCountyOrder, EqualInputsEqualOutputs, MissingStaysMissing, EveryChangeLogged, Deterministic];

    /// <summary>Checks <paramref name="method"/> against every law and returns the report.</summary>
    /// <param name="method">The treatment.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null.</param>
    public static LawReport Check(IOutlierTreatment method, LawCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        return LawRunner.Check(method, method.Name, All, options);
    }

    /// <summary>Checks every law and throws a <see cref="LawViolationException"/> with the readable report when any fails.</summary>
    /// <param name="method">The treatment.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null.</param>
    /// <returns>The report, when every law holds.</returns>
    public static LawReport ShouldSatisfyAllLaws(this IOutlierTreatment method, LawCheckOptions? options = null) =>
        Check(method, options).ThrowIfAnyFailed();

    private static FsCheck.Arbitrary<NormalisationCase> Cases(IOutlierTreatment method) => NormalisationCase.Arbitrary(PlainColumn);

    private static (double[] Values, TreatmentOutcome Outcome) Treat(IOutlierTreatment method, ImmutableArray<double> column)
    {
        var destination = new double[column.Length];
        var outcome = method.Treat(column.AsSpan(), destination);
        return (destination, outcome);
    }
}

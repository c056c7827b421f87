using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring.Imputation;
using CountyInnovation.Sdk.Testing.Formatting;
using CountyInnovation.Sdk.Testing.Generators;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// The laws every <see cref="IImputation"/> (缺失值插补) is held to, each usable alone, and the one-line
/// checks. A case's rows are counties and its components are consecutive years (from 2018), the last
/// being the year imputed; group labels (for by-city methods) come from the case's order keys.
/// </summary>
public static class ImputationLaws
{
    /// <summary>The first year of the generated histories.</summary>
    public const int FirstYear = 2018;

    /// <summary>Observed values are never changed.</summary>
    public static Law<IImputation> ObservedValuesUnchanged { get; } = Law<IImputation>.Create(
        "observed-values-unchanged",
        "Imputation fills gaps; altering a statistic a county actually reported would publish a number nobody measured.",
        Cases,
        (method, c) =>
        {
            var (current, filled, _) = Impute(method, c);
            var i = Scan.FirstIndex(current, (v, k) => !double.IsNaN(v) && !filled[k].Equals(v));
            return i < 0 ? null : $"county {i} reported {CaseText.Number(current[i])} but came out as {CaseText.Number(filled[i])}";
        });

    /// <summary>Every filled value is in the outcome's imputed list (with that value), and every gap left is in its still-missing list.</summary>
    public static Law<IImputation> EveryImputationLogged { get; } = Law<IImputation>.Create(
        "every-imputation-logged",
        "Measure 1's bulletin must say which figures were estimated and how; missing data must be reported, never guessed silently.",
        Cases,
        (method, c) =>
        {
            var (current, filled, outcome) = Impute(method, c);
            for (var i = 0; i < current.Count; i++)
            {
                if (!double.IsNaN(current[i]))
                {
                    continue;
                }

                var logged = outcome.Imputed.Any(v => v.UnitIndex == i && v.Value.Equals(filled[i]));
                var listed = outcome.StillMissing.Contains(i);
                if (double.IsNaN(filled[i]) ? !listed : !logged)
                {
                    return $"county {i} was missing and came out as {CaseText.Number(filled[i])}, but the outcome {(double.IsNaN(filled[i]) ? "does not list it as still missing" : "does not log that imputed value")}";
                }
            }

            return null;
        });

    /// <summary>Listing the counties in another order fills every county the same way.</summary>
    public static Law<IImputation> InvariantToCountyOrder { get; } = Law<IImputation>.Create(
        "invariant-to-county-order",
        "An estimate for a county must depend on the data, not on its row in the file.",
        Cases,
        (method, c) =>
        {
            var order = c.Order;
            var (_, filled, _) = Impute(method, c);
            var reordered = c.WithRows([.. order.Select(i => c.Rows[i])]);
            var (_, z, _) = Impute(method, reordered, [.. order.Select(i => GroupOf(c, i))]);
            var p = Scan.FirstIndex(z, (v, k) => !Tolerance.Close(v, filled[order[k]]));
            return p < 0 ? null : $"listed in the order [{string.Join(", ", order)}], county {order[p]} came out as {CaseText.Number(z[p])} instead of {CaseText.Number(filled[order[p]])}";
        });

    /// <summary>The same input gives bit-identical output every time.</summary>
    public static Law<IImputation> Deterministic { get; } = Law<IImputation>.Create(
        "deterministic",
        "A published ranking must be reproducible by anyone re-running it, to the last bit.",
        Cases,
        (method, c) =>
        {
            var first = Impute(method, c).Filled;
            var second = Impute(method, c).Filled;
            return Tolerance.Identical(first, second) ? null : $"two runs gave {CaseText.Numbers(first)} and {CaseText.Numbers(second)}";
        });

    /// <summary>Every imputation law, in report order.</summary>
    public static ImmutableArray<Law<IImputation>> All { get; } =
        [ObservedValuesUnchanged, EveryImputationLogged, InvariantToCountyOrder, Deterministic];

    /// <summary>Checks <paramref name="method"/> against every law and returns the report.</summary>
    /// <param name="method">The imputation.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null.</param>
    public static LawReport Check(IImputation method, LawCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        return LawRunner.Check(method, method.Name, All, options);
    }

    /// <summary>Checks every law and throws a <see cref="LawViolationException"/> with the readable report when any fails.</summary>
    /// <param name="method">The imputation.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null.</param>
    /// <returns>The report, when every law holds.</returns>
    public static LawReport ShouldSatisfyAllLaws(this IImputation method, LawCheckOptions? options = null) =>
        Check(method, options).ThrowIfAnyFailed();

    private static FsCheck.Arbitrary<AggregationCase> Cases(IImputation method) =>
        AggregationCase.Arbitrary(ColumnOptions.Default.WithMinLength(1).WithDomain(ValueDomain.NonNegative));

    private static int GroupOf(AggregationCase c, int unit) => c.OrderKeys[unit] % 3;

    private static (IReadOnlyList<double> Current, double[] Filled, ImputationOutcome Outcome) Impute(IImputation method, AggregationCase c) =>
        Impute(method, c, [.. Enumerable.Range(0, c.UnitCount).Select(i => GroupOf(c, i))]);

    private static (IReadOnlyList<double> Current, double[] Filled, ImputationOutcome Outcome) Impute(IImputation method, AggregationCase c, int[] groups)
    {
        var last = c.ComponentCount - 1;
        var current = c.Rows.Select(r => r[last]).ToArray();
        ImputationInput input;
        if (method.Requirements.HasFlag(ImputationRequirements.History))
        {
            var history = IndicatorHistory.Create(Enumerable.Range(0, c.ComponentCount).Select(j =>
                new KeyValuePair<int, IReadOnlyList<double>>(FirstYear + j, c.Rows.Select(r => r[j]).ToArray())));
            input = ImputationInput.ForYear(history, FirstYear + last);
        }
        else
        {
            input = ImputationInput.ForColumn(current);
        }

        if (method.Requirements.HasFlag(ImputationRequirements.Groups))
        {
            input = input.WithGroups(groups);
        }

        var filled = new double[current.Length];
        var outcome = method.Impute(input, filled);
        return (current, filled, outcome);
    }
}

using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Testing.Formatting;
using CountyInnovation.Sdk.Testing.Generators;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// The laws every <see cref="INormalisation"/> (标准化方法) is held to, each usable alone, and the
/// one-line checks <see cref="Check"/> and <see cref="ShouldSatisfyAllLaws"/>. Which laws apply
/// follows from the method's declared <see cref="NormalisationTraits"/>.
/// </summary>
public static class NormalisationLaws
{
    /// <summary>Every observed output lies within the declared range [LowerBound, UpperBound]. Applies when a bound is finite.</summary>
    public static Law<INormalisation> OutputWithinDeclaredRange { get; } = Law<INormalisation>.Create(
        "output-within-declared-range",
        "A published score outside its declared scale (a 105 on a 0-100 scale, a negative share) is read as an error, and downstream steps such as a geometric mean rely on the bounds.",
        Cases,
        (method, c) =>
        {
            var y = Normalise(method, c.Column, c.Context);
            var (low, high) = (method.Traits.LowerBound, method.Traits.UpperBound);
            var i = Scan.FirstIndex(y, v => !double.IsNaN(v) && (!Tolerance.AtMost(low, v) || !Tolerance.AtMost(v, high)));
            return i < 0 ? null : $"county {i} scored {CaseText.Number(y[i])}, outside the declared range [{CaseText.Number(low)}, {CaseText.Number(high)}]";
        })
        .When("the method declares a finite lower or upper bound", m => double.IsFinite(m.Traits.LowerBound) || double.IsFinite(m.Traits.UpperBound));

    /// <summary>Outputs have the declared sign: strictly positive always, or whenever the observed inputs are.</summary>
    public static Law<INormalisation> OutputHasDeclaredSign { get; } = Law<INormalisation>.Create(
        "output-has-declared-sign",
        "A geometric or harmonic mean after the normalisation is only defined when the promised positivity holds; the up-front compatibility check trusts this declaration.",
        Cases,
        (method, c) =>
        {
            var observed = c.Column.Where(v => !double.IsNaN(v)).ToList();
            if (method.Traits.Sign == OutputSign.PositiveForPositiveInput && observed.Any(v => v <= 0))
            {
                return null;
            }

            var y = Normalise(method, c.Column, c.Context);
            var i = Scan.FirstIndex(y, v => !double.IsNaN(v) && v <= 0);
            return i < 0 ? null : $"county {i} scored {CaseText.Number(y[i])} although the method declares {method.Traits.Sign}";
        })
        .When("the method declares positive outputs", m => m.Traits.Sign != OutputSign.MayBeZeroOrNegative);

    /// <summary>A county that is better on the indicator (by its polarity) never scores lower than a worse one.</summary>
    public static Law<INormalisation> MonotoneInDirection { get; } = Law<INormalisation>.Create(
        "monotone-in-direction",
        "A county with more patents (or less of a cost indicator) than another must not be placed below it: otherwise the ranking punishes doing better.",
        Cases,
        (method, c) =>
        {
            var y = Normalise(method, c.Column, c.Context);
            var sign = Sign(c.Polarity);
            for (var i = 0; i < y.Length; i++)
            {
                for (var j = 0; j < y.Length; j++)
                {
                    if (!double.IsNaN(c.Column[i]) && !double.IsNaN(c.Column[j]) && sign * c.Column[i] < sign * c.Column[j] && !Tolerance.AtMost(y[i], y[j]))
                    {
                        return $"county {j} is better ({CaseText.Number(c.Column[j])} vs {CaseText.Number(c.Column[i])}, {c.Polarity}) but scored {CaseText.Number(y[j])} < {CaseText.Number(y[i])}";
                    }
                }
            }

            return null;
        });

    /// <summary>Improving one county's value (in the indicator's direction), all else equal, never lowers its own score.</summary>
    public static Law<INormalisation> MonotoneInOwnValue { get; } = Law<INormalisation>.Create(
        "monotone-in-own-value",
        "A county that improves while the others stand still must not lose points: the evaluation is meant to reward progress (跃升).",
        Cases,
        (method, c) =>
        {
            var before = c.Column[c.Unit];
            var after = before + (Sign(c.Polarity) * c.Step);
            if (double.IsNaN(before) || !NormalisationCase.OptionsFor(method.Traits).Admits(after))
            {
                return null;
            }

            var y0 = Normalise(method, c.Column, c.Context)[c.Unit];
            var y1 = Normalise(method, c.Column.SetItem(c.Unit, after), c.Context)[c.Unit];
            return Tolerance.AtMost(y0, y1) ? null
                : $"improving county {c.Unit} from {CaseText.Number(before)} to {CaseText.Number(after)} lowered its score from {CaseText.Number(y0)} to {CaseText.Number(y1)}";
        });

    /// <summary>Listing the counties in another order gives every county the same score.</summary>
    public static Law<INormalisation> InvariantToCountyOrder { get; } = Law<INormalisation>.Create(
        "invariant-to-county-order",
        "The order of rows in a statistics file is an accident of data entry; a county's score must not depend on it.",
        Cases,
        (method, c) =>
        {
            if (c.Reference is not null)
            {
                return null;
            }

            var order = c.Order;
            var y = Normalise(method, c.Column, c.Context);
            var z = Normalise(method, [.. order.Select(i => c.Column[i])], c.Context);
            var p = Scan.FirstIndex(z, (v, k) => !Tolerance.Close(v, y[order[k]]));
            return p < 0 ? null
                : $"listed in the order [{string.Join(", ", order)}], county {order[p]} scored {CaseText.Number(z[p])} instead of {CaseText.Number(y[order[p]])}";
        });

    /// <summary>Counties with equal values get exactly equal scores (missing ones both stay missing).</summary>
    public static Law<INormalisation> EqualInputsEqualScores { get; } = Law<INormalisation>.Create(
        "equal-inputs-equal-scores",
        "Two counties with the same statistics must get the same score and share a rank; anything else is an arbitrary tie-break that a county could contest.",
        Cases,
        (method, c) =>
        {
            var y = Normalise(method, c.Column, c.Context);
            for (var i = 0; i < y.Length; i++)
            {
                for (var j = i + 1; j < y.Length; j++)
                {
                    if (c.Column[i].Equals(c.Column[j]) && !y[i].Equals(y[j]))
                    {
                        return $"counties {i} and {j} both have {CaseText.Number(c.Column[i])} but scored {CaseText.Number(y[i])} and {CaseText.Number(y[j])}";
                    }
                }
            }

            return null;
        });

    /// <summary>A positive affine change of units (x → a·x + b, a &gt; 0) leaves every score unchanged. Applies to methods that declare it.</summary>
    public static Law<INormalisation> InvariantUnderPositiveAffineMaps { get; } = Law<INormalisation>.Create(
        "invariant-under-positive-affine-maps",
        "A scale-free method must give the same scores whether expenditure is in yuan or 10,000 yuan, or a temperature-like indicator is shifted: otherwise the choice of unit changes the ranking.",
        Cases,
        (method, c) =>
        {
            var y = Normalise(method, c.Column, c.Context);
            var z = Normalise(method, [.. c.Column.Select(v => (c.Scale * v) + c.Shift)], c.Context);
            var i = Scan.FirstIndex(z, (v, k) => !Tolerance.Close(v, y[k]));
            return i < 0 ? null
                : $"after x → {CaseText.Number(c.Scale)}·x + {CaseText.Number(c.Shift)}, county {i} scored {CaseText.Number(z[i])} instead of {CaseText.Number(y[i])}";
        })
        .When("the method declares itself affine invariant", m => m.Traits.IsAffineInvariant);

    /// <summary>Missing values stay missing and observed values get a finite score.</summary>
    public static Law<INormalisation> MissingStaysMissing { get; } = Law<INormalisation>.Create(
        "missing-stays-missing",
        "A missing statistic must be reported as missing (or imputed in a logged step), never silently turned into a score; an observed one must never be lost.",
        Cases,
        (method, c) =>
        {
            var y = Normalise(method, c.Column, c.Context);
            var i = Scan.FirstIndex(y, (v, k) => double.IsNaN(c.Column[k]) ? !double.IsNaN(v) : !double.IsFinite(v));
            return i < 0 ? null : $"county {i} had {CaseText.Number(c.Column[i])} and scored {CaseText.Number(y[i])}";
        });

    /// <summary>The same column and context give bit-identical scores every time.</summary>
    public static Law<INormalisation> Deterministic { get; } = Law<INormalisation>.Create(
        "deterministic",
        "A published ranking must be reproducible by anyone re-running it: same inputs, same scores, to the last bit.",
        Cases,
        (method, c) =>
        {
            var first = Normalise(method, c.Column, c.Context);
            var second = Normalise(method, c.Column, c.Context);
            return Tolerance.Identical(first, second) ? null
                : $"two runs gave {CaseText.Numbers(first)} and {CaseText.Numbers(second)}";
        });

    /// <summary>Every normalisation law, in report order.</summary>
    public static ImmutableArray<Law<INormalisation>> All { get; } =
    [
        OutputWithinDeclaredRange, OutputHasDeclaredSign, MonotoneInDirection, MonotoneInOwnValue,
        InvariantToCountyOrder, EqualInputsEqualScores, InvariantUnderPositiveAffineMaps, MissingStaysMissing, Deterministic,
    ];

    /// <summary>Checks <paramref name="method"/> against every law that applies and returns the report (never throws for a violation).</summary>
    /// <param name="method">The normalisation.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null.</param>
    public static LawReport Check(INormalisation method, LawCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        return LawRunner.Check(method, method.Name, All, options);
    }

    /// <summary>Checks every law that applies and throws a <see cref="LawViolationException"/> with the readable report when any fails.</summary>
    /// <param name="method">The normalisation.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null.</param>
    /// <returns>The report, when every applicable law holds.</returns>
    public static LawReport ShouldSatisfyAllLaws(this INormalisation method, LawCheckOptions? options = null) =>
        Check(method, options).ThrowIfAnyFailed();

    private static FsCheck.Arbitrary<NormalisationCase> Cases(INormalisation method) => NormalisationCase.Arbitrary(method.Traits);

    private static double Sign(Polarity polarity) => polarity == Polarity.LessIsBetter ? -1 : 1;

    private static double[] Normalise(INormalisation method, ImmutableArray<double> column, NormalisationContext context)
    {
        var destination = new double[column.Length];
        method.Normalise(column.AsSpan(), context, destination);
        return destination;
    }
}

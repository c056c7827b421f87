using System.Collections.Immutable;
using System.Text;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Testing.Formatting;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Testing.Generators;

/// <summary>
/// One generated input for a single-column method (a normalisation or an outlier treatment): a
/// column (NaN = missing), its polarity, the context the method needs (goalposts, target,
/// reference unit) and the extra ingredients some laws use: a county to improve and by how much,
/// a reordering of the counties, and a positive affine map x → a·x + b.
/// </summary>
public sealed class NormalisationCase : IEquatable<NormalisationCase>
{
    private NormalisationCase(
        ImmutableArray<double> column,
        Polarity polarity,
        Goalposts? goalposts,
        double? target,
        int? reference,
        int unit,
        double step,
        ImmutableArray<int> orderKeys,
        double scale,
        double shift)
    {
        Column = column;
        Polarity = polarity;
        Goalposts = goalposts;
        Target = target;
        Reference = reference;
        Unit = unit;
        Step = step;
        OrderKeys = orderKeys;
        Scale = scale;
        Shift = shift;
    }

    /// <summary>The column, one value per county (NaN = missing).</summary>
    public ImmutableArray<double> Column { get; }

    /// <summary>Whether more or less is better for this indicator.</summary>
    public Polarity Polarity { get; }

    /// <summary>The goalposts, when the method requires them.</summary>
    public Goalposts? Goalposts { get; }

    /// <summary>The target, when the method requires one.</summary>
    public double? Target { get; }

    /// <summary>The reference county's index, when the method requires one.</summary>
    public int? Reference { get; }

    /// <summary>The county the monotonicity law improves.</summary>
    public int Unit { get; }

    /// <summary>How much the monotonicity law improves <see cref="Unit"/> (in the good direction), &gt; 0.</summary>
    public double Step { get; }

    /// <summary>Sort keys, one per county: the reordering law lists the counties by ascending key.</summary>
    public ImmutableArray<int> OrderKeys { get; }

    /// <summary>The factor a &gt; 0 of the affine map.</summary>
    public double Scale { get; }

    /// <summary>The shift b of the affine map.</summary>
    public double Shift { get; }

    /// <summary>The normalisation context this case gives the method.</summary>
    public NormalisationContext Context
    {
        get
        {
            var context = NormalisationContext.For(Polarity);
            if (Goalposts is { } goalposts)
            {
                context = context.WithGoalposts(goalposts);
            }

            if (Target is { } target)
            {
                context = context.WithTarget(target);
            }

            return Reference is { } reference ? context.WithReferenceUnit(reference) : context;
        }
    }

    /// <summary>The counties' indices listed in the order of <see cref="OrderKeys"/> (ties keep their order).</summary>
    public ImmutableArray<int> Order => [.. Enumerable.Range(0, Column.Length).OrderBy(i => OrderKeys[i])];

    /// <summary>Generates cases for a method with the given traits: positive columns when it requires positive input, and the context it requires.</summary>
    /// <param name="traits">The method's declared traits.</param>
    public static Gen<NormalisationCase> Generator(NormalisationTraits traits)
    {
        ArgumentNullException.ThrowIfNull(traits);
        var options = OptionsFor(traits);
        var goalposts = traits.Requirements.HasFlag(NormalisationRequirements.Goalposts)
            ? Gen.Choose(0, 10).SelectMany(low => Gen.Choose(1, 40).Select(width => (Goalposts?)Scoring.Normalisation.Goalposts.Of(low, low + width)))
            : Gen.Constant<Goalposts?>(null);
        var target = traits.Requirements.HasFlag(NormalisationRequirements.Target)
            ? Gen.Choose(1, 60).Select(t => (double?)t)
            : Gen.Constant<double?>(null);
        return
            from column in Columns.Column(options)
            from polarity in Gen.Elements(Polarity.MoreIsBetter, Polarity.LessIsBetter)
            from g in goalposts
            from t in target
            from reference in Gen.Choose(0, column.Length - 1)
            from unit in Gen.Choose(0, column.Length - 1)
            from step in Gen.Elements(1.0, 2.0, 5.0, 0.5, 10.0, 100.0)
            from keys in Gen.ArrayOf(Gen.Choose(0, column.Length * 4), column.Length)
            from scale in Gen.Elements(2.0, 0.5, 10.0, 3.0, 0.1, 1000.0)
            from shift in Gen.Choose(-100, 100)
            select new NormalisationCase(
                column,
                polarity,
                g,
                t,
                traits.Requirements.HasFlag(NormalisationRequirements.ReferenceUnit) ? reference : null,
                unit,
                step,
                [.. keys],
                scale,
                traits.RequiresPositiveInput ? Math.Abs(shift) : shift);
    }

    /// <summary>Shrinks a case: drop a county (never the improved or reference one), simplify one value, then the extras.</summary>
    /// <param name="case">The failing case.</param>
    /// <param name="traits">The method's declared traits (kept by every candidate).</param>
    public static IEnumerable<NormalisationCase> Shrink(NormalisationCase @case, NormalisationTraits traits)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(traits);
        var options = OptionsFor(traits);
        var column = @case.Column;
        if (column.Length > options.MinLength)
        {
            for (var k = 0; k < column.Length; k++)
            {
                if (k != @case.Unit && k != @case.Reference)
                {
                    yield return @case.Without(k);
                }
            }
        }

        foreach (var shrunk in Columns.SimplifyEach(column, options))
        {
            yield return @case.WithColumn(shrunk);
        }

        if (@case.Step != 1)
        {
            yield return new(column, @case.Polarity, @case.Goalposts, @case.Target, @case.Reference, @case.Unit, 1, @case.OrderKeys, @case.Scale, @case.Shift);
        }

        if (@case.Shift != 0)
        {
            yield return new(column, @case.Polarity, @case.Goalposts, @case.Target, @case.Reference, @case.Unit, @case.Step, @case.OrderKeys, @case.Scale, 0);
        }

        if (@case.Scale != 2)
        {
            yield return new(column, @case.Polarity, @case.Goalposts, @case.Target, @case.Reference, @case.Unit, @case.Step, @case.OrderKeys, 2, @case.Shift);
        }

        if (@case.Polarity == Polarity.LessIsBetter)
        {
            yield return new(column, Polarity.MoreIsBetter, @case.Goalposts, @case.Target, @case.Reference, @case.Unit, @case.Step, @case.OrderKeys, @case.Scale, @case.Shift);
        }
    }

    /// <summary>Cases with their shrinker, for a method with the given traits.</summary>
    /// <param name="traits">The method's declared traits.</param>
    public static Arbitrary<NormalisationCase> Arbitrary(NormalisationTraits traits) =>
        Arb.From(Generator(traits), c => Shrink(c, traits));

    /// <inheritdoc/>
    public bool Equals(NormalisationCase? other) =>
        other is not null && Column.SequenceEqual(other.Column) && Polarity == other.Polarity
        && Nullable.Equals(Goalposts, other.Goalposts) && Nullable.Equals(Target, other.Target)
        && Reference == other.Reference && Unit == other.Unit && Step.Equals(other.Step)
        && OrderKeys.SequenceEqual(other.OrderKeys) && Scale.Equals(other.Scale) && Shift.Equals(other.Shift);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NormalisationCase);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Column.Length, Polarity, Unit, Step, Scale, Shift);

    /// <summary>The column, polarity and context, e.g. <c>column [0, 2], MoreIsBetter</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("column ").Append(CaseText.Numbers(Column)).Append(", ").Append(Polarity);
        if (Goalposts is { } g)
        {
            text.Append(", goalposts [").Append(CaseText.Number(g.Low)).Append(", ").Append(CaseText.Number(g.High)).Append(']');
        }

        if (Target is { } t)
        {
            text.Append(", target ").Append(CaseText.Number(t));
        }

        if (Reference is { } r)
        {
            text.Append(", reference county ").Append(r);
        }

        return text.ToString();
    }

    internal static ColumnOptions OptionsFor(NormalisationTraits traits) =>
        ColumnOptions.Default.WithDomain(traits.RequiresPositiveInput ? ValueDomain.Positive : ValueDomain.Real);

    internal NormalisationCase WithColumn(ImmutableArray<double> column) =>
        new(column, Polarity, Goalposts, Target, Reference, Unit, Step, OrderKeys, Scale, Shift);

    private NormalisationCase Without(int k) => new(
        Column.RemoveAt(k),
        Polarity,
        Goalposts,
        Target,
        Reference is { } r && r > k ? r - 1 : Reference,
        Unit > k ? Unit - 1 : Unit,
        Step,
        OrderKeys.RemoveAt(k),
        Scale,
        Shift);
}

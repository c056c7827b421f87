using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Normalisation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Scoring;

public class NormalisationPropertyTests
{
    private static readonly INormalisation[] ColumnMethods =
    [
        MinMaxNormalisation.Create(0, 100),
        MinMaxNormalisation.Create(1, 100),
        ZScoreNormalisation.Standard,
        RankNormalisation.Instance,
        PercentileRankNormalisation.Instance,
        VectorNormalisation.Instance,
        GoalpostNormalisation.Create(100),
        DistanceToReferenceNormalisation.Create(),
    ];

    private static NormalisationContext ContextFor(INormalisation method, Polarity polarity, double[] column)
    {
        var context = NormalisationContext.For(polarity);
        if (method.Traits.Requirements.HasFlag(NormalisationRequirements.Goalposts))
        {
            context = context.WithGoalposts(Goalposts.Of(-500, 500));
        }

        if (method.Traits.Requirements.HasFlag(NormalisationRequirements.ReferenceUnit))
        {
            // the best observed unit, so that the reference is never the worst unless the column is constant
            var oriented = column.Select(v => (int)polarity * v).ToArray();
            var best = Array.IndexOf(oriented, oriented.Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Max());
            context = context.WithReferenceUnit(Math.Max(best, 0));
        }

        return context;
    }

    private static bool Applicable(INormalisation method, double[] column)
    {
        var observed = column.Where(v => !double.IsNaN(v)).ToArray();
        if (observed.Length == 0)
        {
            return false;
        }

        // distance to a reference needs a reference better than the worst
        return method is not DistanceToReferenceNormalisation || observed.Distinct().Count() > 1;
    }

    private static double[] Run(INormalisation method, double[] x, NormalisationContext context)
    {
        var y = new double[x.Length];
        method.Normalise(x, context, y);
        return y;
    }

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Outputs_stay_within_the_declared_bounds_and_missing_stays_missing(double[] column) =>
        Prop.ToProperty(ColumnMethods.Where(m => Applicable(m, column)).All(m =>
            new[] { Polarity.MoreIsBetter, Polarity.LessIsBetter }.All(p =>
            {
                var y = Run(m, column, ContextFor(m, p, column));
                return y.Select((v, i) => double.IsNaN(column[i])
                    ? double.IsNaN(v)
                    : v >= m.Traits.LowerBound - 1e-9 && v <= m.Traits.UpperBound + 1e-9 && double.IsFinite(v)).All(ok => ok);
            })));

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Outputs_are_monotone_in_the_indicator_direction(double[] column) =>
        Prop.ToProperty(ColumnMethods.Where(m => Applicable(m, column)).All(m =>
            new[] { Polarity.MoreIsBetter, Polarity.LessIsBetter }.All(p =>
            {
                var y = Run(m, column, ContextFor(m, p, column));
                for (var a = 0; a < column.Length; a++)
                {
                    for (var b = 0; b < column.Length; b++)
                    {
                        if (double.IsNaN(column[a]) || double.IsNaN(column[b]))
                        {
                            continue;
                        }

                        var better = p == Polarity.MoreIsBetter ? column[a] > column[b] : column[a] < column[b];
                        if (better && y[a] < y[b] - 1e-9)
                        {
                            return false;
                        }

                        if (column[a] == column[b] && y[a] != y[b])
                        {
                            return false;
                        }
                    }
                }

                return true;
            })));

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Permuting_units_permutes_the_outputs((double[] Column, int[] Permutation) input)
    {
        var (column, permutation) = input;
        INormalisation[] methods = [MinMaxNormalisation.Create(0, 100), ZScoreNormalisation.Standard, RankNormalisation.Instance,
            PercentileRankNormalisation.Instance, VectorNormalisation.Instance];
        return Prop.ToProperty(methods.Where(m => Applicable(m, column)).All(m =>
        {
            var context = NormalisationContext.For(Polarity.LessIsBetter);
            var direct = Run(m, column, context);
            var permuted = Run(m, ScoringGenerators.Permute(column, permutation), context);
            return permutation.Select((p, i) => SameOrClose(direct[p], permuted[i], 1e-9)).All(ok => ok);
        }));
    }

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Affine_invariant_methods_ignore_positive_affine_transforms((double[] Column, double Scale, double Shift) input)
    {
        var (column, a, b) = input;
        var transformed = column.Select(x => (a * x) + b).ToArray();
        return Prop.ToProperty(ColumnMethods.Where(m => m.Traits.IsAffineInvariant && Applicable(m, column) && m is not DistanceToReferenceNormalisation).All(m =>
        {
            var context = NormalisationContext.For(Polarity.MoreIsBetter);
            var direct = Run(m, column, context);
            var moved = Run(m, transformed, context);
            var scale = Math.Max(1, Math.Abs(m.Traits.IsBounded ? m.Traits.UpperBound : 1));
            return direct.Zip(moved).All(p => SameOrClose(p.First, p.Second, 1e-7 * scale));
        }));
    }

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Equal_inputs_give_equal_outputs(double[] column)
    {
        var doubled = column.Concat(column).ToArray();
        return Prop.ToProperty(ColumnMethods.Where(m => Applicable(m, doubled)).All(m =>
        {
            var y = Run(m, doubled, ContextFor(m, Polarity.MoreIsBetter, doubled));
            return Enumerable.Range(0, column.Length).All(i => SameOrClose(y[i], y[i + column.Length], 0));
        }));
    }

    private static bool SameOrClose(double x, double y, double tolerance) =>
        (double.IsNaN(x) && double.IsNaN(y)) || Math.Abs(x - y) <= tolerance;
}

using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Testing.Generators;

/// <summary>
/// Generators and shrinkers of indicator columns and matrices (rows = counties, NaN = missing) with
/// the shapes real county statistics have: log-normal skew, ties, outliers, constant columns and
/// missing values. Shrinking drops counties and turns values into small round numbers, so a
/// counterexample reads like <c>[0, 2]</c> rather than sixteen digits.
/// </summary>
public static class Columns
{
    /// <summary>One observed value of the given domain (never missing).</summary>
    /// <param name="domain">The values allowed.</param>
    public static Gen<double> Value(ValueDomain domain)
    {
        var smallInteger = Gen.Choose(domain == ValueDomain.Positive ? 1 : 0, 10).Select(i => (double)i);
        var logNormal = Gen.Choose(-2000, 2000).Select(z => Math.Round(Math.Exp(1 + (z / 1000.0)), 2));
        var outlier = Gen.Choose(50, 5000).Select(i => i * 10.0);
        var nonNegative = Gen.Frequency((4, smallInteger), (4, logNormal), (1, outlier));
        return domain == ValueDomain.Real
            ? Gen.Frequency((6, nonNegative), (2, nonNegative.Select(v => -v)))
            : nonNegative;
    }

    /// <summary>A column of at least <see cref="ColumnOptions.MinLength"/> values; its length grows with the generator size.</summary>
    /// <param name="options">The column shape; <see cref="ColumnOptions.Default"/> when null.</param>
    public static Gen<ImmutableArray<double>> Column(ColumnOptions? options = null)
    {
        options ??= ColumnOptions.Default;
        var min = options.AllowConstant ? options.MinLength : Math.Max(2, options.MinLength);
        var length = Gen.Sized(size => Gen.Choose(min, Math.Max(min, size + 1)));
        return length.SelectMany(n => ColumnOfLength(n, options));
    }

    /// <summary>A column of exactly <paramref name="length"/> values.</summary>
    /// <param name="length">The number of counties, at least 1.</param>
    /// <param name="options">The column shape; <see cref="ColumnOptions.Default"/> when null.</param>
    public static Gen<ImmutableArray<double>> ColumnOfLength(int length, ColumnOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        options ??= ColumnOptions.Default;
        var value = Value(options.Domain);
        var cell = options.AllowMissing ? Gen.Frequency((11, value), (1, Gen.Constant(double.NaN))) : value;
        var mixed = Gen.ArrayOf(cell, length);
        var tied = Gen.ArrayOf(value, 2).SelectMany(pool => Gen.ArrayOf(Gen.Elements(pool), length));
        var constant = value.Select(v => Enumerable.Repeat(v, length).ToArray());
        if (options.AllowConstant)
        {
            return Gen.Frequency((8, mixed), (2, tied), (1, constant)).Select(ImmutableArray.Create);
        }

        if (length < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A column that must not be constant needs at least two counties.");
        }

        // Break a constant column by moving one observed value away, rather than filtering (which may never end).
        return Gen.Frequency((8, mixed), (2, tied)).Select(values =>
        {
            if (!IsNotConstant(values))
            {
                var i = Array.FindIndex(values, v => !double.IsNaN(v));
                var j = i < 0 || i == values.Length - 1 ? 0 : i + 1;
                values[j] = (i < 0 ? 1 : values[i]) + 1;
                if (i < 0)
                {
                    values[(j + 1) % values.Length] = 1;
                }
            }

            return ImmutableArray.Create(values);
        });
    }

    /// <summary>Shrinks a column: drop one county, then turn one value into 0 (1 for positive domains), a rounder or smaller number, or observe a missing one.</summary>
    /// <param name="column">The failing column.</param>
    /// <param name="options">The shape every candidate must keep; <see cref="ColumnOptions.Default"/> when null.</param>
    public static IEnumerable<ImmutableArray<double>> Shrink(ImmutableArray<double> column, ColumnOptions? options = null)
    {
        options ??= ColumnOptions.Default;
        var keep = options;
        var fewer = column.Length > options.MinLength
            ? Enumerable.Range(0, column.Length).Select(column.RemoveAt)
            : [];
        return fewer.Where(c => keep.AllowConstant || IsNotConstant(c)).Concat(SimplifyEach(column, options));
    }

    /// <summary>A column with its shrinker, ready for <c>Prop.ForAll</c>.</summary>
    /// <param name="options">The column shape; <see cref="ColumnOptions.Default"/> when null.</param>
    public static Arbitrary<ImmutableArray<double>> Arbitrary(ColumnOptions? options = null) =>
        Arb.From(Column(options), c => Shrink(c, options));

    /// <summary>Simpler replacements for one value: the domain's origin, an integer, half of it, an observed value for a missing one.</summary>
    /// <param name="value">The value to simplify.</param>
    /// <param name="domain">The values allowed.</param>
    public static IEnumerable<double> SimplerValues(double value, ValueDomain domain)
    {
        var origin = domain == ValueDomain.Positive ? 1.0 : 0.0;
        if (double.IsNaN(value))
        {
            yield return origin;
            yield break;
        }

        if (value != origin)
        {
            yield return origin;
        }

        var rounded = Math.Round(value);
        if (rounded != value && rounded != origin)
        {
            yield return rounded;
        }

        var half = Math.Truncate(value / 2);
        if (Math.Abs(half) < Math.Abs(value) && half != rounded && half != origin)
        {
            yield return half;
        }

        if (value < 0)
        {
            yield return -value;
        }
    }

    /// <summary>Candidates that simplify one value of the column each (see <see cref="SimplerValues"/>), keeping the options.</summary>
    /// <param name="column">The column.</param>
    /// <param name="options">The shape every candidate must keep.</param>
    public static IEnumerable<ImmutableArray<double>> SimplifyEach(ImmutableArray<double> column, ColumnOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Tied values are simplified together first, so a tie (or a constant column) that the
        // failure depends on survives shrinking.
        var together = column.Where(v => column.Count(w => w.Equals(v)) > 1).Distinct()
            .SelectMany(v => SimplerValues(v, options.Domain).Select(s => column.Select(w => w.Equals(v) ? s : w).ToImmutableArray()));
        var alone = Enumerable.Range(0, column.Length)
            .SelectMany(i => SimplerValues(column[i], options.Domain).Select(v => column.SetItem(i, v)));
        return together.Concat(alone).Where(c => c.All(options.Admits) && (options.AllowConstant || IsNotConstant(c)));
    }

    private static bool IsNotConstant(IEnumerable<double> column) =>
        column.Where(v => !double.IsNaN(v)).Distinct().Skip(1).Any();
}

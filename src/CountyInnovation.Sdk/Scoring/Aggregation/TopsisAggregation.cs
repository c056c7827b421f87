using System.Buffers;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>
/// TOPSIS closeness (逼近理想解法), the second half of the TOPSIS pair whose first half is
/// <see cref="Normalisation.VectorNormalisation"/>: with v_ij = w_j·r_ij (weights normalised to sum 1),
/// the ideal A⁺_j = max_i v_ij and anti-ideal A⁻_j = min_i v_ij over the scored units,
/// D⁺_i = √Σ_j (v_ij − A⁺_j)², D⁻_i = √Σ_j (v_ij − A⁻_j)², and C_i = D⁻_i/(D⁺_i + D⁻_i) ∈ [0, 1].
/// Columns arrive oriented (larger is better), so the ideal is always the maximum.
/// </summary>
/// <remarks>
/// A missing component leaves its term out of both of the unit's distances. When both distances are 0
/// (every unit identical) C is ½. A unit below the availability threshold scores NaN and is left out of
/// the ideal and anti-ideal.
/// </remarks>
public sealed record TopsisAggregation : IAggregation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "topsis";

    private TopsisAggregation()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static TopsisAggregation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public AggregationTraits Traits { get; } = AggregationTraits.Create(false, AggregationScope.AcrossUnits, preservesPositivity: false);

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static TopsisAggregation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public void Aggregate(ReadOnlySpan<double> columnMajor, int unitCount, ReadOnlySpan<double> weights, AggregationOptions options, Span<double> destination)
    {
        MeanKernel.CheckArguments(columnMajor, unitCount, weights, destination);
        var k = weights.Length;
        double total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        if (!(total > 0))
        {
            throw new ArgumentException("TOPSIS needs at least one positive weight.", nameof(weights));
        }

        var rented = ArrayPool<double>.Shared.Rent(Math.Max(2 * unitCount, 1));
        var admittedArray = ArrayPool<bool>.Shared.Rent(Math.Max(unitCount, 1));
        try
        {
            var plus = rented.AsSpan(0, unitCount);
            var minus = rented.AsSpan(unitCount, unitCount);
            var admitted = admittedArray.AsSpan(0, unitCount);
            plus.Clear();
            minus.Clear();
            MeanKernel.Admit(columnMajor, unitCount, k, options, admitted);

            for (var j = 0; j < k; j++)
            {
                var w = weights[j] / total;
                var column = columnMajor.Slice(j * unitCount, unitCount);
                double best = double.NegativeInfinity, worst = double.PositiveInfinity;
                for (var i = 0; i < unitCount; i++)
                {
                    if (admitted[i] && !double.IsNaN(column[i]))
                    {
                        best = Math.Max(best, w * column[i]);
                        worst = Math.Min(worst, w * column[i]);
                    }
                }

                for (var i = 0; i < unitCount; i++)
                {
                    if (admitted[i] && !double.IsNaN(column[i]))
                    {
                        var v = w * column[i];
                        plus[i] += (v - best) * (v - best);
                        minus[i] += (v - worst) * (v - worst);
                    }
                }
            }

            for (var i = 0; i < unitCount; i++)
            {
                if (!admitted[i])
                {
                    destination[i] = double.NaN;
                    continue;
                }

                var dPlus = Math.Sqrt(plus[i]);
                var dMinus = Math.Sqrt(minus[i]);
                destination[i] = dPlus + dMinus > 0 ? dMinus / (dPlus + dMinus) : 0.5;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
            ArrayPool<bool>.Shared.Return(admittedArray);
        }
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}

using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>
/// Copeland aggregation (non-compensatory, across units): for every pair of units a, b the outranking
/// weight O_ab = Σ_{x_ai &gt; x_bi} w_i + ½Σ_{x_ai = x_bi} w_i over the components both have, with the
/// weights renormalised over those; score_a = Σ_b sign(O_ab − ½). Only the order of values matters,
/// not their size. Cost O(n²·k).
/// </summary>
/// <remarks>
/// sign(O_ab − ½) is computed as sign(Σ_{&gt;}w − Σ_{&lt;}w), the same quantity without the division;
/// margins within 1e-12 of the total weight count as ties, so that rounding of the weights (0.1 + 0.2
/// against 0.3) cannot break a tie. The inner loop runs over contiguous columns with SIMD. A pair with no component in common contributes 0. A unit below the
/// availability threshold scores NaN and is left out of everyone else's comparisons.
/// </remarks>
public sealed record CopelandAggregation : IAggregation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "copeland";

    private CopelandAggregation()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static CopelandAggregation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public AggregationTraits Traits { get; } = AggregationTraits.Create(false, AggregationScope.AcrossUnits, preservesPositivity: false);

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static CopelandAggregation FromParameters(MethodParameters parameters)
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
        var totalWeight = 0.0;
        foreach (var w in weights)
        {
            totalWeight += w;
        }

        // Weighted majorities that differ by rounding only (0.1 + 0.2 against 0.3) count as ties.
        var tolerance = 1e-12 * totalWeight;
        var admittedArray = ArrayPool<bool>.Shared.Rent(Math.Max(unitCount, 1));
        var marginArray = ArrayPool<double>.Shared.Rent(Math.Max(unitCount, 1));
        try
        {
            var admitted = admittedArray.AsSpan(0, unitCount);
            var margin = marginArray.AsSpan(0, unitCount);
            MeanKernel.Admit(columnMajor, unitCount, k, options, admitted);
            destination.Clear();

            // O_ab − ½ = −(O_ba − ½): each pair is compared once, for b > a, and scores both units.
            for (var a = 0; a < unitCount - 1; a++)
            {
                if (!admitted[a])
                {
                    continue;
                }

                // margin[t] for b = a + 1 + t: Σ_{x_a > x_b} w − Σ_{x_a < x_b} w, accumulated component by
                // component over contiguous columns; a comparison with NaN is false on both sides, so a
                // component missing for either unit adds nothing.
                var count = unitCount - a - 1;
                var span = margin[..count];
                span.Clear();
                for (var j = 0; j < k; j++)
                {
                    var xa = columnMajor[(j * unitCount) + a];
                    if (!double.IsNaN(xa))
                    {
                        AddMargins(xa, weights[j], columnMajor.Slice((j * unitCount) + a + 1, count), span);
                    }
                }

                for (var t = 0; t < count; t++)
                {
                    var b = a + 1 + t;
                    if (admitted[b])
                    {
                        var sign = span[t] > tolerance ? 1 : span[t] < -tolerance ? -1 : 0;
                        destination[a] += sign;
                        destination[b] -= sign;
                    }
                }
            }

            for (var i = 0; i < unitCount; i++)
            {
                if (!admitted[i])
                {
                    destination[i] = double.NaN;
                }
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(admittedArray);
            ArrayPool<double>.Shared.Return(marginArray);
        }
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;

    private static void AddMargins(double xa, double w, ReadOnlySpan<double> column, Span<double> margin)
    {
        var b = 0;
        if (Vector.IsHardwareAccelerated && column.Length >= Vector<double>.Count)
        {
            var va = new Vector<double>(xa);
            var vw = new Vector<double>(w);
            var columnVectors = MemoryMarshal.Cast<double, Vector<double>>(column);
            var marginVectors = MemoryMarshal.Cast<double, Vector<double>>(margin);
            for (var v = 0; v < columnVectors.Length; v++)
            {
                var xb = columnVectors[v];
                var wins = Vector.ConditionalSelect(Vector.GreaterThan(va, xb), vw, Vector<double>.Zero);
                var losses = Vector.ConditionalSelect(Vector.LessThan(va, xb), vw, Vector<double>.Zero);
                marginVectors[v] += wins - losses;
            }

            b = columnVectors.Length * Vector<double>.Count;
        }

        for (; b < column.Length; b++)
        {
            if (xa > column[b])
            {
                margin[b] += w;
            }
            else if (xa < column[b])
            {
                margin[b] -= w;
            }
        }
    }
}

using System.Buffers;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>
/// Copeland aggregation (non-compensatory, across units): for every pair of units a, b the outranking
/// weight O_ab = Σ_{x_ai &gt; x_bi} w_i + ½Σ_{x_ai = x_bi} w_i over the components both have, with the
/// weights renormalised over those; score_a = Σ_b sign(O_ab − ½). Only the order of values matters,
/// not their size. Cost O(n²·k).
/// </summary>
/// <remarks>
/// sign(O_ab − ½) is computed exactly as sign(Σ_{&gt;}w − Σ_{&lt;}w), which is the same quantity without the
/// rounding of the division. A pair with no component in common contributes 0. A unit below the
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
        var admittedArray = ArrayPool<bool>.Shared.Rent(Math.Max(unitCount, 1));
        try
        {
            var admitted = admittedArray.AsSpan(0, unitCount);
            MeanKernel.Admit(columnMajor, unitCount, k, options, admitted);

            for (var a = 0; a < unitCount; a++)
            {
                if (!admitted[a])
                {
                    destination[a] = double.NaN;
                    continue;
                }

                var score = 0;
                for (var b = 0; b < unitCount; b++)
                {
                    if (b == a || !admitted[b])
                    {
                        continue;
                    }

                    double win = 0, lose = 0;
                    for (var j = 0; j < k; j++)
                    {
                        var xa = columnMajor[(j * unitCount) + a];
                        var xb = columnMajor[(j * unitCount) + b];
                        if (xa > xb)
                        {
                            win += weights[j];
                        }
                        else if (xa < xb)
                        {
                            lose += weights[j];
                        }
                    }

                    score += win > lose ? 1 : win < lose ? -1 : 0;
                }

                destination[a] = score;
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(admittedArray);
        }
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}

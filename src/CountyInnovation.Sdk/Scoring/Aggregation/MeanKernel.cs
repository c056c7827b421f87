using System.Buffers;

namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>One weighted mean: how a term accumulates and how the sum becomes the mean.</summary>
internal interface IMeanKernel
{
    /// <summary>Whether the mean accepts the value (else the kernel's name and reason are reported).</summary>
    bool Accepts(double x);

    double Term(double x, double w);

    double Finish(double accumulated, double weightSum);
}

/// <summary>exp of the weighted mean of logarithms: shared by the geometric mean and the generalised mean of order 0.</summary>
internal readonly struct GeometricMeanKernel : IMeanKernel
{
    public bool Accepts(double x) => x > 0;

    public double Term(double x, double w) => w * Math.Log(x);

    public double Finish(double accumulated, double weightSum) => Math.Exp(accumulated / weightSum);
}

/// <summary>
/// Column-wise accumulation of the per-unit weighted means: components are visited in order
/// (0, 1, …, k − 1) for every unit, so the result is the same whatever the thread count, and the inner
/// loop runs over contiguous memory.
/// </summary>
internal static class MeanKernel
{
    public static void CheckArguments(ReadOnlySpan<double> columnMajor, int unitCount, ReadOnlySpan<double> weights, Span<double> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitCount);
        if (destination.Length != unitCount)
        {
            throw new ArgumentException($"The destination has {destination.Length} slots for {unitCount} units.", nameof(destination));
        }

        if ((long)unitCount * weights.Length != columnMajor.Length)
        {
            throw new ArgumentException(
                $"{columnMajor.Length} values do not make {unitCount} units × {weights.Length} components.", nameof(columnMajor));
        }

        for (var j = 0; j < weights.Length; j++)
        {
            if (!(weights[j] >= 0) || double.IsInfinity(weights[j]))
            {
                throw new ArgumentException($"Weight {j} is {weights[j]}; weights must be finite and ≥ 0.", nameof(weights));
            }
        }
    }

    /// <summary>Marks the units whose share of available components meets the threshold.</summary>
    public static void Admit(ReadOnlySpan<double> columnMajor, int unitCount, int k, AggregationOptions options, Span<bool> admitted)
    {
        for (var i = 0; i < unitCount; i++)
        {
            var available = 0;
            for (var j = 0; j < k; j++)
            {
                if (!double.IsNaN(columnMajor[(j * unitCount) + i]))
                {
                    available++;
                }
            }

            admitted[i] = options.Admits(available, k);
        }
    }

    public static void Aggregate<TKernel>(
        TKernel kernel,
        string method,
        string requirement,
        ReadOnlySpan<double> columnMajor,
        int unitCount,
        ReadOnlySpan<double> weights,
        AggregationOptions options,
        Span<double> destination)
        where TKernel : struct, IMeanKernel
    {
        CheckArguments(columnMajor, unitCount, weights, destination);
        var k = weights.Length;
        var weightSumArray = ArrayPool<double>.Shared.Rent(Math.Max(unitCount, 1));
        var countArray = ArrayPool<int>.Shared.Rent(Math.Max(unitCount, 1));
        try
        {
            var weightSum = weightSumArray.AsSpan(0, unitCount);
            var count = countArray.AsSpan(0, unitCount);
            weightSum.Clear();
            count.Clear();
            destination.Clear();
            for (var j = 0; j < k; j++)
            {
                var w = weights[j];
                var column = columnMajor.Slice(j * unitCount, unitCount);
                for (var i = 0; i < unitCount; i++)
                {
                    var x = column[i];
                    if (double.IsNaN(x))
                    {
                        continue;
                    }

                    if (!kernel.Accepts(x))
                    {
                        throw new AggregationException(method, i, j, $"the value {x:R} is not allowed: {requirement}.");
                    }

                    destination[i] += kernel.Term(x, w);
                    weightSum[i] += w;
                    count[i]++;
                }
            }

            for (var i = 0; i < unitCount; i++)
            {
                destination[i] = options.Admits(count[i], k) && weightSum[i] > 0
                    ? kernel.Finish(destination[i], weightSum[i])
                    : double.NaN;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(weightSumArray);
            ArrayPool<int>.Shared.Return(countArray);
        }
    }
}

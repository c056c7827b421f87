using System.Numerics;
using System.Runtime.InteropServices;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// The fast path: a run is one lookup of the precomputed <see cref="CompositeTable"/> of its
/// discrete choices and a small weighted sum over the first-level columns, vectorised over units.
/// Nothing upstream of the top-level aggregation is recomputed.
/// </summary>
internal sealed class CompositeScorer : IRunScorer
{
    private readonly CompositeLayout _layout;
    private readonly double[] _weights;
    private readonly double[] _normalised;

    public CompositeScorer(CompositeLayout layout)
    {
        _layout = layout;
        _weights = new double[layout.Components];
        _normalised = new double[layout.Components];
    }

    /// <inheritdoc />
    public string? Score(ReadOnlySpan<double> uniforms, Span<double> scores)
    {
        var table = _layout.Tables[_layout.Combination(uniforms)];
        if (table.Failure is not null)
        {
            return table.Failure;
        }

        _layout.Weights(uniforms, _weights);
        if (table.Kernel == CompositeKernel.Generic)
        {
            try
            {
                table.Aggregation!.Aggregate(table.Columns, _layout.Units, _weights, table.Options, scores[.._layout.Units]);
                return null;
            }
            catch (Exception e) when (RunFailures.IsMethodFailure(e))
            {
                return RunFailures.Describe(e);
            }
        }

        double sum = 0;
        foreach (var w in _weights)
        {
            sum += w;
        }

        for (var j = 0; j < _weights.Length; j++)
        {
            _normalised[j] = _weights[j] / sum;
        }

        WeightedSum(table.Columns, _layout.Units, _normalised, scores);
        if (table.Kernel == CompositeKernel.Geometric)
        {
            for (var u = 0; u < _layout.Units; u++)
            {
                scores[u] = Math.Exp(scores[u]);
            }
        }

        return null;
    }

    /// <summary>scores[u] = Σ_j w[j]·columns[j·units + u], in component order, vectorised over units.</summary>
    internal static void WeightedSum(double[] columns, int units, double[] w, Span<double> scores)
    {
        var head = 0;
        if (Vector.IsHardwareAccelerated && units >= Vector<double>.Count)
        {
            var target = MemoryMarshal.Cast<double, Vector<double>>(scores[..units]);
            head = target.Length * Vector<double>.Count;
            var first = MemoryMarshal.Cast<double, Vector<double>>(columns.AsSpan(0, head));
            var w0 = new Vector<double>(w[0]);
            for (var v = 0; v < target.Length; v++)
            {
                target[v] = first[v] * w0;
            }

            for (var j = 1; j < w.Length; j++)
            {
                var column = MemoryMarshal.Cast<double, Vector<double>>(columns.AsSpan(j * units, head));
                var wj = new Vector<double>(w[j]);
                for (var v = 0; v < target.Length; v++)
                {
                    target[v] += column[v] * wj;
                }
            }
        }

        for (var u = head; u < units; u++)
        {
            var s = columns[u] * w[0];
            for (var j = 1; j < w.Length; j++)
            {
                s += columns[(j * units) + u] * w[j];
            }

            scores[u] = s;
        }
    }
}

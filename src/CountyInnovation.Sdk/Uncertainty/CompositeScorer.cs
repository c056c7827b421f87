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

    public CompositeScorer(CompositeLayout layout)
    {
        _layout = layout;
        _weights = new double[layout.Components];
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
        var units = _layout.Units;
        var columns = table.Columns;
        var w = _weights;
        var head = 0;
        if (Vector.IsHardwareAccelerated && units >= Vector<double>.Count)
        {
            var target = MemoryMarshal.Cast<double, Vector<double>>(scores[..units]);
            head = target.Length * Vector<double>.Count;
            var first = MemoryMarshal.Cast<double, Vector<double>>(columns.AsSpan(0, head));
            for (var v = 0; v < target.Length; v++)
            {
                target[v] = first[v] * w[0];
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

        if (table.Geometric)
        {
            for (var u = 0; u < units; u++)
            {
                scores[u] = Math.Exp(scores[u]);
            }
        }

        return null;
    }
}

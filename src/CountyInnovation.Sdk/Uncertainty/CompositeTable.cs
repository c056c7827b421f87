using CountyInnovation.Sdk.Scoring.Aggregation;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// The precomputed inputs of the top-level aggregation for one combination of the discrete
/// assumptions: the first-level sub-scores of every unit, component-major (component j of unit u
/// at [j·units + u]), their logarithms for the geometric kernel, or the reason this combination fails.
/// </summary>
internal sealed class CompositeTable
{
    private CompositeTable(CompositeKernel kernel, double[] columns, IAggregation? aggregation, AggregationOptions options, string? failure)
    {
        Kernel = kernel;
        Columns = columns;
        Aggregation = aggregation;
        Options = options;
        Failure = failure;
    }

    public CompositeKernel Kernel { get; }

    /// <summary>s_j (ln s_j for the geometric kernel), component-major.</summary>
    public double[] Columns { get; }

    /// <summary>The top-level aggregation, called by the generic kernel.</summary>
    public IAggregation? Aggregation { get; }

    /// <summary>The top level's data-availability threshold, for the generic kernel.</summary>
    public AggregationOptions Options { get; }

    /// <summary>Why every run with this combination fails, or null.</summary>
    public string? Failure { get; }

    /// <summary>
    /// A table for <paramref name="aggregation"/> over <paramref name="subScores"/>: the built-in
    /// arithmetic and geometric means get the vectorised kernels when nothing is missing (and, for
    /// the geometric mean, everything is positive); anything else calls the aggregation itself.
    /// </summary>
    public static CompositeTable Create(IAggregation aggregation, AggregationOptions options, double[] subScores)
    {
        var complete = !subScores.Any(double.IsNaN);
        if (complete && aggregation.Name == "arithmetic")
        {
            return new CompositeTable(CompositeKernel.Arithmetic, subScores, aggregation, options, null);
        }

        if (complete && aggregation.Name == "geometric" && subScores.All(s => s > 0))
        {
            var logs = new double[subScores.Length];
            for (var i = 0; i < logs.Length; i++)
            {
                logs[i] = Math.Log(subScores[i]);
            }

            return new CompositeTable(CompositeKernel.Geometric, logs, aggregation, options, null);
        }

        return new CompositeTable(CompositeKernel.Generic, subScores, aggregation, options, null);
    }

    /// <summary>A table for the vectorised kernels only (tests and benchmarks of the kernel itself).</summary>
    public static CompositeTable ForKernel(bool geometric, double[] subScores) =>
        geometric
            ? new CompositeTable(CompositeKernel.Geometric, [.. subScores.Select(s => Math.Log(s))], null, AggregationOptions.Default, null)
            : new CompositeTable(CompositeKernel.Arithmetic, subScores, null, AggregationOptions.Default, null);

    /// <summary>A combination whose every run fails for <paramref name="reason"/>.</summary>
    public static CompositeTable Failed(string reason) => new(CompositeKernel.Generic, [], null, AggregationOptions.Default, reason);
}

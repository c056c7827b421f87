namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// The precomputed inputs of the top-level aggregation for one combination of the discrete
/// assumptions: the first-level sub-scores of every unit (or their logarithms when the top level
/// aggregates geometrically), component-major, or the reason this combination fails.
/// </summary>
internal sealed class CompositeTable
{
    private CompositeTable(bool geometric, double[] columns, string? failure)
    {
        Geometric = geometric;
        Columns = columns;
        Failure = failure;
    }

    /// <summary>Whether the score is exp(Σ ŵ_j·ln s_j) rather than Σ ŵ_j·s_j.</summary>
    public bool Geometric { get; }

    /// <summary>Component j of unit u at [j·units + u]: s_j, or ln s_j when <see cref="Geometric"/>.</summary>
    public double[] Columns { get; }

    /// <summary>Why every run with this combination fails, or null.</summary>
    public string? Failure { get; }

    /// <summary>A table from sub-scores laid out component-major; logarithms are taken here for geometric.</summary>
    public static CompositeTable FromSubScores(bool geometric, double[] subScores)
    {
        if (!geometric)
        {
            return new CompositeTable(false, subScores, null);
        }

        var logs = new double[subScores.Length];
        for (var i = 0; i < logs.Length; i++)
        {
            logs[i] = Math.Log(subScores[i]);
        }

        return new CompositeTable(true, logs, null);
    }

    /// <summary>A combination whose every run fails for <paramref name="reason"/>.</summary>
    public static CompositeTable Failed(string reason) => new(false, [], reason);
}

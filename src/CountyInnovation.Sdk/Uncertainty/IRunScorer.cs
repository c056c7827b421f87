namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// Scores every unit for one Monte Carlo run from the run's uniforms. One instance per worker
/// thread, so implementations may keep mutable scratch space.
/// </summary>
internal interface IRunScorer
{
    /// <summary>
    /// Writes the unit scores (NaN = missing) of the run described by <paramref name="uniforms"/>;
    /// returns the failure message when the whole run cannot be evaluated, otherwise null.
    /// </summary>
    string? Score(ReadOnlySpan<double> uniforms, Span<double> scores);
}

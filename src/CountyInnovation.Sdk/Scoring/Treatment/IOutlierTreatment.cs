namespace CountyInnovation.Sdk.Scoring.Treatment;

/// <summary>
/// An outlier treatment (异常值处理): checks one indicator column and, where needed, transforms it
/// (winsorisation, log transform) before normalisation. Extension point, registered by name.
/// </summary>
/// <remarks>
/// Contract for implementers: NaN (missing) stays NaN; the outcome records every changed point and
/// the column-level action so that a bulletin can flag treated values; deterministic.
/// </remarks>
public interface IOutlierTreatment
{
    /// <summary>The registry name, for example <c>winsorise-or-log</c>.</summary>
    string Name { get; }

    /// <summary>Treats <paramref name="column"/> into <paramref name="destination"/> (same length; may be the same memory).</summary>
    /// <param name="column">Raw values of one indicator; NaN = missing.</param>
    /// <param name="destination">Receives the treated values.</param>
    /// <returns>What was done: the column-level action, the statistics before and after, and each changed point.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    TreatmentOutcome Treat(ReadOnlySpan<double> column, Span<double> destination);
}

namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>
/// An imputation (缺失值插补): fills missing values of one indicator in one year. Extension point,
/// registered by name.
/// </summary>
/// <remarks>
/// Contract for implementers: observed values are copied unchanged; every filled value is reported in
/// the outcome (unit, method, source year); a value that cannot be filled stays NaN and is counted as
/// remaining missing; deterministic.
/// </remarks>
public interface IImputation
{
    /// <summary>The registry name, for example <c>group-median</c>.</summary>
    string Name { get; }

    /// <summary>What the method needs in its input.</summary>
    ImputationRequirements Requirements { get; }

    /// <summary>Fills the missing values of <see cref="ImputationInput.Column"/> into <paramref name="destination"/>.</summary>
    /// <param name="input">The column, and where needed group labels and the indicator's history.</param>
    /// <param name="destination">Receives the column with imputed values; same length as the column.</param>
    /// <returns>Every imputed value and how many values remain missing.</returns>
    /// <exception cref="ArgumentException">The lengths differ, or the input lacks what <see cref="Requirements"/> says.</exception>
    ImputationOutcome Impute(ImputationInput input, Span<double> destination);
}

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// What min-max and z-score do with a column whose observed values are all equal (zero range, zero
/// standard deviation), where the formula divides by zero. Method files name it <c>"zero-range"</c>.
/// </summary>
public enum ZeroRangePolicy
{
    /// <summary>Every observed unit gets the middle of the output range (min-max: (l + u)/2; z-score: m). The default: a constant indicator neither rewards nor punishes anyone.</summary>
    Midpoint = 0,

    /// <summary>Throw a <see cref="NormalisationException"/> naming the method.</summary>
    Error = 1,

    /// <summary>Every observed unit gets the lower bound l (min-max) or m (z-score).</summary>
    Lower = 2,

    /// <summary>Every observed unit gets the upper bound u (min-max) or m (z-score).</summary>
    Upper = 3,
}

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// A normalisation (标准化/无量纲化): turns one indicator column into comparable scores. Extension
/// point: implement it, register it in a <see cref="Configuration.ScoringMethodRegistry"/> under a name,
/// and a method file can use it.
/// </summary>
/// <remarks>
/// Contract for implementers: the column is one indicator for every unit in one year (or the units of
/// a pooled panel); <see cref="double.NaN"/> marks a missing value and must stay NaN in the output; an
/// observed value gives a finite output or a typed exception; the result must not depend on the order
/// of units (apart from being permuted with them), nor on threads or time. Apply
/// <see cref="NormalisationContext.Polarity"/> so that a larger output is always better.
/// </remarks>
public interface INormalisation
{
    /// <summary>The registry name, for example <c>min-max</c>.</summary>
    string Name { get; }

    /// <summary>Declared properties, used by the up-front compatibility check and by property-test laws.</summary>
    NormalisationTraits Traits { get; }

    /// <summary>Normalises <paramref name="column"/> into <paramref name="destination"/> (same length; may be the same memory).</summary>
    /// <param name="column">Raw values of one indicator; NaN = missing.</param>
    /// <param name="context">The indicator's polarity, goalposts, target, reference unit and pooled statistics.</param>
    /// <param name="destination">Receives the normalised values; NaN where the input is missing.</param>
    /// <exception cref="ArgumentException">Lengths differ, or the context lacks what the method needs.</exception>
    /// <exception cref="NormalisationException">The column cannot be normalised (for example a zero range configured as an error).</exception>
    void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination);
}

using System.Collections.Immutable;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// How one target is judged: from the target's observations as of a date to a
/// <see cref="ProgressAssessment"/>. Implementations are immutable and pure.
/// </summary>
public interface ITargetRule
{
    /// <summary>The final deadline, when the rule has one (a standing threshold has none).</summary>
    LocalDate? Deadline { get; }

    /// <summary>The first day on or after <paramref name="asOf"/> on which something falls due, if any.</summary>
    /// <param name="asOf">The date.</param>
    LocalDate? NextDue(LocalDate asOf);

    /// <summary>Assesses the target's observations as of a date.</summary>
    /// <param name="observations">This target's observations (all levels and places).</param>
    /// <param name="asOf">The date.</param>
    /// <param name="numericMethod">The method for numeric goals (ignored by rules that are not numeric).</param>
    ProgressAssessment Assess(ImmutableArray<Observation> observations, LocalDate asOf, INumericProgressMethod numericMethod);
}

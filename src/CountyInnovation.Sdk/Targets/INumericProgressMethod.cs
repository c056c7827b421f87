using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// An extension point: a way of judging progress towards a numeric goal as of a date. Implementations
/// are pure (no clock, no I/O) and report their method and thresholds in every result.
/// </summary>
public interface INumericProgressMethod
{
    /// <summary>Which method this is (<see cref="ProgressMethod.Custom"/> for a method of your own).</summary>
    ProgressMethod Method { get; }

    /// <summary>The method's name in reports (for example <c>OpenSdgRatio</c>).</summary>
    string Name { get; }

    /// <summary>The thresholds that turn the progress value into a status.</summary>
    ProgressThresholds Thresholds { get; }

    /// <summary>Assesses <paramref name="series"/> against <paramref name="goal"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="goal">The goal.</param>
    /// <param name="series">The observations, in any order; those dated after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The date of the assessment.</param>
    ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series, LocalDate asOf);
}

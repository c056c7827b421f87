using System.Collections.Immutable;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// A quantity to reach by a deadline (measures 19, 24, 27: 175 electronic certificates by
/// 2020-12-31), judged with the chosen numeric method on the province-level series (or, without one, on every
/// place at the highest level observed: a city's own data when a city government's share is judged).
/// </summary>
public sealed class NumericRule : ITargetRule, IEquatable<NumericRule>
{
    private NumericRule(NumericGoal goal) => Goal = goal;

    /// <summary>The goal.</summary>
    public NumericGoal Goal { get; }

    /// <inheritdoc />
    public LocalDate? Deadline => Goal.Deadline;

    /// <summary>Creates the rule.</summary>
    /// <param name="goal">The goal.</param>
    public static NumericRule For(NumericGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return new NumericRule(goal);
    }

    /// <inheritdoc />
    public LocalDate? NextDue(LocalDate asOf) => asOf <= Goal.Deadline ? Goal.Deadline : null;

    /// <inheritdoc />
    public ProgressAssessment Assess(ImmutableArray<Observation> observations, LocalDate asOf, INumericProgressMethod numericMethod)
    {
        ArgumentNullException.ThrowIfNull(numericMethod);
        return ProgressAssessmentCombination.TopLevel(observations, asOf, series => numericMethod.Assess(Goal, series, asOf));
    }

    /// <inheritdoc />
    public bool Equals(NumericRule? other) => other is not null && Goal.Equals(other.Goal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NumericRule);

    /// <inheritdoc />
    public override int GetHashCode() => Goal.GetHashCode();

    /// <summary>Formats the goal.</summary>
    public override string ToString() => Goal.ToString();

}

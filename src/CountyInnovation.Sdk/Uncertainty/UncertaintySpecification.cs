using System.Collections.Immutable;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// What is uncertain: the nominal scenario (framework and method as published) and the assumptions
/// that vary around it. Validated as a whole before any run: an assumption that cannot apply is an
/// error naming it, never silently skipped.
/// </summary>
public sealed class UncertaintySpecification : IEquatable<UncertaintySpecification>
{
    internal static readonly SourceLocation Location = SourceLocation.Of("<uncertainty specification>");

    private UncertaintySpecification(EvaluationScenario nominal, ImmutableArray<IUncertainAssumption> assumptions)
    {
        Nominal = nominal;
        Assumptions = assumptions;
    }

    /// <summary>The nominal scenario.</summary>
    public EvaluationScenario Nominal { get; }

    /// <summary>The uncertain assumptions, applied to the nominal scenario in this order.</summary>
    public ImmutableArray<IUncertainAssumption> Assumptions { get; }

    /// <summary>Creates a specification.</summary>
    /// <param name="nominal">The nominal scenario.</param>
    /// <param name="assumptions">At least one assumption; names unique.</param>
    public static UncertaintySpecification Of(EvaluationScenario nominal, params IEnumerable<IUncertainAssumption> assumptions)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        ArgumentNullException.ThrowIfNull(assumptions);
        var frozen = assumptions.ToImmutableArray();
        if (frozen.Any(a => a is null))
        {
            throw new ArgumentException("No assumption may be null.", nameof(assumptions));
        }

        return new UncertaintySpecification(nominal, frozen);
    }

    /// <summary>Every problem that stops this specification from running, in assumption order; empty when it can run.</summary>
    /// <param name="registry">The scoring methods available by name.</param>
    public ImmutableArray<string> Problems(ScoringMethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var problems = ImmutableArray.CreateBuilder<string>();
        if (Assumptions.IsEmpty)
        {
            problems.Add("No uncertain assumption is given: there is nothing to vary.");
        }

        foreach (var duplicate in Assumptions.GroupBy(a => a.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Assumption '{duplicate.Key}' is given {duplicate.Count()} times: each step may vary once.");
        }

        foreach (var assumption in Assumptions)
        {
            problems.AddRange(assumption.Validate(Nominal, registry));
            if (assumption.Dimension(Nominal) < 1)
            {
                problems.Add($"Assumption '{assumption.Name}' draws no uniform.");
            }

            if (assumption is IDiscreteAssumption discrete && discrete.Alternatives.Length < 2)
            {
                problems.Add($"Assumption '{assumption.Name}' has fewer than two alternatives.");
            }
        }

        return problems.ToImmutable();
    }

    /// <summary>Throws <see cref="InvalidInputException"/> with every problem when the specification cannot run.</summary>
    /// <param name="registry">The scoring methods available by name.</param>
    public void ThrowIfInvalid(ScoringMethodRegistry registry)
    {
        var problems = Problems(registry);
        if (!problems.IsEmpty)
        {
            throw new InvalidInputException(problems.Select(p => DataProblem.At(Location, p)));
        }
    }

    /// <inheritdoc />
    public bool Equals(UncertaintySpecification? other) =>
        other is not null && Nominal.Equals(other.Nominal) && Assumptions.SequenceEqual(other.Assumptions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UncertaintySpecification);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nominal, Assumptions.Length);

    /// <summary>Formats as <c>first-level-weights ±25%; normalisation ∈ {…}</c>.</summary>
    public override string ToString() => string.Join("; ", Assumptions);
}

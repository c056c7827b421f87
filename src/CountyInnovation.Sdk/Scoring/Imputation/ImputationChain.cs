using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>
/// Several imputations tried in order (for example carry-forward ≤ 2 years, then group median, then
/// column median): each fills what the earlier ones left missing, and every imputed value keeps the
/// name of the method that filled it. Statistics of later steps are computed over observed AND earlier
/// imputed values of the column.
/// </summary>
public sealed record ImputationChain : IImputation
{
    private ImputationChain(ImmutableArray<IImputation> steps) => Steps = steps;

    /// <summary>The methods, in the order they are tried.</summary>
    public ImmutableArray<IImputation> Steps { get; }

    /// <inheritdoc />
    public string Name => string.Join("+", Steps.Select(s => s.Name));

    /// <inheritdoc />
    public ImputationRequirements Requirements => Steps.Aggregate(ImputationRequirements.None, (r, s) => r | s.Requirements);

    /// <summary>Creates a chain.</summary>
    /// <param name="steps">At least one method.</param>
    public static ImputationChain Of(params IImputation[] steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Length == 0 || steps.Any(s => s is null))
        {
            throw new ArgumentException("A chain needs one or more imputations.", nameof(steps));
        }

        return new ImputationChain([.. steps]);
    }

    /// <inheritdoc />
    public ImputationOutcome Impute(ImputationInput input, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImputationKernel.Check(this, input, destination);
        var current = input;
        var imputed = new List<ImputedValue>();
        ImmutableArray<int> missing = [];
        foreach (var step in Steps)
        {
            var outcome = step.Impute(current, destination);
            imputed.AddRange(outcome.Imputed);
            missing = outcome.StillMissing;
            current = Rebuild(input, destination);
            if (missing.IsEmpty)
            {
                break;
            }
        }

        return ImputationOutcome.Create(Name, imputed, missing);
    }

    /// <inheritdoc />
    public bool Equals(ImputationChain? other) => other is not null && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc />
    public override int GetHashCode() => Steps.Length;

    /// <summary>The chain's name, for example <c>carry-forward+group-median</c>.</summary>
    public override string ToString() => Name;

    private static ImputationInput Rebuild(ImputationInput original, ReadOnlySpan<double> filled)
    {
        var next = original.History is { } h && original.Year is { } y
            ? ImputationInput.ForYear(h, y).WithColumn(filled)
            : ImputationInput.ForColumn(filled);
        return original.HasGroups ? next.WithGroups(original.Groups) : next;
    }
}

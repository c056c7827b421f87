namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>Argument checks shared by the built-in imputations.</summary>
internal static class ImputationKernel
{
    public static void Check(IImputation method, ImputationInput input, Span<double> destination)
    {
        if (destination.Length != input.UnitCount)
        {
            throw new ArgumentException($"The destination has {destination.Length} slots for {input.UnitCount} units.", nameof(destination));
        }

        if (method.Requirements.HasFlag(ImputationRequirements.Groups) && !input.HasGroups)
        {
            throw new ArgumentException($"Imputation '{method.Name}' needs a group label per unit (ImputationInput.WithGroups).", nameof(input));
        }

        if (method.Requirements.HasFlag(ImputationRequirements.History) && (input.History is null || input.Year is null))
        {
            throw new ArgumentException($"Imputation '{method.Name}' needs the indicator's history (ImputationInput.ForYear).", nameof(input));
        }
    }
}

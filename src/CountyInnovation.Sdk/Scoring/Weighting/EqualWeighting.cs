using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Weighting;

/// <summary>Equal weights (等权): 1/k for each of k components.</summary>
public sealed record EqualWeighting : IWeighting
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "equal";

    private EqualWeighting()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static EqualWeighting Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool IsDataDriven => false;

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static EqualWeighting FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
    {
        WeightKernel.CheckPolarities(components, polarities);
        var k = components.ComponentCount;
        if (k == 0)
        {
            throw new WeightingException(MethodName, "there are no components to weight.");
        }

        return [.. Enumerable.Repeat(1.0 / k, k)];
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}

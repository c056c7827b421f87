using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Weighting;

/// <summary>
/// Fixed (expert) weights (专家赋权/主观赋权), for example the official points of the Hebei
/// evaluation: given non-negative numbers, divided by their sum. The data are not consulted beyond
/// checking the component count.
/// </summary>
public sealed record FixedWeighting : IWeighting
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "fixed";

    private FixedWeighting(ImmutableArray<double> weights) => Weights = weights;

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool IsDataDriven => false;

    /// <summary>The weights, normalised to sum 1.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>Creates fixed weights from raw numbers (for example points: 8, 6, 6, …).</summary>
    /// <param name="raw">Finite numbers ≥ 0, at least one &gt; 0.</param>
    /// <exception cref="ArgumentException">A number is negative or not finite, or all are 0.</exception>
    public static FixedWeighting Create(IEnumerable<double> raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var list = raw.ToArray();
        if (list.Length == 0 || list.Any(w => !(w >= 0) || double.IsInfinity(w)))
        {
            throw new ArgumentException("Fixed weights must be one or more finite numbers ≥ 0.", nameof(raw));
        }

        try
        {
            return new FixedWeighting(WeightKernel.Normalised(MethodName, list, "all fixed weights are 0."));
        }
        catch (WeightingException e)
        {
            throw new ArgumentException(e.Message, nameof(raw), e);
        }
    }

    /// <summary>Creates the method from the required parameter <c>weights</c> (a list of numbers).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <exception cref="ScoringConfigurationException">Missing or invalid weights.</exception>
    public static FixedWeighting FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName, "weights");
        var raw = parameters.GetRequiredNumbers(MethodName, "weights");
        if (raw.IsEmpty || raw.Any(w => w < 0) || raw.All(w => w == 0))
        {
            throw new ScoringConfigurationException([ScoringProblem.Of(ScoringProblemKind.InvalidParameter, MethodName,
                "'weights' must be numbers ≥ 0, at least one of them > 0.")]);
        }

        return Create(raw);
    }

    /// <inheritdoc />
    public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
    {
        WeightKernel.CheckPolarities(components, polarities);
        if (components.ComponentCount != Weights.Length)
        {
            throw new ArgumentException($"{Weights.Length} fixed weights for {components.ComponentCount} components.", nameof(components));
        }

        return Weights;
    }

    /// <inheritdoc />
    public bool Equals(FixedWeighting? other) => other is not null && Weights.SequenceEqual(other.Weights);

    /// <inheritdoc />
    public override int GetHashCode() => Weights.Length;

    /// <summary>Formats as <c>fixed [0.5, 0.5]</c>.</summary>
    public override string ToString() => $"{MethodName} [{string.Join(", ", Weights.Select(w => w.ToString("G6", CultureInfo.InvariantCulture)))}]";
}

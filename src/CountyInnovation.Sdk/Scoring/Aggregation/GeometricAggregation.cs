using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>
/// Weighted geometric mean (几何加权): y = exp(Σw·ln x/Σw) over the non-missing components. Partially
/// compensatory: a weak component costs more than in the arithmetic mean. Every value must be &gt; 0;
/// a 0 or negative value is an <see cref="AggregationException"/> naming the unit and component.
/// </summary>
public sealed record GeometricAggregation : IAggregation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "geometric";

    private GeometricAggregation()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static GeometricAggregation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public AggregationTraits Traits { get; } = AggregationTraits.Create(true, AggregationScope.PerUnit, preservesPositivity: true);

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static GeometricAggregation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public void Aggregate(ReadOnlySpan<double> columnMajor, int unitCount, ReadOnlySpan<double> weights, AggregationOptions options, Span<double> destination) =>
        MeanKernel.Aggregate(default(GeometricMeanKernel), MethodName, "the geometric mean needs values > 0 (normalise onto a range with a positive lower bound, e.g. min-max [1, 100])",
            columnMajor, unitCount, weights, options, destination);

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}

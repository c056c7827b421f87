using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>
/// Weighted arithmetic mean (线性加权): y = Σw·x/Σw over the unit's non-missing components. Fully
/// compensatory; accepts any finite values.
/// </summary>
public sealed record ArithmeticAggregation : IAggregation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "arithmetic";

    private ArithmeticAggregation()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static ArithmeticAggregation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public AggregationTraits Traits { get; } = AggregationTraits.Create(false, AggregationScope.PerUnit, preservesPositivity: true);

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static ArithmeticAggregation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public void Aggregate(ReadOnlySpan<double> columnMajor, int unitCount, ReadOnlySpan<double> weights, AggregationOptions options, Span<double> destination) =>
        MeanKernel.Aggregate(default(Kernel), MethodName, "any finite value", columnMajor, unitCount, weights, options, destination);

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;

    private readonly struct Kernel : IMeanKernel
    {
        public bool Accepts(double x) => true;

        public double Term(double x, double w) => w * x;

        public double Finish(double accumulated, double weightSum) => accumulated / weightSum;
    }
}

using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>
/// Weighted harmonic mean: y = Σw/Σ(w/x) over the non-missing components. The least compensatory of
/// the three Pythagorean means. Every value must be &gt; 0.
/// </summary>
public sealed record HarmonicAggregation : IAggregation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "harmonic";

    private HarmonicAggregation()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static HarmonicAggregation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public AggregationTraits Traits { get; } = AggregationTraits.Create(true, AggregationScope.PerUnit, preservesPositivity: true);

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static HarmonicAggregation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public void Aggregate(ReadOnlySpan<double> columnMajor, int unitCount, ReadOnlySpan<double> weights, AggregationOptions options, Span<double> destination) =>
        MeanKernel.Aggregate(default(Kernel), MethodName, "the harmonic mean needs values > 0",
            columnMajor, unitCount, weights, options, destination);

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;

    private readonly struct Kernel : IMeanKernel
    {
        public bool Accepts(double x) => x > 0;

        public double Term(double x, double w) => w / x;

        public double Finish(double accumulated, double weightSum) => weightSum / accumulated;
    }
}

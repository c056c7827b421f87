using System.Globalization;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>
/// Weighted generalised (power) mean of order p: y = (Σw·x^p/Σw)^(1/p); p = 1 arithmetic, p = −1
/// harmonic, p → 0 geometric (p = 0 is computed as the geometric mean). For p &gt; 0 values must be
/// ≥ 0; for p ≤ 0 they must be &gt; 0.
/// </summary>
public sealed record GeneralisedMeanAggregation : IAggregation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "generalised-mean";

    private GeneralisedMeanAggregation(double p)
    {
        Order = p;
        Traits = AggregationTraits.Create(p <= 0, AggregationScope.PerUnit, preservesPositivity: true);
    }

    /// <summary>The order p.</summary>
    public double Order { get; }

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public AggregationTraits Traits { get; }

    /// <summary>Creates the mean of order <paramref name="p"/>.</summary>
    /// <param name="p">A finite order.</param>
    public static GeneralisedMeanAggregation Create(double p)
    {
        if (!double.IsFinite(p))
        {
            throw new ArgumentException("The order p of a generalised mean must be finite.", nameof(p));
        }

        return new GeneralisedMeanAggregation(p);
    }

    /// <summary>Creates the method from the required parameter <c>p</c>.</summary>
    /// <param name="parameters">The parameters.</param>
    public static GeneralisedMeanAggregation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName, "p");
        return Create(parameters.GetRequiredNumber(MethodName, "p"));
    }

    /// <inheritdoc />
    public void Aggregate(ReadOnlySpan<double> columnMajor, int unitCount, ReadOnlySpan<double> weights, AggregationOptions options, Span<double> destination)
    {
        if (Order == 0)
        {
            MeanKernel.Aggregate(default(GeometricMeanKernel), MethodName, "the generalised mean of order 0 (geometric) needs values > 0",
                columnMajor, unitCount, weights, options, destination);
        }
        else
        {
            MeanKernel.Aggregate(new PowerKernel(Order), MethodName,
                Order > 0 ? "the generalised mean of positive order needs values ≥ 0" : "the generalised mean of negative order needs values > 0",
                columnMajor, unitCount, weights, options, destination);
        }
    }

    /// <summary>Formats as <c>generalised-mean (p 2)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MethodName} (p {Order})");

    private readonly struct PowerKernel(double p) : IMeanKernel
    {
        public bool Accepts(double x) => p > 0 ? x >= 0 : x > 0;

        public double Term(double x, double w) => w * Math.Pow(x, p);

        public double Finish(double accumulated, double weightSum) => Math.Pow(accumulated / weightSum, 1 / p);
    }
}

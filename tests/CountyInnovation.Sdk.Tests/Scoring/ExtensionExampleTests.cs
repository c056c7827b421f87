using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Normalisation;

namespace CountyInnovation.Sdk.Tests.Scoring;

/// <summary>The extension example of docs/methodology.md §11, compiled and run as written there.</summary>
public class ExtensionExampleTests
{
    [Fact]
    public void The_documented_custom_normalisation_registers_and_runs()
    {
        var registry = ScoringMethodRegistry.Default.WithNormalisation("logistic", p =>
        {
            p.EnsureOnly("logistic");
            return LogisticNormalisation.Instance;
        });

        var method = registry.CreateNormalisation("logistic");
        var y = new double[3];
        method.Normalise([1, 2, double.NaN], NormalisationContext.For(Polarity.LessIsBetter), y);
        Assert.True(y[0] > y[1]);
        Assert.Equal(1 / (1 + Math.Exp(-0.5)), y[0], 15);
        Assert.True(double.IsNaN(y[2]));
        Assert.Throws<ScoringConfigurationException>(() => registry.CreateNormalisation("logistic", MethodParameters.Empty.With("k", 1)));
        Assert.Empty(ScoringCompatibility.Check(method, [ArithmeticAggregation.Instance]));
    }

    /// <summary>Logistic normalisation around the mean (an example extension).</summary>
    private sealed record LogisticNormalisation : INormalisation
    {
        private LogisticNormalisation()
        {
        }

        public static LogisticNormalisation Instance { get; } = new();

        public string Name => "logistic";

        // Outputs lie in (0, 1); declared conservatively as [0, 1], possibly 0 (underflow for extreme values).
        public NormalisationTraits Traits { get; } =
            NormalisationTraits.Create(0, 1, OutputSign.MayBeZeroOrNegative, affineInvariant: false);

        public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
        {
            var sign = context.Polarity == Polarity.LessIsBetter ? -1.0 : 1.0;
            var mean = ColumnStatistics.Of(column).Mean;   // NaN stays NaN below: exp(NaN) = NaN
            for (var i = 0; i < column.Length; i++)
            {
                destination[i] = 1 / (1 + Math.Exp(-sign * (column[i] - mean)));
            }
        }
    }
}

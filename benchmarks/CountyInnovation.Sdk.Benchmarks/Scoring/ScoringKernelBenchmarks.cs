using BenchmarkDotNet.Attributes;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Scoring.Treatment;

namespace CountyInnovation.Sdk.Benchmarks.Scoring;

/// <summary>
/// The hot kernels of one evaluation at China's county count (2,844 units × 17 indicators): normalise
/// one column, aggregate the matrix, rank the scores. Run with
/// <c>dotnet run -c Release --project benchmarks/CountyInnovation.Sdk.Benchmarks -- --filter '*ScoringKernel*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ScoringKernelBenchmarks
{
    private const int Units = 2844;
    private const int Indicators = 17;

    private double[] column = [];
    private double[] destination = [];
    private double[] matrix = [];
    private double[] weights = [];
    private double[] scores = [];
    private double[] aggregated = [];
    private double[] ranks = [];
    private int[] scratch = [];
    private readonly MinMaxNormalisation minMax = MinMaxNormalisation.Create(0, 100);
    private NormalisationContext more;

    [GlobalSetup]
    public void Setup()
    {
        // Fixed seed: the same synthetic data on every run; about 2 % missing values.
        var random = new Random(20201);
        column = Enumerable.Range(0, Units).Select(_ => random.NextDouble() < 0.02 ? double.NaN : Math.Exp(random.NextDouble() * 5)).ToArray();
        destination = new double[Units];
        matrix = Enumerable.Range(0, Units * Indicators).Select(_ => random.NextDouble() < 0.02 ? double.NaN : 1 + (99 * random.NextDouble())).ToArray();
        weights = Enumerable.Range(0, Indicators).Select(j => 1.0 + (j % 4)).ToArray();
        scores = new double[Units];
        aggregated = new double[Units];
        ArithmeticAggregation.Instance.Aggregate(matrix, Units, weights, AggregationOptions.Default, scores);
        ranks = new double[Units];
        scratch = new int[Units];
        more = NormalisationContext.For(Polarity.MoreIsBetter);
    }

    [Benchmark]
    public void NormaliseMinMax() => minMax.Normalise(column, more, destination);

    [Benchmark]
    public void NormaliseZScore() => ZScoreNormalisation.Standard.Normalise(column, more, destination);

    [Benchmark]
    public void NormaliseRank() => RankNormalisation.Instance.Normalise(column, more, destination);

    [Benchmark]
    public void TreatWinsoriseOrLog() => WinsoriseOrLogTreatment.Default.Treat(column, destination);

    [Benchmark]
    public void AggregateArithmetic() => ArithmeticAggregation.Instance.Aggregate(matrix, Units, weights, AggregationOptions.Default, aggregated);

    [Benchmark]
    public void AggregateGeometric() => GeometricAggregation.Instance.Aggregate(matrix, Units, weights, AggregationOptions.Default, aggregated);

    [Benchmark]
    public void AggregateCopeland() => CopelandAggregation.Instance.Aggregate(matrix, Units, weights, AggregationOptions.Default, aggregated);

    [Benchmark]
    public void RankDescending() => Ranker.RankDescending(scores, ranks, scratch);
}

using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Scoring.Weighting;

namespace CountyInnovation.Sdk.Tests.Scoring;

/// <summary>The documented edge-case behaviour of every built-in method: one unit, all missing, a constant column, ties, zero and negative values.</summary>
public class EdgeCaseTests
{
    private static readonly double N = double.NaN;

    private static NormalisationContext Context(INormalisation m) => m.Name switch
    {
        "goalposts" => NormalisationContext.For(Polarity.MoreIsBetter).WithGoalposts(Goalposts.Of(0, 10)),
        "distance-to-target" => NormalisationContext.For(Polarity.MoreIsBetter).WithTarget(10),
        "distance-to-reference" => NormalisationContext.For(Polarity.MoreIsBetter).WithReferenceUnit(0),
        _ => NormalisationContext.For(Polarity.MoreIsBetter),
    };

    private static double[] Run(string name, double[] x)
    {
        var m = ScoringMethodRegistry.Default.CreateNormalisation(name);
        var y = new double[x.Length];
        m.Normalise(x, Context(m), y);
        return y;
    }

    [Theory]
    [InlineData("min-max", 0.5)]
    [InlineData("z-score", 0)]
    [InlineData("goalposts", 0.5)]
    [InlineData("distance-to-target", 0)]
    [InlineData("fraction-of-max", 1)]
    [InlineData("rank", 1)]
    [InlineData("percentile-rank", 0)]
    [InlineData("vector", 1)]
    public void One_unit(string method, double expected) => Assert.Equal([expected], Run(method, [5]));

    [Theory]
    [InlineData("min-max", 0.5)]
    [InlineData("z-score", 0)]
    [InlineData("goalposts", 0.3)]
    [InlineData("distance-to-target", 0)]
    [InlineData("fraction-of-max", 1)]
    [InlineData("rank", 1)]
    [InlineData("percentile-rank", 0)]
    public void Constant_column_with_a_missing_value(string method, double expected)
    {
        var y = Run(method, [3, N, 3]);
        Assert.Equal(expected, y[0], 15);
        Assert.Equal(expected, y[2], 15);
        Assert.True(double.IsNaN(y[1]));
    }

    [Theory]
    [InlineData("min-max")]
    [InlineData("z-score")]
    [InlineData("goalposts")]
    [InlineData("distance-to-target")]
    [InlineData("fraction-of-max")]
    [InlineData("rank")]
    [InlineData("percentile-rank")]
    [InlineData("vector")]
    public void All_missing_stays_all_missing(string method) =>
        Assert.All(Run(method, [N, N, N]), v => Assert.True(double.IsNaN(v)));

    [Theory]
    [InlineData("min-max")]
    [InlineData("z-score")]
    [InlineData("goalposts")]
    [InlineData("distance-to-target")]
    [InlineData("distance-to-reference")]
    [InlineData("fraction-of-max")]
    [InlineData("rank")]
    [InlineData("percentile-rank")]
    [InlineData("vector")]
    public void Ties_get_equal_scores(string method)
    {
        var y = Run(method, [9, 2, 5, 5]);
        Assert.Equal(y[2], y[3]);
        Assert.True(y[0] > y[2] && y[2] > y[1]);
    }

    [Theory]
    [InlineData("min-max")]
    [InlineData("z-score")]
    [InlineData("goalposts")]
    [InlineData("distance-to-target")]
    [InlineData("rank")]
    [InlineData("percentile-rank")]
    [InlineData("vector")]
    public void Zero_and_negative_values_give_finite_ordered_scores(string method)
    {
        var y = Run(method, [-2, 0, 3]);
        Assert.All(y, v => Assert.True(double.IsFinite(v)));
        Assert.True(y[0] <= y[1] && y[1] <= y[2]);
    }

    [Fact]
    public void Methods_that_cannot_handle_an_input_say_so()
    {
        Assert.Throws<NormalisationException>(() => Run("fraction-of-max", [-2, 0, 3]));
        Assert.Throws<NormalisationException>(() => Run("distance-to-reference", [5]));          // the reference is the worst unit
        Assert.Throws<NormalisationException>(() => Run("distance-to-reference", [3, 3]));       // constant column
        Assert.Throws<NormalisationException>(() => Run("distance-to-reference", [N, N]));       // reference missing
        Assert.Throws<NormalisationException>(() => Run("distance-to-target", [12, 15]));       // target below the worst
    }

    [Fact]
    public void Aggregations_on_one_unit_a_missing_row_and_constant_columns()
    {
        IAggregation[] means = [ArithmeticAggregation.Instance, GeometricAggregation.Instance, HarmonicAggregation.Instance, GeneralisedMeanAggregation.Create(3)];
        var m = ComponentMatrix.FromRows([[4.0, 4], [N, N], [4, 4]]);
        foreach (var a in means)
        {
            var y = a.Aggregate(m, [1, 3]);
            Assert.Equal(4, y[0], 12);
            Assert.True(double.IsNaN(y[1]), a.Name);
            Assert.Equal(4, a.Aggregate(ComponentMatrix.FromRows([[4.0, 4]]), [1, 1])[0], 12);
        }

        Assert.Equal([0.0, N, 0], CopelandAggregation.Instance.Aggregate(m, [1, 3]).ToArray());
        Assert.Equal([0.5, N, 0.5], TopsisAggregation.Instance.Aggregate(m, [1, 3]).ToArray());
    }

    [Fact]
    public void Aggregations_with_zero_and_negative_components()
    {
        var zero = ComponentMatrix.FromRows([[0.0, 2], [1, 1]]);
        Assert.Equal(1, ArithmeticAggregation.Instance.Aggregate(zero, [1, 1])[0]);
        Assert.Equal(Math.Sqrt(2), GeneralisedMeanAggregation.Create(2).Aggregate(zero, [1, 1])[0], 12);
        Assert.Throws<AggregationException>(() => GeometricAggregation.Instance.Aggregate(zero, [1, 1]));
        Assert.Throws<AggregationException>(() => HarmonicAggregation.Instance.Aggregate(zero, [1, 1]));
        var negative = ComponentMatrix.FromRows([[-3.0, 1], [1, 1]]);
        Assert.Equal(-1, ArithmeticAggregation.Instance.Aggregate(negative, [1, 1])[0]);
        Assert.Equal([-1.0, 1], CopelandAggregation.Instance.Aggregate(negative, [1, 1]).ToArray());
    }

    [Fact]
    public void Data_driven_weightings_refuse_a_single_unit_and_fixed_ones_do_not_care()
    {
        var one = ComponentMatrix.FromRows([[1.0, 2]]);
        Polarity[] p = [Polarity.MoreIsBetter, Polarity.MoreIsBetter];
        IWeighting[] dataDriven = [EntropyWeighting.Instance, CriticWeighting.Instance, CoefficientOfVariationWeighting.Instance, PcaWeighting.Instance];
        foreach (var w in dataDriven)
        {
            Assert.Throws<WeightingException>(() => w.Weigh(one, p));
        }

        Assert.Equal([0.5, 0.5], EqualWeighting.Instance.Weigh(one, p).ToArray());
        Assert.Equal([0.25, 0.75], FixedWeighting.Create([1, 3]).Weigh(one, p).ToArray());
    }

    [Fact]
    public void Data_driven_weightings_on_all_missing_columns()
    {
        var m = ComponentMatrix.FromRows([[1.0, N], [2, N], [4, N]]);
        Polarity[] p = [Polarity.MoreIsBetter, Polarity.MoreIsBetter];
        Assert.Equal([1.0, 0], EntropyWeighting.Instance.Weigh(m, p).ToArray());
        Assert.Equal([1.0, 0], CoefficientOfVariationWeighting.Instance.Weigh(m, p).ToArray());
        Assert.Throws<WeightingException>(() => PcaWeighting.Instance.Weigh(m, p));
    }
}

using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Normalisation;

namespace CountyInnovation.Sdk.Tests.Conformance;

/// <summary>
/// Aggregation examples with numbers published in COINr's "Aggregation" vignette (bluefoxr/COINr,
/// articles/aggregate.md): the data-availability threshold and the weighted harmonic mean of four
/// ASEM indicators after min-max onto [1, 100].
/// </summary>
public class CoinrAggregateConformanceTests
{
    [Fact]
    public void Data_availability_threshold_matches_coinr()
    {
        // Aggregate(df1, f_ag = "a_amean", f_ag_para = list(w = c(1,1,1)), dat_thresh = 2/3) → 1.666667, NA, 2.000000
        var df1 = ComponentMatrix.FromRows([[1, 3, 1], [2, double.NaN, double.NaN], [3, double.NaN, 1]]);
        var y = ArithmeticAggregation.Instance.Aggregate(df1, [1, 1, 1], AggregationOptions.WithAvailabilityThreshold(2.0 / 3));
        Assert.Equal(1.666667, y[0], 6);
        Assert.True(double.IsNaN(y[1]));
        Assert.Equal(2, y[2], 12);
    }

    [Theory]
    [InlineData(0, 94.1, 14.20, 1.0, 29.4, 2.36)]
    [InlineData(1, 94.6, 15.60, 97.2, 40.0, 41.50)]
    [InlineData(2, 35.0, 4.89, 38.0, 15.6, 14.30)]
    [InlineData(3, 51.2, 4.90, 59.2, 34.3, 17.40)]
    [InlineData(4, 43.7, 4.66, 55.7, 1.0, 3.93)]
    public void Harmonic_mean_after_min_max_1_100_matches_coinr(int row, double lpi, double flights, double ship, double bord, double y)
    {
        // X <- ASEM_iData[12:15]; Normalise(X, n_minmax, l_u = c(1, 100)); Aggregate(X, "a_hmean", w = c(1, 1, 2, 1)); signif(3)
        string[] codes = ["LPI", "Flights", "Ship", "Bord"];
        var columns = codes.Select(c =>
        {
            var x = AsemData.Instance.Column(c);
            var n = new double[x.Length];
            MinMaxNormalisation.Create(1, 100).Normalise(x, NormalisationContext.For(Polarity.MoreIsBetter), n);
            return n;
        }).ToArray();
        var scores = HarmonicAggregation.Instance.Aggregate(ComponentMatrix.FromColumns(columns), [1, 1, 2, 1]);

        double[] expected = [lpi, flights, ship, bord, y];
        double[] actual = [columns[0][row], columns[1][row], columns[2][row], columns[3][row], scores[row]];
        for (var c = 0; c < expected.Length; c++)
        {
            var halfUnit = 0.5 * Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(expected[c]))) - 2);
            Assert.True(Math.Abs(actual[c] - expected[c]) <= halfUnit + 1e-9, $"row {row} column {c}: COINr {expected[c]}, SDK {actual[c]}");
        }
    }
}

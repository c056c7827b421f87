using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Normalisation;

namespace CountyInnovation.Sdk.Tests.Conformance;

/// <summary>
/// Normalisations of raw ASEM indicators against the table COINr publishes in its "Normalisation"
/// vignette (bluefoxr/COINr, articles/normalise.md, "Individual normalisation": LPI as Borda scores
/// (rank − 1, ties "min"), Flights as z-scores with mean 10 and sd 2, Ship as min-max 0–100; first ten
/// rows printed to 7 significant digits).
/// </summary>
public class CoinrNormaliseConformanceTests
{
    private static double[] Normalised(string indicator, INormalisation method)
    {
        var x = AsemData.Instance.Column(indicator);
        var y = new double[x.Length];
        method.Normalise(x, NormalisationContext.For(Polarity.MoreIsBetter), y);
        return y;
    }

    [Theory]
    [InlineData("AUS", 36, 9.889993, 66.14497)]
    [InlineData("AUT", 44, 9.588735, 0.0)]
    [InlineData("BEL", 45, 9.711512, 97.14314)]
    [InlineData("BGD", 4, 8.529810, 45.80661)]
    [InlineData("BGR", 7, 8.741971, 37.40495)]
    [InlineData("BRN", 9, 8.433044, 35.38920)]
    [InlineData("CHN", 30, 13.235114, 100.0)]
    [InlineData("CYP", 14, 8.721372, 55.21211)]
    [InlineData("CZE", 31, 9.001961, 0.0)]
    public void Rank_z_score_and_min_max_match_coinr(string unit, int borda, double flightsZ, double shipMinMax)
    {
        var i = AsemData.Instance.IndexOf(unit);
        Assert.Equal(borda + 1, Normalised("LPI", RankNormalisation.Instance)[i]);
        Assert.True(Math.Abs(Normalised("Flights", ZScoreNormalisation.Create(10, 2))[i] - flightsZ) <= 5e-7, unit);
        Assert.True(Math.Abs(Normalised("Ship", MinMaxNormalisation.Create(0, 100))[i] - shipMinMax) <= 5e-5, unit);
    }
}

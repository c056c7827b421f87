using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Normalisation;

namespace CountyInnovation.Sdk.Tests.Scoring;

/// <summary>The <c>ties</c> parameter of rank and percentile-rank normalisation (R's ties.method), by hand.</summary>
public class RankTiesTests
{
    // 10, 20, 20, 30, NaN (more is better): ranks of the tied pair are 2 and 3.
    private static readonly double[] Column = [10, 20, 20, 30, double.NaN];

    [Theory]
    [InlineData("min", new[] { 1, 2, 2, 4.0 })]
    [InlineData("average", new[] { 1, 2.5, 2.5, 4 })]
    [InlineData("max", new[] { 1, 3, 3, 4.0 })]
    [InlineData("first", new[] { 1, 2, 3, 4.0 })]
    public void Rank_ties(string ties, double[] expected)
    {
        var method = ScoringMethodRegistry.Default.CreateNormalisation("rank", MethodParameters.Empty.With("ties", ties));
        var y = new double[Column.Length];
        method.Normalise(Column, NormalisationContext.For(Polarity.MoreIsBetter), y);
        Assert.Equal(expected, y.Take(4));
        Assert.True(double.IsNaN(y[4]));

        // Percentile rank: (rank − 1)/(n − 1) with n = 4 observed.
        var percentile = ScoringMethodRegistry.Default.CreateNormalisation("percentile-rank", MethodParameters.Empty.With("ties", ties));
        percentile.Normalise(Column, NormalisationContext.For(Polarity.MoreIsBetter), y);
        Assert.Equal(expected.Select(r => (r - 1) / 3), y.Take(4));
    }

    [Fact]
    public void Less_is_better_reverses_and_first_keeps_input_order()
    {
        var y = new double[4];
        RankNormalisation.Create(RankTies.First).Normalise([5, 5, 1, 9], NormalisationContext.For(Polarity.LessIsBetter), y);
        // Oriented −5, −5, −1, −9: −9 → 1, the two −5 → 2 and 3 in input order, −1 → 4.
        Assert.Equal([2, 3, 4, 1.0], y);
    }

    [Fact]
    public void An_unknown_tie_rule_is_refused()
    {
        var e = Assert.Throws<ScoringConfigurationException>(() => ScoringMethodRegistry.Default.CreateNormalisation("rank", MethodParameters.Empty.With("ties", "dense")));
        Assert.Contains("min, average, max or first", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_normalisation_method_sets_the_default_as_the_format_page_says()
    {
        var m = MethodConfigurationJson.Parse("{ \"normalisation\": { \"method\": \"min-max\", \"lower\": 0, \"upper\": 100 } }", "m.json");
        Assert.Equal("min-max", m.Normalisation.Name);
        Assert.Equal(100, m.Normalisation.Get("upper", 0));
        var ranked = MethodConfigurationJson.Parse("{ \"normalisation\": { \"method\": \"rank\", \"ties\": \"average\" } }", "m.json");
        Assert.Equal("average", ranked.Normalisation.TextParameters["ties"]);
    }
}

using CountyInnovation.Sdk.Scoring.Treatment;

namespace CountyInnovation.Sdk.Tests.Conformance;

/// <summary>
/// COINr's default outlier treatment (<c>Treat()</c>: winsorise ≤ 5 points while |skew| ≥ 2 and kurt ≥ 3.5,
/// else log_CT of the original) on the raw ASEM indicators, against the numbers COINr publishes in its
/// "Outlier Treatment" vignette (bluefoxr/COINr, articles/treat.md, the <c>Dets_Table</c> outputs of
/// <c>Treat(coin, dset = "Raw")</c> with default and modified specifications, printed to 7 significant digits).
/// </summary>
public class CoinrTreatConformanceTests
{
    private static Dictionary<string, TreatmentOutcome> Outcomes(WinsoriseOrLogTreatment treatment, params string[] codes)
    {
        var raw = AsemPipeline.Raw(AsemData.Instance).Where(p => codes.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        return AsemPipeline.Treat(raw, treatment).Outcomes;
    }

    private static void Near(double expected, double actual, double printed) =>
        Assert.True(Math.Abs(expected - actual) <= printed, $"expected {expected}, got {actual}");

    [Theory]
    [InlineData("LPI", -0.3042681, -0.6567514)]
    [InlineData("Ship", -0.5756680, -0.6814795)]
    [InlineData("ConSpeed", 0.4622037, 0.1873214)]
    [InlineData("Cov4G", -1.3725191, 0.5419314)]
    [InlineData("Services", 1.7010849, 2.3756557)]
    public void Passing_indicators_match_coinr_skew_and_kurtosis_and_are_untouched(string code, double skew, double kurt)
    {
        var o = Outcomes(WinsoriseOrLogTreatment.Default, code)[code];
        Near(skew, o.SkewnessBefore, 5e-7);
        Near(kurt, o.KurtosisBefore, 5e-7);
        Assert.Equal(TreatmentAction.None, o.Action);
        Assert.Empty(o.Points);
    }

    [Theory]
    [InlineData("Flights", 2.1032872, 4.5088794, 1, 1.900658, 3.336065)]
    [InlineData("Bord", 2.1482360, 5.7914905, 1, 1.899211, 4.346298)]
    [InlineData("Elec", 2.2252736, 5.7910268, 1, 1.717744, 2.586062)]
    [InlineData("Gas", 2.8294486, 10.3346494, 1, 1.602518, 1.525576)]
    [InlineData("Goods", 2.6499733, 8.2666095, 2, 1.140608, 0.1572047)]
    public void Failing_indicators_are_winsorised_as_coinr_does(string code, double skew0, double kurt0, int nwin, double skew1, double kurt1)
    {
        var o = Outcomes(WinsoriseOrLogTreatment.Default, code)[code];
        Near(skew0, o.SkewnessBefore, 5e-7);
        Near(kurt0, o.KurtosisBefore, 5e-7);
        Assert.Equal(TreatmentAction.Winsorised, o.Action);
        Assert.Equal(nwin, o.WinsorisedCount);
        Near(skew1, o.SkewnessAfter, 5e-6);
        Near(kurt1, o.KurtosisAfter, 5e-6);
        Assert.True(o.PassesAfter);
    }

    [Fact]
    public void The_treated_points_are_the_rows_coinr_marks_winhi()
    {
        // Treated_Points: Flights row 30, Goods rows 11 and 35 (1-based) are "winhi".
        var o = Outcomes(WinsoriseOrLogTreatment.Default, "Flights", "Goods");
        Assert.Equal([29], o["Flights"].Points.Select(p => p.UnitIndex));
        Assert.Equal([10, 34], o["Goods"].Points.Select(p => p.UnitIndex));
        Assert.All(o["Goods"].Points, p => Assert.True(p.Treated < p.Original));
    }

    [Fact]
    public void With_one_point_allowed_goods_falls_back_to_the_log_transform_of_the_original()
    {
        // Treat(coin, global_specs = list(f1_para = list(winmax = 1))): Goods → log_CT, then skew 0.03104001, kurt −0.8888965.
        var o = Outcomes(WinsoriseOrLogTreatment.Create(maxWinsorised: 1), "Goods", "Flights");
        Assert.Equal(TreatmentAction.LogTransformed, o["Goods"].Action);
        Near(0.03104001, o["Goods"].SkewnessAfter, 5e-9);
        Near(-0.8888965, o["Goods"].KurtosisAfter, 5e-8);
        Assert.True(o["Goods"].PassesAfter);
        Assert.Equal(TreatmentAction.Winsorised, o["Flights"].Action);
    }

    [Fact]
    public void With_no_winsorisation_allowed_flights_is_log_transformed()
    {
        // indiv_specs Flights f1_para winmax = 0 → log: skew −0.09502644, kurt −0.8305217.
        var o = Outcomes(WinsoriseOrLogTreatment.Create(maxWinsorised: 0), "Flights")["Flights"];
        Assert.Equal(TreatmentAction.LogTransformed, o.Action);
        Near(-0.09502644, o.SkewnessAfter, 5e-9);
        Near(-0.8305217, o.KurtosisAfter, 5e-8);
    }

    [Fact]
    public void Stricter_thresholds_match_coinr_qtreat()
    {
        // qTreat(df1, winmax = 1, skew_thresh = 1.5, kurt_thresh = 3): Flights and Goods fail after one point → log.
        var o = Outcomes(WinsoriseOrLogTreatment.Create(1, 1.5, 3), "Flights", "Goods", "Services");
        Assert.Equal(TreatmentAction.LogTransformed, o["Flights"].Action);
        Near(-0.09502644, o["Flights"].SkewnessAfter, 5e-9);
        Assert.Equal(TreatmentAction.LogTransformed, o["Goods"].Action);
        Near(0.03104001, o["Goods"].SkewnessAfter, 5e-9);
        Assert.Equal(TreatmentAction.None, o["Services"].Action);
    }
}

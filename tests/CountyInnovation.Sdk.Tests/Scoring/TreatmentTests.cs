using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Treatment;

namespace CountyInnovation.Sdk.Tests.Scoring;

public class TreatmentTests
{
    private static (double[] Treated, TreatmentOutcome Outcome) Treat(double[] x, WinsoriseOrLogTreatment? method = null)
    {
        var y = new double[x.Length];
        var outcome = (method ?? WinsoriseOrLogTreatment.Default).Treat(x, y);
        return (y, outcome);
    }

    [Fact]
    public void Skewness_and_kurtosis_match_the_methodology_test_vector()
    {
        var s = SkewnessKurtosis.Of([1, 2, 3, 4, 100]);
        Assert.Equal(2.232396, s.Skewness, 6);
        Assert.Equal(4.986866, s.Kurtosis, 6);
        Assert.False(s.Passes());
    }

    [Fact]
    public void The_methodology_test_vector_is_winsorised_once_and_then_passes()
    {
        var (y, outcome) = Treat([1, 2, 3, 4, 100]);
        Assert.Equal([1, 2, 3, 4, 4], y);
        Assert.Equal(TreatmentAction.Winsorised, outcome.Action);
        Assert.Equal(1, outcome.WinsorisedCount);
        Assert.True(outcome.PassesAfter);
        var point = Assert.Single(outcome.Points);
        Assert.Equal((4, 100.0, 4.0), (point.UnitIndex, point.Original, point.Treated));
        Assert.Equal(2.232396, outcome.SkewnessBefore, 6);
    }

    [Fact]
    public void Coinr_own_test_one_high_outlier_becomes_the_next_highest_value()
    {
        // COINr tests/testthat/test-treat.R, "treat_num": x <- c(1:10, 100) → the 100 becomes 10, the rest unchanged.
        var x = Enumerable.Range(1, 10).Select(i => (double)i).Append(100).ToArray();
        var (y, outcome) = Treat(x);
        Assert.Equal(10, y[10]);
        Assert.Equal(x[..10], y[..10]);
        Assert.True(SkewnessKurtosis.Of(y).Passes());
        Assert.Equal(TreatmentAction.Winsorised, outcome.Action);
    }

    [Fact]
    public void Coinr_own_test_two_outliers_with_one_winsorisation_allowed_fall_back_to_the_log_of_the_original()
    {
        // COINr test-treat.R: x <- c(1:20, 100, 200), winmax = 1 → one winsorisation does not pass, so f2
        // is applied to the ORIGINAL x; here f2 is the default log_CT = ln(x − min + 0.01·(max − min)).
        var x = Enumerable.Range(1, 20).Select(i => (double)i).Concat([100, 200]).ToArray();
        var (y, outcome) = Treat(x, WinsoriseOrLogTreatment.Create(maxWinsorised: 1));
        Assert.Equal(TreatmentAction.LogTransformed, outcome.Action);
        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(Math.Log(x[i] - 1 + (0.01 * 199)), y[i], 12);
        }

        Assert.Equal(x.Length, outcome.Points.Length);
        Assert.Equal(0, outcome.WinsorisedCount);
    }

    [Fact]
    public void Low_outliers_are_winsorised_at_the_low_end()
    {
        var x = Enumerable.Range(1, 10).Select(i => (double)i).Prepend(-100).ToArray();
        var (y, outcome) = Treat(x);
        Assert.Equal(1, y[0]);
        Assert.Equal(TreatmentAction.Winsorised, outcome.Action);
    }

    [Fact]
    public void Tied_extremes_are_winsorised_together_and_counted_as_coinr_counts_them()
    {
        // Two tied maxima are replaced in one step and both count towards the limit.
        var x = Enumerable.Range(1, 20).Select(i => (double)i).Concat([500, 500]).ToArray();
        var (y, outcome) = Treat(x);
        Assert.Equal(20, y[20]);
        Assert.Equal(20, y[21]);
        Assert.Equal(2, outcome.WinsorisedCount);
        Assert.Equal(2, outcome.Points.Length);
    }

    [Fact]
    public void A_passing_column_is_untouched()
    {
        double[] x = [1, 2, 3, 4, 5, 6];
        var (y, outcome) = Treat(x);
        Assert.Equal(x, y);
        Assert.Equal(TreatmentAction.None, outcome.Action);
        Assert.Empty(outcome.Points);
    }

    [Fact]
    public void Missing_values_are_ignored_and_stay_missing()
    {
        var (y, outcome) = Treat([1, double.NaN, 2, 3, 4, 100]);
        Assert.True(double.IsNaN(y[1]));
        Assert.Equal(4, y[5]);
        Assert.Equal(TreatmentAction.Winsorised, outcome.Action);
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0, 3.0 })]
    [InlineData(new[] { 5.0, 5.0, 5.0, 5.0, 5.0 })]
    [InlineData(new double[0])]
    public void Columns_too_short_or_constant_are_not_assessable_and_unchanged(double[] x)
    {
        var (y, outcome) = Treat(x);
        Assert.Equal(x, y);
        Assert.Equal(TreatmentAction.NotAssessable, outcome.Action);
    }

    [Fact]
    public void Parameters_are_read_and_validated()
    {
        var t = (WinsoriseOrLogTreatment)ScoringMethodRegistry.Default.CreateOutlierTreatment("winsorise-or-log",
            MethodParameters.Empty.With("max-winsorised", 3).With("skew-threshold", 2.25));
        Assert.Equal(3, t.MaxWinsorised);
        Assert.Equal(2.25, t.SkewThreshold);
        Assert.Throws<ScoringConfigurationException>(() => ScoringMethodRegistry.Default.CreateOutlierTreatment("winsorise-or-log",
            MethodParameters.Empty.With("max-winsorised", 2.5)));
        Assert.Throws<ScoringConfigurationException>(() => ScoringMethodRegistry.Default.CreateOutlierTreatment("winsorise-or-log",
            MethodParameters.Empty.With("winmax", 2)));
    }
}

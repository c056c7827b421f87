using CountyInnovation.Sdk.Scoring.Imputation;

namespace CountyInnovation.Sdk.Tests.Scoring;

public class ImputationTests
{
    private static readonly double N = double.NaN;

    private static (double[] Filled, ImputationOutcome Outcome) Impute(IImputation method, ImputationInput input)
    {
        var y = new double[input.UnitCount];
        var outcome = method.Impute(input, y);
        return (y, outcome);
    }

    private static IndicatorHistory History() => IndicatorHistory.Create(new Dictionary<int, IReadOnlyList<double>>
    {
        [2019] = [1, 10, N, N],
        [2020] = [2, N, N, 7],
        [2021] = [N, N, N, N],
        [2022] = [4, 40, N, N],
    });

    [Fact]
    public void Column_mean_and_median_fill_missing_values_and_log_each_one()
    {
        var input = ImputationInput.ForColumn([1, N, 2, 9, N]);
        var (mean, log) = Impute(StatisticImputation.Create(ImputationStatistic.Mean), input);
        Assert.Equal([1, 4, 2, 9, 4], mean);
        Assert.Equal([1, 4], log.Imputed.Select(v => v.UnitIndex));
        Assert.All(log.Imputed, v => Assert.Equal("mean", v.Method));
        Assert.Empty(log.StillMissing.ToArray());

        var (median, _) = Impute(StatisticImputation.Create(ImputationStatistic.Median), input);
        Assert.Equal([1, 2, 2, 9, 2], median);
        var (evenMedian, _) = Impute(StatisticImputation.Create(ImputationStatistic.Median), ImputationInput.ForColumn([1, 2, 3, 10, N]));
        Assert.Equal(2.5, evenMedian[4]);
    }

    [Fact]
    public void Group_methods_use_the_units_group_only_and_leave_an_empty_group_missing()
    {
        var input = ImputationInput.ForColumn([1, 3, N, 10, N, N]).WithGroups([0, 0, 0, 1, 1, 2]);
        var (y, log) = Impute(StatisticImputation.Create(ImputationStatistic.Mean, byGroup: true), input);
        Assert.Equal(2, y[2]);
        Assert.Equal(10, y[4]);
        Assert.True(double.IsNaN(y[5]));
        Assert.Equal([5], log.StillMissing.ToArray());
        Assert.Equal("group-mean", log.Method);
    }

    [Fact]
    public void Group_methods_without_groups_are_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => Impute(StatisticImputation.Create(ImputationStatistic.Median, true), ImputationInput.ForColumn([1, N])));
    }

    [Fact]
    public void Observed_values_never_change()
    {
        double[] x = [5, N, -3, 0];
        IImputation[] methods = [StatisticImputation.Create(ImputationStatistic.Mean), StatisticImputation.Create(ImputationStatistic.Median)];
        foreach (var m in methods)
        {
            var (y, _) = Impute(m, ImputationInput.ForColumn(x));
            Assert.Equal([5.0, -3, 0], new[] { y[0], y[2], y[3] });
        }
    }

    [Fact]
    public void Carry_forward_takes_the_latest_earlier_year_within_k_years_and_records_it()
    {
        var input = ImputationInput.ForYear(History(), 2021);
        var (y1, log1) = Impute(CarryForwardImputation.Create(1), input);
        Assert.Equal([2, N, N, 7], y1);
        Assert.Equal([(0, 2020), (3, 2020)], log1.Imputed.Select(v => (v.UnitIndex, v.SourceYear!.Value)));
        Assert.Equal([1, 2], log1.StillMissing.ToArray());

        var (y2, log2) = Impute(CarryForwardImputation.Create(2), input);
        Assert.Equal(10, y2[1]);
        Assert.Equal(2019, log2.Imputed.Single(v => v.UnitIndex == 1).SourceYear);
    }

    [Fact]
    public void Linear_interpolation_uses_the_nearest_observed_years_on_both_sides()
    {
        var (y, log) = Impute(LinearInterpolationImputation.Instance, ImputationInput.ForYear(History(), 2021));
        Assert.Equal(3, y[0]);    // 2 in 2020, 4 in 2022
        Assert.Equal(30, y[1]);   // 10 in 2019, 40 in 2022: 10 + 30·2/3
        Assert.True(double.IsNaN(y[2]));
        Assert.True(double.IsNaN(y[3])); // no later observation: no extrapolation
        var v = log.Imputed.Single(i => i.UnitIndex == 1);
        Assert.Equal((2019, 2022), (v.SourceYear!.Value, v.SecondSourceYear!.Value));
    }

    [Fact]
    public void Temporal_methods_need_a_history()
    {
        Assert.Throws<ArgumentException>(() => Impute(LinearInterpolationImputation.Instance, ImputationInput.ForColumn([1, N])));
    }

    [Fact]
    public void A_chain_fills_what_earlier_steps_left_and_keeps_each_methods_name()
    {
        var input = ImputationInput.ForYear(History(), 2021).WithGroups([0, 0, 0, 0]);
        var chain = ImputationChain.Of(CarryForwardImputation.Create(1), StatisticImputation.Create(ImputationStatistic.Median, true));
        var (y, log) = Impute(chain, input);
        Assert.Equal([2, 4.5, 4.5, 7], y);
        Assert.Equal(["carry-forward", "group-median", "group-median", "carry-forward"], log.Imputed.Select(v => v.Method));
        Assert.Empty(log.StillMissing.ToArray());
        Assert.Equal("carry-forward+group-median", chain.Name);
    }

    [Fact]
    public void An_all_missing_column_stays_missing()
    {
        var (y, log) = Impute(StatisticImputation.Create(ImputationStatistic.Mean), ImputationInput.ForColumn([N, N]));
        Assert.All(y, v => Assert.True(double.IsNaN(v)));
        Assert.Equal([0, 1], log.StillMissing.ToArray());
    }

    [Fact]
    public void History_rejects_duplicate_years_and_ragged_columns()
    {
        Assert.Throws<ArgumentException>(() => IndicatorHistory.Create([new(2020, [1.0]), new(2020, [2.0])]));
        Assert.Throws<ArgumentException>(() => IndicatorHistory.Create([new(2020, [1.0]), new(2021, [2.0, 3.0])]));
    }
}

using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Tests.Uncertainty;

public sealed class SaltelliEstimatorTests
{
    private static double[] Evaluate(SaltelliDesign design, Func<ReadOnlySpan<double>, double> f)
    {
        var y = new double[design.RunCount];
        for (var r = 0; r < y.Length; r++)
        {
            y[r] = f(design.Rows.AsSpan(r * design.Dimension, design.Dimension));
        }

        return y;
    }

    [Fact]
    public void Linear_function_has_first_order_and_total_indices_one_four_nine_fourteenths()
    {
        var design = SaltelliDesign.Create(20_000, [1, 1, 1], seed: 42);
        var y = Evaluate(design, x => x[0] + (2 * x[1]) + (3 * x[2]));

        var indices = SaltelliEstimator.Estimate(y, design.BaseRuns, ["x1", "x2", "x3"], resamples: 200, seed: 7);

        double[] expected = [1 / 14.0, 4 / 14.0, 9 / 14.0];
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], indices[i].FirstOrder, 0.03);
            Assert.Equal(expected[i], indices[i].Total, 0.03);
            Assert.InRange(expected[i], indices[i].FirstOrderLower - 0.01, indices[i].FirstOrderUpper + 0.01);
            Assert.InRange(expected[i], indices[i].TotalLower - 0.01, indices[i].TotalUpper + 0.01);
            Assert.True(indices[i].FirstOrderLower < indices[i].FirstOrder && indices[i].FirstOrder < indices[i].FirstOrderUpper);
        }
    }

    [Fact]
    public void A_grouped_input_gets_the_share_of_all_its_columns()
    {
        // Group 0 owns x1 and x2, group 1 owns x3: S0 = (1 + 4)/14, S1 = 9/14.
        var design = SaltelliDesign.Create(20_000, [2, 1], seed: 3);
        var y = Evaluate(design, x => x[0] + (2 * x[1]) + (3 * x[2]));

        var indices = SaltelliEstimator.Estimate(y, design.BaseRuns, ["x1+x2", "x3"], resamples: 0, seed: 1);

        Assert.Equal(5 / 14.0, indices[0].FirstOrder, 0.03);
        Assert.Equal(9 / 14.0, indices[1].Total, 0.03);
        Assert.True(double.IsNaN(indices[0].FirstOrderLower));
    }

    [Fact]
    public void Interaction_shows_in_the_total_but_not_the_first_order_index()
    {
        // y = x1·x2 centred: V = 1/144 + … ; with u = x − ½, y = u1·u2 is pure interaction: S = 0, ST = 1.
        var design = SaltelliDesign.Create(20_000, [1, 1], seed: 5);
        var y = Evaluate(design, x => (x[0] - 0.5) * (x[1] - 0.5));

        var indices = SaltelliEstimator.Estimate(y, design.BaseRuns, ["x1", "x2"], resamples: 0, seed: 1);

        Assert.Equal(0.0, indices[0].FirstOrder, 0.05);
        Assert.Equal(1.0, indices[0].Total, 0.05);
    }

    [Fact]
    public void Design_rows_AB_take_exactly_their_group_from_B()
    {
        var design = SaltelliDesign.Create(5, [2, 1], seed: 9);
        var d = design.Dimension;
        for (var j = 0; j < 5; j++)
        {
            var a = design.Rows.AsSpan(j * d, d).ToArray();
            var b = design.Rows.AsSpan((5 + j) * d, d).ToArray();
            var ab0 = design.Rows.AsSpan((10 + j) * d, d).ToArray();
            var ab1 = design.Rows.AsSpan((15 + j) * d, d).ToArray();
            Assert.Equal([b[0], b[1], a[2]], ab0);
            Assert.Equal([a[0], a[1], b[2]], ab1);
        }

        Assert.Equal(20, design.RunCount);
    }

    [Fact]
    public void Constant_output_gives_undefined_indices()
    {
        var design = SaltelliDesign.Create(10, [1], seed: 1);
        var indices = SaltelliEstimator.Estimate(new double[design.RunCount], 10, ["x"], 10, 1);
        Assert.True(double.IsNaN(indices[0].FirstOrder));
        Assert.True(double.IsNaN(indices[0].Total));
    }

    [Fact]
    public void Same_seed_gives_the_same_estimates()
    {
        var design = SaltelliDesign.Create(500, [1, 1, 1], seed: 11);
        var y = Evaluate(design, x => x[0] + (2 * x[1]) + (3 * x[2]));
        var first = SaltelliEstimator.Estimate(y, 500, ["a", "b", "c"], 50, 3);
        var again = SaltelliEstimator.Estimate(y, 500, ["a", "b", "c"], 50, 3);
        Assert.Equal(first, again);
    }
}

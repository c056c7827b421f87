using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Tests.Evaluation;

public class EvaluationYearTests
{
    [Fact]
    public void Evaluation_year_N_uses_data_of_year_N_minus_one()
    {
        var year = EvaluationYear.Of(2021);
        Assert.Equal(2020, year.DataYear);
        Assert.Equal(year, EvaluationYear.ForDataYear(2020));
    }

    [Fact]
    public void Parses_and_formats_round_trip_and_orders()
    {
        Assert.Equal(EvaluationYear.Of(2024), EvaluationYear.Parse("2024"));
        Assert.Equal("2024", EvaluationYear.Of(2024).ToString());
        Assert.True(EvaluationYear.Of(2023) < EvaluationYear.Of(2024));
        Assert.False(EvaluationYear.TryParse("20x4", out _));
        Assert.False(EvaluationYear.TryParse("-2024", out _));
        Assert.Throws<FormatException>(() => EvaluationYear.Parse("1800"));
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationYear.Of(10000));
    }
}

using System.Text;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Data;

public class SamplePanelTests
{
    private static readonly Panel Sample = SamplePanel.Load();

    [Fact]
    public void Covers_hebei_s_167_counties_2018_to_2023_and_the_17_default_indicators()
    {
        Assert.Equal(HebeiCounties.All.ToArray(), Sample.Counties.ToArray());
        Assert.Equal([2018, 2019, 2020, 2021, 2022, 2023], Sample.Years.ToArray());
        Assert.Equal(HebeiFramework.Default.Indicators.Select(i => i.Code).ToArray(), Sample.Indicators.ToArray());
        Assert.Empty(Sample.AbsentCountyYears);
    }

    [Fact]
    public void Says_it_is_synthetic_with_the_generator_seed_and_version()
    {
        Assert.True(Sample.IsSynthetic);
        Assert.StartsWith("SYNTHETIC", Sample.Metadata.Comments[0], StringComparison.Ordinal);
        Assert.Contains($"seed {SamplePanel.Seed}", Sample.Metadata.Comments[0], StringComparison.Ordinal);
        Assert.Contains($"version {SamplePanel.GeneratorVersion}", Sample.Metadata.Comments[0], StringComparison.Ordinal);
        Assert.Equal(SamplePanel.SourceName, Sample.Metadata.Source);
    }

    [Fact]
    public void Regenerating_with_the_same_seed_reproduces_the_shipped_file_byte_for_byte()
    {
        using var stream = SamplePanel.OpenResource();
        using var shipped = new MemoryStream();
        stream.CopyTo(shipped);

        var writer = new StringWriter();
        PanelCsvWriter.WriteWide(SamplePanel.Generator.Generate(), writer);
        var regenerated = new UTF8Encoding(false).GetBytes(writer.ToString());
        Assert.Equal(shipped.ToArray(), regenerated);
    }

    [Fact]
    public void Has_a_few_missing_cells_reported_and_no_missing_qualitative_scores()
    {
        Assert.InRange(Sample.MissingCells.Length, 20, 120);
        var qualitative = HebeiFramework.Default.Indicators.Where(i => i.Kind == IndicatorKind.Qualitative).Select(i => i.Code).ToHashSet();
        Assert.DoesNotContain(Sample.MissingCells, m => qualitative.Contains(m.Indicator));
    }

    [Fact]
    public void Values_are_skewed_like_real_statistics_and_grow_over_the_years()
    {
        var spending2018 = Sample.Column(IndicatorCode.Parse("fiscal_st_exp"), 2018).ToArray().Where(v => !double.IsNaN(v)).Order().ToArray();
        var spending2023 = Sample.Column(IndicatorCode.Parse("fiscal_st_exp"), 2023).ToArray().Where(v => !double.IsNaN(v)).Order().ToArray();
        Assert.True(spending2018.Average() > spending2018[spending2018.Length / 2], "right-skewed: mean above median");
        Assert.True(spending2023[spending2023.Length / 2] > spending2018[spending2018.Length / 2] * 1.3);
        Assert.All(spending2018, v => Assert.True(v > 0));
    }

    // Published class counts per data year (evaluation year − 1): domain.md §2. 2021's data year was not
    // published and is interpolated; for 2023 only A (82) and the average are published.
    [Theory]
    [InlineData(2018, 13, 112, 51.81)]
    [InlineData(2019, 19, 84, 56.26)]
    [InlineData(2020, 32, 69, 61.07)]
    [InlineData(2021, 49, 48, 67.0)]
    [InlineData(2022, 66, 28, 72.92)]
    [InlineData(2023, 82, 20, 76.93)]
    public void The_default_method_gives_class_counts_close_to_the_published_ones(int year, int a, int c, double mean)
    {
        var result = DefaultMethodScorer.Classes(Sample, HebeiFramework.Default, year);
        Assert.InRange(result.A, a - 4, a + 4);
        Assert.InRange(result.C, c - 4, c + 4);
        Assert.InRange(result.Mean, mean - 3, mean + 3);
    }

    [Fact]
    public void Classes_move_from_a_pyramid_to_an_inverted_pyramid()
    {
        var first = DefaultMethodScorer.Classes(Sample, HebeiFramework.Default, 2018);
        var last = DefaultMethodScorer.Classes(Sample, HebeiFramework.Default, 2023);
        Assert.True(first.C > first.B && first.B > first.A);
        Assert.True(last.A > last.B && last.B > last.C);
    }

    [Theory]
    [InlineData(2018)]
    [InlineData(2020)]
    [InlineData(2023)]
    public void The_evaluation_pipeline_s_default_method_agrees_with_the_calibration_scorer(int dataYear)
    {
        var result = EvaluationPipeline.Evaluate(Sample, HebeiFramework.Default, MethodConfiguration.Default, EvaluationYear.ForDataYear(dataYear));
        var independent = DefaultMethodScorer.Classes(Sample, HebeiFramework.Default, dataYear);
        Assert.True(result.IsSynthetic);
        // The pipeline imputes the few missing cells where the calibration scorer skips them: allow a county or two.
        Assert.InRange(result.Classes.A, independent.A - 2, independent.A + 2);
        Assert.InRange(result.Classes.C, independent.C - 2, independent.C + 2);
        Assert.InRange(result.AverageScore!.Value, independent.Mean - 0.5, independent.Mean + 0.5);
    }
}

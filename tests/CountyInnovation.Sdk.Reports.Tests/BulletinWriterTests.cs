using System.Text.Json;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Reports.Bulletins;

namespace CountyInnovation.Sdk.Reports.Tests;

public sealed class BulletinWriterTests
{
    private static readonly EvaluationPipeline Pipeline = EvaluationPipeline.Create(HebeiFramework.Default, MethodConfiguration.Default);
    private static readonly Panel Sample = SamplePanel.Load();

    [Fact]
    public void A_leap_that_ends_in_another_year_is_refused()
    {
        var y2023 = Pipeline.Evaluate(Sample, EvaluationYear.Of(2023));
        var y2024 = Pipeline.Evaluate(Sample, EvaluationYear.Of(2024));
        var leap = Leap.Between(Pipeline.Evaluate(Sample, EvaluationYear.Of(2022)), y2023);

        Assert.Throws<ArgumentException>(() => Bulletin.Create(y2024, leap));
        Assert.Same(leap, Bulletin.Create(y2023, leap).Leap);
    }

    [Theory]
    [InlineData(BulletinFormat.Table)]
    [InlineData(BulletinFormat.Json)]
    [InlineData(BulletinFormat.Csv)]
    [InlineData(BulletinFormat.Markdown)]
    public void Every_format_names_every_class_A_county(BulletinFormat format)
    {
        var result = Pipeline.Evaluate(Sample, EvaluationYear.Of(2024));
        var text = new StringWriter();

        BulletinWriter.Write(Bulletin.Create(result), format, text);

        Assert.NotEmpty(result.ClassA);
        Assert.All(result.ClassA, county => Assert.Contains(county.Name, text.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Json_carries_the_schema_and_the_full_precision_scores()
    {
        var result = Pipeline.Evaluate(Sample, EvaluationYear.Of(2024));

        using var json = JsonDocument.Parse(BulletinJsonWriter.Write(Bulletin.Create(result)));

        Assert.Equal(Bulletin.JsonSchema, json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(result.AverageScore!.Value, json.RootElement.GetProperty("summary").GetProperty("averageScore").GetDouble(), 1e-12);
    }

    [Fact]
    public void An_undefined_format_is_refused()
    {
        var result = Pipeline.Evaluate(Sample, EvaluationYear.Of(2024));

        Assert.Throws<ArgumentOutOfRangeException>(() => BulletinWriter.Write(Bulletin.Create(result), (BulletinFormat)99, TextWriter.Null));
    }
}

using System.Text.Json;

namespace CountyInnovation.Cli.Tests.Evaluate;

/// <summary>The README's main job: <c>evaluate</c> with no options, on the embedded synthetic sample.</summary>
public class EvaluateSampleTests
{
    [Fact]
    public void With_no_options_the_sample_is_evaluated_for_the_latest_year_against_the_year_before()
    {
        var (exit, output, error) = EvaluateFixture.Run("evaluate");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("evaluation 2024 (data year 2023)", output, StringComparison.Ordinal);
        Assert.Contains("SYNTHETIC", output, StringComparison.Ordinal);
        Assert.Contains("167 counties evaluated", output, StringComparison.Ordinal);
        Assert.Contains("Leaps 2023 → 2024", output, StringComparison.Ordinal);
        Assert.Contains("雄安新区", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_in_json_is_labelled_synthetic_and_covers_every_county_and_city()
    {
        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("synthetic").GetBoolean());
        Assert.Equal(167, root.GetProperty("counties").GetArrayLength());
        Assert.Equal(12, root.GetProperty("cities").GetArrayLength());
        Assert.Equal("雄安新区", root.GetProperty("cities")[11].GetProperty("city").GetString());
        Assert.Equal(3, root.GetProperty("cities")[11].GetProperty("counties").GetInt32());
        Assert.Equal(2023, root.GetProperty("leap").GetProperty("earlierYear").GetInt32());
        var scores = root.GetProperty("classA").EnumerateArray().Select(c => c.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }
}

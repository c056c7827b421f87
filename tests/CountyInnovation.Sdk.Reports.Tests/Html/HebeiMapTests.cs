using System.Text.Json;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Reports.Html;

namespace CountyInnovation.Sdk.Reports.Tests.Html;

public sealed class HebeiMapTests
{
    private static readonly Lazy<JsonDocument> Map = new(() => JsonDocument.Parse(HtmlAssets.MapGeoJson));

    [Fact]
    public void Every_one_of_the_167_county_level_divisions_has_a_shape_and_nothing_else_does()
    {
        var codes = HebeiCounties.Directory.Counties.Select(c => c.Code.ToString()).Order(StringComparer.Ordinal).ToList();
        var shapes = Map.Value.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("name").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(167, codes.Count);
        Assert.Equal(codes, shapes);
    }

    [Fact]
    public void Every_shape_is_a_closed_polygon_inside_Hebei()
    {
        foreach (var feature in Map.Value.RootElement.GetProperty("features").EnumerateArray())
        {
            var polygons = feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().ToList();
            Assert.NotEmpty(polygons);
            foreach (var ring in polygons.SelectMany(p => p.EnumerateArray()))
            {
                var points = ring.EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
                Assert.True(points.Count >= 4);
                Assert.Equal(points[0], points[^1]);
                Assert.All(points, p => Assert.True(p.X is > 113 and < 120.5 && p.Y is > 36 and < 43, $"{feature.GetProperty("properties")} {p}"));
            }
        }
    }

    [Fact]
    public void The_divisions_changed_since_the_source_was_drawn_have_their_new_codes()
    {
        var names = Map.Value.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("name").GetString())
            .ToHashSet(StringComparer.Ordinal);

        // 滦州市, 平泉市, 襄都区, 信都区, 任泽区, 南和区; the old codes are gone.
        Assert.Superset(new HashSet<string?>(["130284", "130881", "130502", "130503", "130505", "130506"]), names);
        Assert.DoesNotContain("130223", names);
        Assert.DoesNotContain("130521", names);
    }

    [Fact]
    public void The_embedded_map_stays_small() => Assert.True(HtmlAssets.MapGeoJson.Length < 400_000, $"{HtmlAssets.MapGeoJson.Length} characters");
}

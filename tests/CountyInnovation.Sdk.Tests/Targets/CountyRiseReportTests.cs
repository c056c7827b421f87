using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Tests.Targets;

public class CountyRiseReportTests
{
    private static readonly County[] Counties = [.. HebeiCounties.All.Take(4)];

    private static Panel PanelOf(double[] values, bool[]? presence = null) => Panel.Create(
        PanelMetadata.Create("test", isSynthetic: true),
        Counties,
        [2019, 2020, 2021],
        [CountyRiseReport.FiscalScienceShare, IndicatorCode.Parse("other")],
        values,
        presence ?? []);

    [Fact]
    public void Lists_for_each_year_the_counties_that_did_not_rise()
    {
        // Layout: indicator × year × county. County 3 is missing in 2020.
        double[] share =
        [
            2.0, 3.0, 1.0, 4.0, // 2019
            2.1, 3.0, 0.9, double.NaN, // 2020
            2.2, 3.1, 1.0, 4.5, // 2021
        ];
        var panel = PanelOf([.. share, .. Enumerable.Repeat(1.0, 12)]);

        var report = CountyRiseReport.From(panel);

        Assert.Equal([2020, 2021], report.Years.Select(y => y.Year));
        var y2020 = report.Years[0];
        Assert.Equal([Counties[0]], y2020.Rose.Select(c => c.County));
        Assert.Equal([Counties[1], Counties[2]], y2020.DidNotRise.Select(c => c.County));
        Assert.Equal(-0.1, y2020.DidNotRise[1].Change, 10);
        Assert.Equal([Counties[3]], y2020.NoData.AsEnumerable());
        Assert.Equal(3, report.Years[1].Rose.Length);
        Assert.Equal([Counties[3]], report.Years[1].NoData.AsEnumerable());
        Assert.True(report.IsSynthetic);
    }

    [Fact]
    public void A_county_absent_in_both_years_is_not_listed()
    {
        double[] share = [2.0, 3.0, 1.0, double.NaN, 2.1, 3.1, 1.1, double.NaN, 2.2, 3.2, 1.2, 5.0];
        bool[] presence = [true, true, true, false, true, true, true, false, true, true, true, true];

        var report = CountyRiseReport.From(PanelOf([.. share, .. share], presence));

        Assert.Empty(report.Years[0].NoData.AsEnumerable());
        Assert.Equal([Counties[3]], report.Years[1].NoData.AsEnumerable());
    }

    [Fact]
    public void An_unknown_indicator_or_year_is_an_error()
    {
        var panel = PanelOf([.. Enumerable.Repeat(1.0, 24)]);

        Assert.Throws<ArgumentException>(() => CountyRiseReport.From(panel, IndicatorCode.Parse("nope")));
        Assert.Throws<ArgumentException>(() => CountyRiseReport.From(panel, firstYear: 2019));
        Assert.Single(CountyRiseReport.From(panel, IndicatorCode.Parse("other"), 2021, 2021).Years);
    }
}

using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Evaluation;

/// <summary>Small frameworks and panels whose evaluation can be computed by hand.</summary>
internal static class SmallPanels
{
    public static readonly PrefectureCity CityX = PrefectureCity.Create(130100, "石家庄市", "Shijiazhuang");
    public static readonly PrefectureCity CityY = PrefectureCity.Create(130200, "唐山市", "Tangshan");

    private static IndicatorCode C(string code) => IndicatorCode.Parse(code);

    /// <summary>
    /// idx → g1 (weight 60: a more-is-better, b less-is-better, equal weights) and g2 (weight 40: c more-is-better).
    /// </summary>
    public static IndicatorFramework Framework(bool withQualitative = false, bool derivedC = false, bool withGoalposts = false)
    {
        var groups = new List<IndicatorGroup>
        {
            IndicatorGroup.Root(C("idx"), "指数", "Index"),
            IndicatorGroup.Create(C("g1"), C("idx"), "一", "One", 60),
            IndicatorGroup.Create(C("g2"), C("idx"), "二", "Two", 40),
        };
        var indicators = new List<Indicator>
        {
            Indicator.Create(C("a"), C("g1"), "甲", "A", "", IndicatorDirection.MoreIsBetter, 1, goalposts: withGoalposts ? Goalposts.Of(0, 30) : null),
            Indicator.Create(C("b"), C("g1"), "乙", "B", "", IndicatorDirection.LessIsBetter, 1, goalposts: withGoalposts ? Goalposts.Of(5, 35) : null),
            derivedC
                ? Indicator.Create(C("c"), C("g2"), "丙", "C", "%", IndicatorDirection.MoreIsBetter, 1, formula: IndicatorFormula.Ratio(C("num"), C("den"), 100))
                : Indicator.Create(C("c"), C("g2"), "丙", "C", "", IndicatorDirection.MoreIsBetter, 1, goalposts: withGoalposts ? Goalposts.Of(10, 40) : null),
        };
        if (withQualitative)
        {
            indicators.Add(Indicator.Create(C("q"), C("g2"), "丁", "Q", "分", IndicatorDirection.MoreIsBetter, 1, IndicatorKind.Qualitative, Goalposts.Of(0, 10)));
        }

        return IndicatorFramework.Create(groups, indicators);
    }

    /// <summary>Counties 130101.. in city X for the first half, city Y for the rest.</summary>
    public static IReadOnlyList<County> Counties(int n) =>
        [.. Enumerable.Range(0, n).Select(i => County.Create(
            CountyCode.From((i < (n + 1) / 2 ? 130100 : 130200) + 1 + i),
            $"县{i}",
            i < (n + 1) / 2 ? CityX : CityY))];

    /// <summary>A panel of one or more years; <paramref name="columns"/> maps indicator code → values [year][county].</summary>
    public static Panel Panel(int[] years, IReadOnlyList<County> counties, bool synthetic, params (string Code, double[][] ByYear)[] columns)
    {
        var n = counties.Count;
        var values = new double[columns.Length * years.Length * n];
        for (var i = 0; i < columns.Length; i++)
        {
            for (var y = 0; y < years.Length; y++)
            {
                columns[i].ByYear[y].CopyTo(values, ((i * years.Length) + y) * n);
            }
        }

        return Sdk.Data.Panel.Create(PanelMetadata.Create("test.csv", synthetic), counties, years, columns.Select(c => C(c.Code)), values);
    }

    /// <summary>A one-year (2020) panel.</summary>
    public static Panel OneYear(IReadOnlyList<County> counties, params (string Code, double[] Values)[] columns) =>
        Panel([2020], counties, false, [.. columns.Select(c => (c.Code, new[] { c.Values }))]);
}

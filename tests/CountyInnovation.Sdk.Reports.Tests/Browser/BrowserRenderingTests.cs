using System.Text.Json;
using System.Text.RegularExpressions;
using CountyInnovation.Sdk.Counties;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace CountyInnovation.Sdk.Reports.Tests.Browser;

/// <summary>The HTML bulletin in a real browser: no console error, every chart and the map drawn, CJK glyphs, A4 print.</summary>
[Trait("Category", "Browser")]
public sealed partial class BrowserRenderingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public void The_page_reports_no_console_error() => Assert.Empty(browser.Errors);

    [Theory]
    [InlineData("chart-classes", 6)]
    [InlineData("chart-cities", 12)]
    [InlineData("chart-map", 167)]
    [InlineData("chart-uncertainty", 167)]
    public async Task Every_chart_is_drawn(string id, int minimumPaths)
    {
        var paths = await browser.Page.EvaluateFunctionAsync<int>("id => document.querySelectorAll('#' + id + ' svg path').length", id);

        Assert.True(paths >= minimumPaths, $"{id}: {paths} SVG paths");
    }

    [Fact]
    public async Task The_map_colours_a_shape_for_each_of_the_167_codes()
    {
        const string script = """
            () => {
              const chart = window.bulletinState.charts['chart-map'];
              const data = chart.getModel().getSeriesByIndex(0).getData();
              const coloured = [];
              for (let i = 0; i < data.count(); i++) {
                const style = data.getItemVisual(i, 'style');
                if (style && style.fill) { coloured.push(data.getName(i)); }
              }
              return { regions: window.bulletinState.mapRegions, coloured: coloured };
            }
            """;
        var result = await browser.Page.EvaluateFunctionAsync<JsonElement>(script);

        var codes = HebeiCounties.Directory.Counties.Select(c => c.Code.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(167, result.GetProperty("regions").GetInt32());
        Assert.Equal(codes, result.GetProperty("coloured").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_map_toggles_to_score_and_leap_and_back()
    {
        foreach (var mode in new[] { "score", "leap", "class" })
        {
            await browser.Page.ClickAsync($".toggle button[data-mode='{mode}']");
            Assert.Equal(mode, await browser.Page.EvaluateExpressionAsync<string>("window.bulletinState.mapMode"));
            var paths = await browser.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('#chart-map svg path').length");
            Assert.True(paths >= 167, $"{mode}: {paths}");
        }

        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Chinese_text_is_drawn_with_a_CJK_font()
    {
        var session = browser.Page.Client;
        await session.SendAsync("DOM.enable");
        await session.SendAsync("CSS.enable");
        var document = await session.SendAsync<JsonElement>("DOM.getDocument", new Dictionary<string, object> { ["depth"] = 0 });
        var root = document.GetProperty("root").GetProperty("nodeId").GetInt32();
        var h1 = await session.SendAsync<JsonElement>("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = "h1" });
        var fonts = await session.SendAsync<JsonElement>("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = h1.GetProperty("nodeId").GetInt32() });

        var families = fonts.GetProperty("fonts").EnumerateArray().Select(f => f.GetProperty("familyName").GetString()!).ToList();
        Assert.Contains(families, f => f.Contains("CJK", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_screenshot_of_every_section_is_saved()
    {
        var folder = Path.Combine(browser.OutputFolder, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var selector in new[] { "#title", "#overview", "#lists", "#leaps", "#cities", "#map", "article.profile", "#uncertainty", "#method" })
        {
            var element = await browser.Page.QuerySelectorAsync(selector);
            Assert.NotNull(element);
            var file = Path.Combine(folder, selector.TrimStart('#').Replace(' ', '-').Replace('.', '-') + ".png");
            await element.ScreenshotAsync(file);
            Assert.True(new FileInfo(file).Length > 2_000, file);
        }
    }

    [Fact]
    public async Task It_prints_on_A4_with_a_sane_page_count()
    {
        var pdf = Path.Combine(browser.OutputFolder, "bulletin.pdf");

        await browser.Page.PdfAsync(pdf, new PdfOptions { Format = PaperFormat.A4, PrintBackground = true, PreferCSSPageSize = true });

        var pages = PdfPage().Matches(await File.ReadAllTextAsync(pdf, System.Text.Encoding.Latin1)).Count;
        // About one A4 page per county profile plus the sections: 191 pages for the sample with section 7.
        Assert.InRange(pages, 10, 167 + 60);
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPage();
}

using CountyInnovation.Sdk.Reports.Bulletins;
using PuppeteerSharp;

namespace CountyInnovation.Sdk.Reports.Tests.Browser;

/// <summary>
/// Opens the sample's HTML bulletin once in the Debian Chromium (never a downloaded browser), headless,
/// with a fresh profile, and keeps every console error and page error it reports.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser (.ci/run installs it with fonts-noto-cjk).</summary>
    public const string Executable = "/usr/bin/chromium";

    private readonly string profile = Path.Combine(Path.GetTempPath(), "county-innovation-chromium-" + Guid.NewGuid().ToString("N"));

    public List<string> Errors { get; } = [];

    public IBrowser Browser { get; private set; } = null!;

    public IPage Page { get; private set; } = null!;

    public string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "browser-output");

    public string HtmlPath => Path.Combine(OutputFolder, "bulletin.html");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: install the Debian packages chromium and fonts-noto-cjk (.ci/run does).");
        }

        Directory.CreateDirectory(OutputFolder);
        BulletinWriter.WriteFile(ReportFixtures.SampleWithUncertainty, BulletinFormat.Html, HtmlPath);
        Browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = Executable,
            UserDataDir = profile,
            Timeout = 180_000,
            ProtocolTimeout = 300_000,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--font-render-hinting=none",
            ],
        });
        Page = await Browser.NewPageAsync();
        Page.DefaultTimeout = 180_000;
        Page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                Errors.Add("console: " + e.Message.Text);
            }
        };
        Page.PageError += (_, e) => Errors.Add("page: " + e.Message);
        await Page.SetViewportAsync(new ViewPortOptions { Width = 900, Height = 1200 });
        await Page.GoToAsync(new Uri(HtmlPath).AbsoluteUri, WaitUntilNavigation.Load);
        await Page.WaitForFunctionAsync("() => window.bulletinState && window.bulletinState.ready === true");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
            await Browser.DisposeAsync();
        }

        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // The browser may still hold a file for a moment; the folder is in the temporary folder.
        }
    }
}

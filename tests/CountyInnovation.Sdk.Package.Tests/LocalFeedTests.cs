namespace CountyInnovation.Sdk.Package.Tests;

/// <summary>The install paths of docs/getting-started.md, from a local folder feed (see <see cref="LocalFeed"/>).</summary>
public sealed class LocalFeedTests(LocalFeed feed) : IClassFixture<LocalFeed>
{
    [Fact]
    public void The_packages_pack_into_the_folder()
    {
        foreach (var (project, pack) in feed.Packs)
        {
            Assert.True(pack.ExitCode == 0, $"dotnet pack {project}: {pack}");
            Assert.True(File.Exists(Path.Combine(feed.RunDirectory, "feed", $"{project}.{feed.Version}.nupkg")), project);
        }

        Assert.Equal(3, feed.Packs.Count);
    }

    [Fact]
    public void Dotnet_add_package_from_the_feed_and_the_readme_example_runs()
    {
        Assert.True(feed.AddPackage.ExitCode == 0, feed.AddPackage.ToString());
        Assert.True(feed.ConsoleRun.ExitCode == 0, feed.ConsoleRun.ToString());
        Assert.Contains("SYNTHETIC", feed.ConsoleRun.Output, StringComparison.Ordinal);
        Assert.Contains("2024", feed.ConsoleRun.Output, StringComparison.Ordinal);
        var project = File.ReadAllText(Path.Combine(feed.RunDirectory, "console", "console.csproj"));
        Assert.Contains($"Include=\"CountyInnovation.Sdk\" Version=\"{feed.Version}\"", project, StringComparison.Ordinal);
    }

    [Fact]
    public void The_net8_build_of_the_library_runs_the_readme_example_on_the_net8_runtime()
    {
        Assert.True(feed.Net8Run.ExitCode == 0, feed.Net8Run.ToString());
        Assert.Contains("runtime: .NET 8.0.", feed.Net8Run.Output, StringComparison.Ordinal);
        Assert.Equal(
            feed.ConsoleRun.Output.Split('\n').Where(l => !l.StartsWith("runtime:", StringComparison.Ordinal)).Select(l => l.TrimEnd()),
            feed.Net8Run.Output.Split('\n').Where(l => !l.StartsWith("runtime:", StringComparison.Ordinal)).Select(l => l.TrimEnd()));
    }

    [Fact]
    public void An_xunit_project_with_the_testing_kit_page_references_builds_and_passes_its_examples()
    {
        Assert.True(feed.XunitTest.ExitCode == 0, feed.XunitTest.ToString());
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+5,", feed.XunitTest.Output);
    }

    [Fact]
    public void The_tool_installs_with_tool_path_and_runs()
    {
        Assert.True(feed.ToolInstall.ExitCode == 0, feed.ToolInstall.ToString());
        Assert.True(feed.ToolVersion.ExitCode == 0, feed.ToolVersion.ToString());
        Assert.StartsWith(feed.Version, feed.ToolVersion.Output.Trim(), StringComparison.Ordinal);
        Assert.True(feed.ToolCounties.ExitCode == 0, feed.ToolCounties.ToString());
        Assert.Contains("130638,雄县,雄安新区", feed.ToolCounties.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_testing_kit_depends_on_exactly_the_same_sdk_version()
    {
        var package = Path.Combine(feed.RunDirectory, "feed", $"CountyInnovation.Sdk.Testing.{feed.Version}.nupkg");
        Assert.True(File.Exists(package), "the testing kit was not packed");
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var versions = System.Xml.Linq.XDocument.Load(nuspec).Descendants()
            .Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "CountyInnovation.Sdk")
            .Select(e => (string)e.Attribute("version")!)
            .Distinct();
        Assert.Equal([$"[{feed.Version}]"], versions);
    }
}

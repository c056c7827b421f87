using System.Reflection;
using System.Text.RegularExpressions;

namespace CountyInnovation.Sdk.Package.Tests;

/// <summary>
/// docs/getting-started.md followed from a clean clone: packs the SDK, the testing kit and the tool
/// into a fresh folder feed with a version no other run uses, adds the feed with the page's
/// <c>nuget.config</c>, then (1) creates a console app, <c>dotnet add package CountyInnovation.Sdk
/// --prerelease</c> and runs the package README's example; (2) runs the same example in a
/// self-contained net8.0 app on the .NET 8 runtime (restored from NuGet as a runtime pack);
/// (3) builds and runs an xunit project with the testing kit's worked example and its README example,
/// with the package references of docs/testing-kit.md; (4) installs the tool with
/// <c>dotnet tool install --tool-path</c> and runs it.
/// </summary>
public sealed partial class LocalFeed : IAsyncLifetime
{
    /// <summary>The unique version of this run's packages.</summary>
    public string Version { get; } = "0.1.0-feed-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>This run's folder: feed/, console/, net8/, xunit/, tools/.</summary>
    public string RunDirectory { get; private set; } = string.Empty;

    /// <summary>Each <c>dotnet pack</c>, by project.</summary>
    public Dictionary<string, DotnetProcess.Result> Packs { get; } = [];

    /// <summary><c>dotnet add package CountyInnovation.Sdk --prerelease</c> in the new console app.</summary>
    public DotnetProcess.Result AddPackage { get; private set; } = NotRun;

    /// <summary><c>dotnet run</c> of the SDK README example on .NET 10.</summary>
    public DotnetProcess.Result ConsoleRun { get; private set; } = NotRun;

    /// <summary><c>dotnet run</c> of the SDK README example, self-contained on .NET 8.</summary>
    public DotnetProcess.Result Net8Run { get; private set; } = NotRun;

    /// <summary><c>dotnet test</c> of the xunit project with the testing-kit examples.</summary>
    public DotnetProcess.Result XunitTest { get; private set; } = NotRun;

    /// <summary><c>dotnet tool install CountyInnovation.Cli --tool-path tools --prerelease</c>.</summary>
    public DotnetProcess.Result ToolInstall { get; private set; } = NotRun;

    /// <summary>The installed tool's <c>--version</c>.</summary>
    public DotnetProcess.Result ToolVersion { get; private set; } = NotRun;

    /// <summary>The installed tool's <c>counties --city 雄安新区 --format csv</c>.</summary>
    public DotnetProcess.Result ToolCounties { get; private set; } = NotRun;

    private static DotnetProcess.Result NotRun { get; } = new(-1, "not run: an earlier step failed");

    private static string Root => PackedConsumer.RepositoryRoot;

    private static string CurrentRuntimeIdentifier =>
        (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" +
        System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        RunDirectory = Path.Combine(Root, "artifacts", "package-tests", $"feed-{Version[^12..]}");
        var feed = Directory.CreateDirectory(Path.Combine(RunDirectory, "feed")).FullName;
        var configuration = typeof(LocalFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        foreach (var project in new[] { "CountyInnovation.Sdk", "CountyInnovation.Sdk.Testing", "CountyInnovation.Cli" })
        {
            var pack = Packs[project] = await Dotnet(Root, "pack", Path.Combine(Root, "src", project, project + ".csproj"), "-c", configuration, "-o", feed, $"-p:Version={Version}", $"-p:PackageVersion={Version}", "--disable-build-servers", "-tl:off", "-v:m");
            if (pack.ExitCode != 0)
            {
                return;
            }
        }

        // The tool package points to one package per platform: this machine's native build is packed
        // beside it, as docs/getting-started.md says.
        var cli = Path.Combine(Root, "src", "CountyInnovation.Cli", "CountyInnovation.Cli.csproj");
        var native = Packs["CountyInnovation.Cli"] = await Dotnet(Root, "pack", cli, "-c", configuration, "-r", CurrentRuntimeIdentifier, "-o", feed, $"-p:Version={Version}", $"-p:PackageVersion={Version}", "--disable-build-servers", "-tl:off", "-v:m");
        if (native.ExitCode != 0)
        {
            return;
        }

        // Outside the repository's build settings and central package versions, like a user's own folder.
        File.WriteAllText(Path.Combine(RunDirectory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(RunDirectory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(RunDirectory, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(RunDirectory, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(RunDirectory, "nuget.config"), GettingStartedNugetConfig().Replace("/home/me/county-feed", feed, StringComparison.Ordinal));

        await ConsoleApp();
        await Net8App(configuration);
        await XunitProject();
        await Tool();
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        // Keep the folder when something failed, for a look at what was packed and restored.
        var all = new[] { AddPackage, ConsoleRun, Net8Run, XunitTest, ToolInstall, ToolVersion }.Concat(Packs.Values);
        if (all.All(r => r.ExitCode == 0) && Directory.Exists(RunDirectory))
        {
            try
            {
                Directory.Delete(RunDirectory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The first <c>```lang</c> block of a file of the repository.</summary>
    public static string FirstBlock(string relativePath, string language)
    {
        var text = File.ReadAllText(Path.Combine(Root, relativePath)).ReplaceLineEndings("\n");
        var match = Regex.Match(text, "```" + language + "\n(.*?)```", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"{relativePath} has no ```{language} block.");
    }

    private static string GettingStartedNugetConfig() =>
        Regex.Match(File.ReadAllText(Path.Combine(Root, "docs", "getting-started.md")), "```xml\n(<\\?xml.*?</configuration>\n)```", RegexOptions.Singleline).Groups[1].Value;

    private static Task<DotnetProcess.Result> Dotnet(string directory, params string[] arguments) =>
        DotnetProcess.RunAsync(directory, new Dictionary<string, string>(), arguments);

    private async Task ConsoleApp()
    {
        var create = await Dotnet(RunDirectory, "new", "console", "-o", "console", "--framework", "net10.0");
        if (create.ExitCode != 0)
        {
            AddPackage = create;
            return;
        }

        var app = Path.Combine(RunDirectory, "console");
        AddPackage = await Dotnet(app, "add", "package", "CountyInnovation.Sdk", "--prerelease");
        if (AddPackage.ExitCode == 0)
        {
            File.WriteAllText(Path.Combine(app, "Program.cs"), FirstBlock("src/CountyInnovation.Sdk/README.md", "csharp"));
            ConsoleRun = await Dotnet(app, "run", "--disable-build-servers", "-tl:off");
        }
    }

    private async Task Net8App(string configuration)
    {
        var app = Directory.CreateDirectory(Path.Combine(RunDirectory, "net8")).FullName;
        File.WriteAllText(Path.Combine(app, "Net8.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net8.0</TargetFramework>
                <!-- No .NET 8 runtime is installed: the app carries its own, restored from NuGet. -->
                <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
                <SelfContained>true</SelfContained>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CountyInnovation.Sdk" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(
            Path.Combine(app, "Program.cs"),
            FirstBlock("src/CountyInnovation.Sdk/README.md", "csharp") + "Console.WriteLine(\"runtime: \" + System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);\n");
        Net8Run = await Dotnet(app, "run", "-c", configuration, "--disable-build-servers", "-tl:off");
    }

    private async Task XunitProject()
    {
        var project = Directory.CreateDirectory(Path.Combine(RunDirectory, "xunit")).FullName;
        var references = FirstBlock("docs/testing-kit.md", "xml").Replace("0.1.0-*", Version, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(project, "KitTests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              {references}
              <ItemGroup>
                <Using Include="Xunit" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(Path.Combine(Root, "tests", "CountyInnovation.Sdk.Testing.Tests", "DocExample", "CappedLogNormalisationExample.cs"), Path.Combine(project, "CappedLogNormalisationExample.cs"));
        File.WriteAllText(Path.Combine(project, "ReadmeExample.cs"), FirstBlock("src/CountyInnovation.Sdk.Testing/README.md", "csharp"));
        XunitTest = await Dotnet(project, "test", "--disable-build-servers", "-tl:off");
    }

    private async Task Tool()
    {
        ToolInstall = await Dotnet(RunDirectory, "tool", "install", "CountyInnovation.Cli", "--tool-path", "tools", "--prerelease");
        if (ToolInstall.ExitCode != 0)
        {
            return;
        }

        ToolVersion = await Run(Path.Combine(RunDirectory, "tools", "county-innovation"), "--version");
        ToolCounties = await Run(Path.Combine(RunDirectory, "tools", "county-innovation"), "counties", "--city", "雄安新区", "--format", "csv");
    }

    private async Task<DotnetProcess.Result> Run(string program, params string[] arguments)
    {
        using var process = new System.Diagnostics.Process
        {
            StartInfo = new System.Diagnostics.ProcessStartInfo(program)
            {
                WorkingDirectory = RunDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            },
        };
        foreach (var argument in arguments)
        {
            process.StartInfo.ArgumentList.Add(argument);
        }

        process.Start();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new DotnetProcess.Result(process.ExitCode, await output + await error);
    }
}

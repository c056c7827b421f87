using System.Reflection;

namespace CountyInnovation.Sdk.Package.Tests;

/// <summary>
/// Packs the SDK once per test run into a fresh folder under the repository's <c>artifacts/</c> with a
/// version no other run uses, restores the consumer project from that folder with its own
/// NuGet.config and its own package cache (so no stale copy can be picked up), builds it, and keeps
/// what happened for the tests to inspect.
/// </summary>
public sealed class PackedConsumer : IAsyncLifetime
{
    /// <summary>The folder of this run: feed/, packages/, consumer/.</summary>
    public string RunDirectory { get; private set; } = string.Empty;

    /// <summary>The unique package version of this run.</summary>
    public string Version { get; } = "0.1.0-e2e-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The packed .nupkg.</summary>
    public string PackagePath => Path.Combine(RunDirectory, "feed", $"CountyInnovation.Sdk.{Version}.nupkg");

    /// <summary>The result of <c>dotnet pack</c>.</summary>
    public DotnetProcess.Result Pack { get; private set; } = new(-1, string.Empty);

    /// <summary>The result of the consumer's <c>dotnet build</c>.</summary>
    public DotnetProcess.Result Build { get; private set; } = new(-1, string.Empty);

    /// <summary>The repository root (the folder holding CountyInnovation.Sdk.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        RunDirectory = Path.Combine(RepositoryRoot, "artifacts", "package-tests", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Version[^12..]}");
        var feed = Directory.CreateDirectory(Path.Combine(RunDirectory, "feed")).FullName;
        var packages = Directory.CreateDirectory(Path.Combine(RunDirectory, "packages")).FullName;
        var consumer = Directory.CreateDirectory(Path.Combine(RunDirectory, "consumer")).FullName;
        var configuration = typeof(PackedConsumer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "Configuration").Value!;

        Pack = await DotnetProcess.RunAsync(
            RepositoryRoot,
            new Dictionary<string, string>(),
            "pack", Path.Combine(RepositoryRoot, "src", "CountyInnovation.Sdk", "CountyInnovation.Sdk.csproj"),
            "-c", configuration, "-o", feed, $"-p:PackageVersion={Version}", "--disable-build-servers", "-tl:off", "-v:m");
        if (Pack.ExitCode != 0)
        {
            return;
        }

        WriteConsumer(consumer, feed);
        Build = await DotnetProcess.RunAsync(
            consumer,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages },
            "build", Path.Combine(consumer, "Consumer.csproj"), "--disable-build-servers", "-tl:off", "-v:m", "-p:ErrorLog=" + Path.Combine(RunDirectory, "consumer.sarif"));
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        // Keep the folder when something failed, for a look at what was packed and restored.
        if (Pack.ExitCode == 0 && Build.Output.Length > 0 && Directory.Exists(RunDirectory))
        {
            try
            {
                Directory.Delete(RunDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return Task.CompletedTask;
    }

    private void WriteConsumer(string consumer, string feed)
    {
        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        File.WriteAllText(
            Path.Combine(consumer, "Consumer.csproj"),
            File.ReadAllText(Path.Combine(template, "Consumer.csproj.template")).Replace("$PACKAGE_VERSION$", Version, StringComparison.Ordinal));
        File.WriteAllText(
            Path.Combine(consumer, "NuGet.config"),
            File.ReadAllText(Path.Combine(template, "NuGet.config.template")).Replace("$FEED$", feed, StringComparison.Ordinal));
        File.Copy(Path.Combine(template, "Violations.cs"), Path.Combine(consumer, "Violations.cs"));

        // Under the repository, the consumer would inherit its build settings and central package versions.
        File.WriteAllText(Path.Combine(consumer, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(consumer, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(consumer, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CountyInnovation.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CountyInnovation.Sdk.sln) is not above " + AppContext.BaseDirectory);
    }
}

using NodaTime;
using NodaTime.Testing;

namespace CountyInnovation.Cli.Tests.Newcomer;

/// <summary>Runs the command line in-process on a fixed clock (2026-01-01) and a scratch folder.</summary>
internal static class CliRun
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        return (code, output.ToString(), error.ToString());
    }

    public static string Ok(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == 0, $"exit {code}: {error}");
        Assert.Equal(string.Empty, error);
        return output;
    }

    /// <summary>A new empty folder under the system temporary folder.</summary>
    public static string ScratchFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CountyInnovation.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}

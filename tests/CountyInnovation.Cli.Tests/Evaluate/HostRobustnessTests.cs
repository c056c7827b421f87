using System.CommandLine;
using System.Diagnostics;
using NodaTime;
using NodaTime.Testing;

namespace CountyInnovation.Cli.Tests.Evaluate;

/// <summary>What the command line does with inputs that are not files and with failures nobody foresaw.</summary>
public class HostRobustnessTests(EvaluateFixture fixture) : IClassFixture<EvaluateFixture>
{
    [Fact]
    public void An_unexpected_exception_is_one_line_asking_for_a_report_with_a_nonzero_exit()
    {
        var boom = new Command("boom", "fails");
        var input = new Option<string>("--data");
        boom.Options.Add(input);
        boom.SetAction(int (_) => throw new InvalidOperationException("Cannot read\n   at Some.Frame()"));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = CliApplication.Run(["boom", "--data", "my file.csv"], output, error, new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)), [boom]);

        Assert.Equal(70, exit);
        var text = error.ToString();
        Assert.Equal(1, text.Count(c => c == '\n'));
        Assert.StartsWith("error: county-innovation boom --data 'my file.csv' failed unexpectedly (InvalidOperationException: Cannot read", text, StringComparison.Ordinal);
        Assert.Contains("please report it", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_given_as_data_is_named_as_a_directory()
    {
        var (exit, _, error) = EvaluateFixture.Run("evaluate", "--data", fixture.Directory);
        Assert.Equal(1, exit);
        Assert.Contains("is a directory, not a file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_given_as_data_is_named_without_blocking()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var fifo = Path.Combine(fixture.Directory, "pipe.csv");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        try
        {
            var (exit, _, error) = EvaluateFixture.Run("evaluate", "--data", fifo);
            Assert.Equal(1, exit);
            Assert.Contains("is a named pipe, socket or device, not a regular file", error, StringComparison.Ordinal);
            var (unitsExit, _, unitsError) = EvaluateFixture.Run("targets", "--plan", fifo);
            Assert.NotEqual(0, unitsExit);
            Assert.Contains("is a named pipe", unitsError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(fifo);
        }
    }

    [Fact]
    public void Out_leaves_no_temporary_file_and_a_failed_write_leaves_the_target_alone()
    {
        var folder = Path.Combine(fixture.Directory, "out");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "bulletin.md");
        var (exit, _, _) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "markdown", "--out", path);
        Assert.Equal(0, exit);
        Assert.Equal(["bulletin.md"], Directory.GetFiles(folder).Select(Path.GetFileName));

        var (failed, _, error) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "markdown", "--out", folder);
        Assert.Equal(1, failed);
        Assert.Contains("is a directory", error, StringComparison.Ordinal);
        Assert.Equal(["bulletin.md"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }
}

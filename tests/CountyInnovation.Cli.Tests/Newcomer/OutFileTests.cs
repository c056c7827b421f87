using System.Text.Json;

namespace CountyInnovation.Cli.Tests.Newcomer;

/// <summary><c>--out</c>: the format follows the extension unless <c>--format</c> says otherwise; failures leave no file.</summary>
public class OutFileTests
{
    [Theory]
    [InlineData("evaluate")]
    [InlineData("counties")]
    [InlineData("indicators")]
    public void A_json_file_gets_json_without_format(string command)
    {
        var path = Path.Combine(CliRun.ScratchFolder(), "b.json");
        var output = CliRun.Ok(command, "--out", path);
        Assert.Contains(path, output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
    }

    [Fact]
    public void Format_wins_over_the_extension()
    {
        var path = Path.Combine(CliRun.ScratchFolder(), "b.json");
        CliRun.Ok("counties", "--format", "csv", "--out", path);
        Assert.StartsWith("county_code,", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("counties", "list.xyz")]
    [InlineData("template", "data.json")]
    public void An_extension_the_command_cannot_write_is_refused_before_anything_is_written(string command, string file)
    {
        var path = Path.Combine(CliRun.ScratchFolder(), file);
        var (code, _, error) = CliRun.Run(command, "--out", path);
        Assert.Equal(1, code);
        Assert.Contains("--format", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_failing_command_leaves_an_existing_file_as_it_was_and_no_temporary_file()
    {
        var folder = CliRun.ScratchFolder();
        var path = Path.Combine(folder, "bulletin.md");
        File.WriteAllText(path, "before");
        var (code, _, _) = CliRun.Run("evaluate", "--data", Path.Combine(folder, "missing.csv"), "--out", path);
        Assert.Equal(1, code);
        Assert.Equal("before", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public void Help_names_the_value_of_each_option()
    {
        var help = CliRun.Ok("evaluate", "--help");
        Assert.Contains("--data <FILE>", help, StringComparison.Ordinal);
        Assert.Contains("--out <FILE>", help, StringComparison.Ordinal);
        Assert.Contains("--year <N>", help, StringComparison.Ordinal);
        Assert.DoesNotContain("<data>", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("uncertainty")]
    [InlineData("measures")]
    [InlineData("units")]
    [InlineData("units report")]
    [InlineData("units matrix")]
    [InlineData("targets")]
    [InlineData("targets counties")]
    [InlineData("counties")]
    [InlineData("indicators")]
    [InlineData("template")]
    public void Every_command_that_writes_takes_out_and_names_option_values_by_what_they_are(string command)
    {
        var help = CliRun.Ok([.. command.Split(' '), "--help"]);
        Assert.Contains("--out <FILE>", help, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"--([a-z-]+) <\1>", help);
    }
}

using System.Text.RegularExpressions;

namespace CountyInnovation.Cli.Tests.Newcomer;

/// <summary>Human output speaks words: no enum identifiers, no "(s)" plurals, no words broken by wrapping when piped.</summary>
public class HumanOutputTests
{
    [Theory]
    [InlineData("units")]
    [InlineData("measures")]
    [InlineData("targets", "--as-of", "2023-06-30")]
    [InlineData("units", "report", "省科技厅", "--as-of", "2023-06-30")]
    [InlineData("targets", "counties")]
    [InlineData("evaluate")]
    [InlineData("counties")]
    [InlineData("indicators")]
    public void Tables_use_words_not_identifiers_and_plurals_not_parentheses(params string[] args)
    {
        var output = CliRun.Ok(args);
        Assert.DoesNotContain("(s)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(ies)", output, StringComparison.Ordinal);
        foreach (var identifier in new[] { "ProvincialDepartment", "CollectiveCityGovernments", "OpenSdgRatio", "ProgressChartExtrapolation", "MoreIsBetter", "LessIsBetter", "CountyLevelCity" })
        {
            Assert.DoesNotContain(identifier, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_units_table_names_kinds_in_words_and_keeps_english_names_whole()
    {
        var output = CliRun.Ok("units");
        Assert.Contains("provincial department", output, StringComparison.Ordinal);
        Assert.Contains("Hebei Provincial Department of Science and Technology", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("│ Co-responsi… │"), output);
    }

    [Fact]
    public void A_terminal_width_wraps_tables_to_fit()
    {
        var output = new StringWriter();
        var code = CliApplication.Run(["units"], output, new StringWriter(), new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)), width: 100);
        Assert.Equal(0, code);
        Assert.All(output.ToString().Split('\n').Where(l => l.StartsWith('│')), l => Assert.True(l.Length <= 100, l));
    }
}

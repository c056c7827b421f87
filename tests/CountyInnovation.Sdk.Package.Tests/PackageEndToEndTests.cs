using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CountyInnovation.Sdk.Package.Tests;

/// <summary>
/// The package a consumer gets: its content, and the analyzers firing in a consumer's <c>dotnet build</c>
/// with their messages and help links.
/// </summary>
public sealed class PackageEndToEndTests(PackedConsumer packed) : IClassFixture<PackedConsumer>
{
    private const string HelpLinkBase = "https://github.com/county-innovation/CountyInnovation.Sdk/blob/main/docs/analyzers/";

    /// <summary>Each rule the consumer breaks: ID, severity, and a part of the message that says what is wrong.</summary>
    public static TheoryData<string, string, string> ExpectedDiagnostics { get; } = new()
    {
        { "CIS0001", "error", "There is no measure 29: the 2020 policy numbers its measures 1..28" },
        { "CIS0002", "error", "Share 95 is outside 0..1" },
        { "CIS0003", "error", "'SectionNumber' created with the default literal bypasses validation: use SectionNumber.From" },
        { "CIS0004", "error", "\"130100\" is not a county-level GB/T 2260 code: its county part DD is 00, which makes it a city-level code" },
        { "CIS0005", "error", "Did you mean '冀政办字〔2019〕9号'?" },
        { "CIS0006", "error", "\"省科技局\" is not a responsible unit of the 2020 measures; did you mean '省科技厅'" },
        { "CIS0007", "error", "the weight -6 is not a finite number ≥ 0" },
        { "CIS0008", "warning", "The deadline 2026-12-31 of this Leap Plan target lies outside the plan horizon 2019-01-01..2025-12-31" },
        { "CIS0009", "warning", "DateTime.Now reads the system clock and flows into the 'asOf' argument of 'ProgressChartMethod.Assess'" },
        { "CIS0010", "warning", "new Random() inside 'JitterWeighting', an implementation of 'IWeighting'" },
        { "CIS0011", "warning", "The result of 'MethodConfiguration.WithName' is discarded" },
        { "CIS0012", "error", "This method configuration is invalid: level 1 aggregation 'geometric' needs strictly positive values, but normalisation 'goalposts' can output zero or negative values" },
    };

    [Fact]
    public void Package_holds_both_target_frameworks_their_docs_and_the_analyzers()
    {
        AssertPacked();
        using var package = ZipFile.OpenRead(packed.PackagePath);
        var entries = package.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("lib/net8.0/CountyInnovation.Sdk.dll", entries);
        Assert.Contains("lib/net8.0/CountyInnovation.Sdk.xml", entries);
        Assert.Contains("lib/net10.0/CountyInnovation.Sdk.dll", entries);
        Assert.Contains("lib/net10.0/CountyInnovation.Sdk.xml", entries);
        // One build per Roslyn version, as large analyzer packages ship them: the compiler takes the
        // highest folder not newer than itself (4.8 = the .NET 8 SDK, 4.14 = the .NET 10 SDK).
        foreach (var roslyn in new[] { "roslyn4.8", "roslyn4.14" })
        {
            Assert.Contains($"analyzers/dotnet/{roslyn}/cs/CountyInnovation.Sdk.Analyzers.dll", entries);
            Assert.Contains($"analyzers/dotnet/{roslyn}/cs/CountyInnovation.Sdk.CodeFixes.dll", entries);
        }

        Assert.DoesNotContain(entries, entry => entry.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal) && entry.Contains("Analyzers", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.ChangeExtension(packed.PackagePath, ".snupkg")), "the symbols package (.snupkg) is missing");
    }

    [Fact]
    public void Package_depends_on_NodaTime_and_GuardClauses_only()
    {
        AssertPacked();
        using var package = ZipFile.OpenRead(packed.PackagePath);
        using var nuspec = package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(element => element.Name.LocalName == "dependency")
            .Select(element => (string)element.Attribute("id")!)
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(["Ardalis.GuardClauses", "NodaTime"], dependencies);
    }

    [Theory]
    [MemberData(nameof(ExpectedDiagnostics))]
    public void Consumer_build_reports_the_rule_with_its_message_and_help_link(string id, string severity, string message)
    {
        AssertPacked();
        var line = Regex.Matches(packed.Build.Output, $@"^.*Violations\.cs\(\d+,\d+\): {severity} {id}: .*$", RegexOptions.Multiline)
            .Select(match => match.Value)
            .FirstOrDefault();

        Assert.True(line is not null, $"no {severity} {id} in the consumer's build output:\n{packed.Build}");
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.Contains($"({HelpLinkBase}{id}.md)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_build_fails_because_of_the_error_rules_and_reports_no_analyzer_failure()
    {
        AssertPacked();
        Assert.NotEqual(0, packed.Build.ExitCode);
        Assert.DoesNotContain("AD0001", packed.Build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", packed.Build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8034", packed.Build.Output, StringComparison.Ordinal);
        Assert.Matches(@"error CIS\d{4}", packed.Build.Output);
        Assert.DoesNotMatch(@"error (CS|NU)\d{4}", packed.Build.Output);
    }

    private void AssertPacked() =>
        Assert.True(packed.Pack.ExitCode == 0 && File.Exists(packed.PackagePath), $"dotnet pack failed:\n{packed.Pack}");
}

using System.Reflection;
using System.Text.RegularExpressions;
using CountyInnovation.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace CountyInnovation.Sdk.Analyzers.Tests.Infrastructure;

/// <summary>The descriptor catalogue, the release files, the docs pages and the one-rule-per-file layout agree.</summary>
public sealed class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] All =
    [
        .. typeof(Descriptors).GetFields(BindingFlags.Static | BindingFlags.NonPublic)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal),
    ];

    [Fact]
    public void Ids_are_consecutive_from_CIS0001()
    {
        Assert.NotEmpty(All);
        Assert.Equal(
            Enumerable.Range(1, All.Length).Select(number => $"CIS{number:D4}"),
            All.Select(descriptor => descriptor.Id));
    }

    [Fact]
    public void Every_descriptor_links_to_its_docs_page_in_the_repository()
    {
        var repositoryUrl = Regex.Match(File.ReadAllText(Path.Combine(RepositoryRoot(), "Directory.Build.props")), "<RepositoryUrl>(.*)</RepositoryUrl>").Groups[1].Value;
        Assert.StartsWith("https://", repositoryUrl, StringComparison.Ordinal);
        foreach (var descriptor in All)
        {
            Assert.Equal($"{repositoryUrl}/blob/main/docs/analyzers/{descriptor.Id}.md", descriptor.HelpLinkUri);
            var page = Path.Combine(RepositoryRoot(), "docs", "analyzers", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{page} is missing");
            Assert.Contains(descriptor.Id, File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "analyzers", "README.md")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_descriptor_is_reported_by_exactly_one_analyzer_in_a_file_named_after_it()
    {
        var analyzerDirectory = Path.Combine(RepositoryRoot(), "analyzers", "CountyInnovation.Sdk.Analyzers");
        foreach (var descriptor in All)
        {
            var owners = AllAnalyzers.Instances.Where(analyzer => analyzer.SupportedDiagnostics.Any(d => d.Id == descriptor.Id)).ToList();
            var owner = Assert.Single(owners);
            Assert.True(File.Exists(Path.Combine(analyzerDirectory, owner.GetType().Name + ".cs")), owner.GetType().Name);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.StartsWith("CountyInnovation.", descriptor.Category, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unshipped_release_file_lists_every_rule_with_its_category_and_severity()
    {
        var releases = File.ReadAllText(Path.Combine(RepositoryRoot(), "analyzers", "CountyInnovation.Sdk.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in All)
        {
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases, StringComparison.Ordinal);
        }
    }

    internal static string RepositoryRoot()
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

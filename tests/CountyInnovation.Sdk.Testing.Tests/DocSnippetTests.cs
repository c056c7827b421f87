namespace CountyInnovation.Sdk.Testing.Tests;

/// <summary>The worked example in docs/testing-kit.md is the compiled, tested source file, character for character.</summary>
public sealed class DocSnippetTests
{
    private const string SnippetPath = "tests/CountyInnovation.Sdk.Testing.Tests/DocExample/CappedLogNormalisationExample.cs";

    [Fact]
    public void The_worked_example_in_the_docs_is_identical_to_the_test_file()
    {
        var root = RepositoryRoot();
        var doc = File.ReadAllText(Path.Combine(root, "docs", "testing-kit.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(root, SnippetPath)).ReplaceLineEndings("\n");

        var start = doc.IndexOf($"<!-- snippet: {SnippetPath} -->\n```csharp\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/testing-kit.md lost its snippet marker");
        start = doc.IndexOf("```csharp\n", start, StringComparison.Ordinal) + "```csharp\n".Length;
        var end = doc.IndexOf("```\n<!-- end snippet -->", start, StringComparison.Ordinal);
        Assert.True(end > start, "docs/testing-kit.md lost its end-of-snippet marker");

        Assert.Equal(source, doc[start..end]);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CountyInnovation.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (CountyInnovation.Sdk.sln) above " + AppContext.BaseDirectory);
    }
}

using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using CountyInnovation.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CountyInnovation.Sdk.Analyzers.Tests.Infrastructure;

/// <summary>
/// Every fenced example under "Violates the rule" and "Complies with the rule" on every rule page in
/// docs/analyzers compiles against the real SDK, and the analyzers do what the page says: a violating
/// example reports the page's rule on exactly the lines marked <c>// CIS00nn</c>, a complying one does
/// not report it, and a complying example runs without an exception.
/// </summary>
public sealed partial class RulePageExampleTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using CountyInnovation.Sdk;
        using CountyInnovation.Sdk.Counties;
        using CountyInnovation.Sdk.Data;
        using CountyInnovation.Sdk.Evaluation;
        using CountyInnovation.Sdk.Indicators;
        using CountyInnovation.Sdk.Policy;
        using CountyInnovation.Sdk.Responsibility;
        using CountyInnovation.Sdk.Scoring;
        using CountyInnovation.Sdk.Scoring.Weighting;
        using CountyInnovation.Sdk.Targets;
        using NodaTime;

        """;

    // What an example may use without declaring it: the inputs the page's prose talks about.
    private static readonly (string Name, string Type)[] Inputs =
    [
        ("userInput", "string"), ("name", "string"), ("goal", "NumericGoal"), ("series", "IEnumerable<DatedValue>"),
        ("configuration", "MethodConfiguration"), ("method", "MethodConfiguration"), ("panel", "Panel"),
        ("framework", "IndicatorFramework"), ("year", "EvaluationYear"),
    ];

    private const string InputsClass = """

        static class Inputs
        {
            public static T Get<T>() =>
                typeof(T) == typeof(string) ? (T)(object)"1"
                : typeof(T) == typeof(MethodConfiguration) ? (T)(object)MethodConfiguration.Default
                : default!;
        }
        """;

    public static TheoryData<string, string, int> Examples
    {
        get
        {
            var data = new TheoryData<string, string, int>();
            foreach (var page in Pages())
            {
                foreach (var kind in new[] { "Violates", "Complies" })
                {
                    for (var i = 0; i < Blocks(page, kind).Count; i++)
                    {
                        data.Add(Path.GetFileNameWithoutExtension(page), kind, i);
                    }
                }
            }

            return data;
        }
    }

    [Fact]
    public void Every_rule_page_has_a_violating_and_a_complying_example()
    {
        var pages = Pages().ToList();
        Assert.Equal(12, pages.Count);
        Assert.All(pages, page =>
        {
            Assert.NotEmpty(Blocks(page, "Violates"));
            Assert.NotEmpty(Blocks(page, "Complies"));
        });
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_compiles_and_the_analyzers_do_what_the_page_says(string rule, string kind, int index)
    {
        var block = Blocks(Path.Combine(DocsDirectory(), rule + ".md"), kind)[index];
        var compilation = Compile(block);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } }, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Instances, options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);

        var reported = diagnostics
            .Where(diagnostic => diagnostic.Id == rule)
            .Select(diagnostic => diagnostic.Location.GetMappedLineSpan())
            .Where(span => span.Path == "example")
            .Select(span => (Start: span.StartLinePosition.Line, End: span.EndLinePosition.Line))
            .ToList();
        var marked = block.Split('\n')
            .Select((line, number) => (line, number))
            .Where(pair => Regex.IsMatch(pair.line, @"//\s*" + rule + @"\b"))
            .Select(pair => pair.number)
            .ToList();

        if (kind == "Complies")
        {
            Assert.Empty(reported);
            Assert.Empty(marked);
            Run(compilation);
        }
        else
        {
            Assert.NotEmpty(marked);
            var shown = $"marked lines {string.Join(", ", marked)}; reported {string.Join(", ", reported)}; all: {string.Join("\n", diagnostics)}";
            Assert.True(marked.All(line => reported.Any(span => span.Start <= line && line <= span.End)), shown);
            Assert.True(reported.All(span => marked.Any(line => span.Start <= line && line <= span.End)), shown);
            Assert.All(marked, line => Assert.Contains(reported, span => span.Start <= line && line <= span.End));
            Assert.All(reported, span => Assert.Contains(marked, line => span.Start <= line && line <= span.End));
        }
    }

    /// <summary>The example as a program: its statements first, then its types, each mapped back to its lines in the block.</summary>
    private static CSharpCompilation Compile(string block)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(block).GetRoot();
        var text = new StringBuilder(Usings);
        foreach (var (name, type) in Inputs)
        {
            if (Regex.IsMatch(block, $@"\b{name}\b") && !Regex.IsMatch(block, $@"\b(var|[A-Z][\w<>]*\??)\s+{name}\s*[=;]"))
            {
                text.Append(CultureInvariant($"{type} {name} = Inputs.Get<{type}>();\n"));
            }
        }

        foreach (var member in root.Members.OfType<GlobalStatementSyntax>().Cast<MemberDeclarationSyntax>()
                     .Concat(root.Members.Where(member => member is not GlobalStatementSyntax)))
        {
            var line = member.GetLocation().GetLineSpan().StartLinePosition.Line;
            text.Append(CultureInvariant($"#line {line + 1} \"example\"\n")).Append(member.ToString()).Append('\n');
        }

        text.Append("#line default\n").Append(InputsClass);
        return CSharpCompilation.Create(
            "Example",
            [CSharpSyntaxTree.ParseText(text.ToString(), new CSharpParseOptions(LanguageVersion.Preview))],
            [
                .. Net100.References.All,
                MetadataReference.CreateFromFile(typeof(CountyInnovation.Sdk.Policy.MeasureNumber).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(NodaTime.IClock).Assembly.Location),
            ],
            new CSharpCompilationOptions(root.Members.OfType<GlobalStatementSyntax>().Any() ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static void Run(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        if (Assembly.Load(image.ToArray()).EntryPoint is not { } entry)
        {
            return;
        }

        try
        {
            entry.Invoke(null, entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException e)
        {
            Assert.Fail($"The complying example throws {e.InnerException}");
        }
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static IEnumerable<string> Pages() =>
        Directory.EnumerateFiles(DocsDirectory(), "CIS*.md").Order(StringComparer.Ordinal);

    /// <summary>The fenced C# blocks of the page's "Violates the rule" or "Complies with the rule" section.</summary>
    private static List<string> Blocks(string page, string kind)
    {
        var text = File.ReadAllText(page).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf("### " + kind, StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var end = text.IndexOf("\n#", start + 4, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];
        return [.. FencedCSharp().Matches(section).Select(match => match.Groups[1].Value)];
    }

    private static string DocsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var docs = Path.Combine(directory.FullName, "docs", "analyzers");
            if (Directory.Exists(docs))
            {
                return docs;
            }
        }

        throw new DirectoryNotFoundException("docs/analyzers not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedCSharp();
}

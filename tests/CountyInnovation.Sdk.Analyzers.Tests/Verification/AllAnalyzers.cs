using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CountyInnovation.Sdk.Analyzers.Tests.Verification;

/// <summary>Every analyzer the package ships, found by reflection, and a way to run them all.</summary>
internal static class AllAnalyzers
{
    internal static ImmutableArray<DiagnosticAnalyzer> Instances { get; } =
    [
        .. typeof(Descriptors).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!),
    ];

    /// <summary>
    /// Compiles the sources against .NET 10, the SDK and NodaTime, runs every analyzer concurrently and
    /// returns the analyzer diagnostics with every exception an analyzer threw.
    /// </summary>
    internal static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)> RunAsync(
        params string[] sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Source{index}.cs"));
        var compilation = CSharpCompilation.Create(
            "Consumer",
            trees,
            [
                .. Net100.References.All,
                MetadataReference.CreateFromFile(typeof(CountyInnovation.Sdk.Diagnostics.SourceLocation).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(NodaTime.IClock).Assembly.Location),
            ],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(exception);
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(Instances, options).GetAnalyzerDiagnosticsAsync();
        return (diagnostics, exceptions);
    }
}

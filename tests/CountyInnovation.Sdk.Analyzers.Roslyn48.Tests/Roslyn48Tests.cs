using System.Collections.Immutable;
using CountyInnovation.Sdk.Analyzers;
using CountyInnovation.Sdk.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CountyInnovation.Sdk.Analyzers.Roslyn48.Tests;

/// <summary>
/// The analyzers users of the .NET 8 SDK get: built against Roslyn 4.8 and run by the Roslyn 4.8
/// compiler, they load, report every rule they can see and throw nothing.
/// </summary>
public sealed class Roslyn48Tests
{
    private const string Violations = """
        using System;
        using System.Collections.Generic;
        using CountyInnovation.Sdk;
        using CountyInnovation.Sdk.Counties;
        using CountyInnovation.Sdk.Evaluation;
        using CountyInnovation.Sdk.Policy;
        using CountyInnovation.Sdk.Responsibility;
        using CountyInnovation.Sdk.Scoring.Weighting;
        using CountyInnovation.Sdk.Targets;
        using NodaTime;

        class Violations
        {
            void M(MethodConfiguration configuration)
            {
                var a = MeasureNumber.From(29);
                var b = Share.From(95);
                SectionNumber c = default;
                var d = CountyCode.Parse("130100");
                var e = DocumentNumber.Parse("冀政办字[2019]9号");
                var f = ResponsibleUnits.Get("省科技局");
                var g = FixedWeighting.Create(new double[] { 8, -6, 6 });
                var h = QuantityTarget.Create(MeasureNumber.From(19), "x", "x", "x", 1, "x", "x", Deadline.FromPhrase("到2026年"));
                configuration.WithName("x");
                var i = MethodConfiguration.Default.WithLevels(new[] { LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")) });
                var j = QuantityTarget.Create(MeasureNumber.From(19), "x", "x", "x", 1, "x", "x", Deadline.FromPhrase("到２０２６年"));
            }
        }

        sealed class Jitter : IWeighting
        {
            public string Name => "jitter";
            public bool IsDataDriven => false;
            public System.Collections.Immutable.ImmutableArray<double> Weigh(CountyInnovation.Sdk.Scoring.ComponentMatrix components, ReadOnlySpan<CountyInnovation.Sdk.Scoring.Polarity> polarities) =>
                System.Collections.Immutable.ImmutableArray.Create(new Random().NextDouble(), DateTime.Now.Ticks);
        }
        """;

    [Fact]
    public void The_compiler_under_test_is_Roslyn_4_8()
    {
        Assert.Equal(new Version(4, 8, 0, 0), typeof(CSharpCompilation).Assembly.GetName().Version);
        Assert.Equal(new Version(4, 8, 0, 0), typeof(CountyInnovationAnalyzer).Assembly.GetReferencedAssemblies()
            .Single(reference => reference.Name == "Microsoft.CodeAnalysis").Version);
    }

    [Fact]
    public async Task Roslyn_4_8_runs_every_rule_without_an_analyzer_exception()
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(CountyInnovation.Sdk.Policy.MeasureNumber).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(NodaTime.IClock).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(Violations, new CSharpParseOptions(LanguageVersion.CSharp12))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.DoesNotContain(compilation.GetDiagnostics(), diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([new CountyInnovationAnalyzer()], options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.Equal(
            ["CIS0001", "CIS0002", "CIS0003", "CIS0004", "CIS0005", "CIS0006", "CIS0007", "CIS0008", "CIS0009", "CIS0010", "CIS0011", "CIS0012"],
            diagnostics.Select(diagnostic => diagnostic.Id).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_code_fixes_load_with_Roslyn_4_8_workspaces()
    {
        var providers = typeof(ClockCodeFixProvider).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToList();

        Assert.NotEmpty(providers);
        var fixable = providers.SelectMany(provider => provider.FixableDiagnosticIds).ToImmutableHashSet();
        Assert.Contains("CIS0009", fixable);
        Assert.Contains("CIS0011", fixable);
    }
}

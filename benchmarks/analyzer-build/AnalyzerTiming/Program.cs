// Runs every CountyInnovation analyzer over the C# files of a folder (the consumer that measure.sh
// generates) against the SDK and .NET reference assemblies, several times, and prints each analyzer's
// execution time as Roslyn measures it. In process and single-compilation, so the figures compare
// rules with each other and one version of a rule with the next; the build's share is measure.sh's.
//
//   dotnet run -c Release --project benchmarks/analyzer-build/AnalyzerTiming -- FOLDER [RUNS] [ANALYZER-NAME-PART]
using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

if (args.Length is < 1 or > 3 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: AnalyzerTiming FOLDER [RUNS] [ANALYZER-NAME-PART]   (FOLDER: C# files, e.g. artifacts/analyzer-build/consumer/Generated)");
    return 2;
}

var runs = args.Length >= 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var parse = new CSharpParseOptions(LanguageVersion.Latest);
const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";
var trees = Directory.GetFiles(args[0], "*.cs", SearchOption.AllDirectories)
    .Order(StringComparer.Ordinal)
    .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parse, path))
    .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, "GlobalUsings.g.cs"))
    .ToArray();
var references = Basic.Reference.Assemblies.Net100.References.All
    .Append(MetadataReference.CreateFromFile(typeof(CountyInnovation.Sdk.Percentage).Assembly.Location))
    .Append(MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location))
    .ToArray();
var analyzers = typeof(CountyInnovationAnalyzer).Assembly.GetTypes()
    .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
    .Where(type => args.Length < 3 || type.Name.Contains(args[2], StringComparison.OrdinalIgnoreCase))
    .OrderBy(type => type.Name, StringComparer.Ordinal)
    .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
    .ToImmutableArray();

Console.WriteLine($"{trees.Length - 1} files, {analyzers.Length} analyzers, {runs} runs (the first one warms up and is not counted)");
var totals = analyzers.ToDictionary(analyzer => analyzer, _ => TimeSpan.Zero);
RuleTimes.Enabled = true;
var ruleCold = new Dictionary<string, (double Milliseconds, long Calls)>();
var ruleLater = new Dictionary<string, (double Milliseconds, long Calls)>();
var cold = analyzers.ToDictionary(analyzer => analyzer, _ => TimeSpan.Zero);
for (var run = 0; run < runs; run++)
{
    // A fresh compilation each run: nothing bound or cached carries over.
    var compilation = CSharpCompilation.Create(
        "Consumer", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
    if (errors.Length > 0)
    {
        Console.Error.WriteLine($"the sources do not compile: {errors[0]}");
        return 1;
    }

    var withAnalyzers = compilation.WithAnalyzers(
        analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    if (diagnostics.Length > 0)
    {
        Console.WriteLine($"  run {run + 1}: {diagnostics.Length} diagnostics, first {diagnostics[0]}");
    }

    foreach (var (rule, figure) in RuleTimes.Snapshot())
    {
        var into = run == 0 ? ruleCold : ruleLater;
        into[rule] = into.TryGetValue(rule, out var sum) ? (sum.Milliseconds + figure.Milliseconds, sum.Calls + figure.Calls) : figure;
    }

    RuleTimes.Reset();
    var telemetry = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
    foreach (var (analyzer, info) in telemetry.AnalyzerTelemetryInfo)
    {
        (run == 0 ? cold : totals)[analyzer] += info.ExecutionTime;
    }
}

var counted = Math.Max(1, runs - 1);
// The first run is what a build sees: the compiler is a fresh process, so it includes loading and
// JIT-compiling the analyzers; the others are the steady state an IDE sees.
Console.WriteLine($"{"analyzer",-40} {"first run ms",12} {"later ms/run",12}");
foreach (var (analyzer, total) in totals.OrderByDescending(pair => cold[pair.Key]))
{
    Console.WriteLine($"{analyzer.GetType().Name,-40} {cold[analyzer].TotalMilliseconds,12:F1} {total.TotalMilliseconds / counted,12:F1}");
}

Console.WriteLine($"{"all",-40} {cold.Values.Sum(t => t.TotalMilliseconds),12:F1} {totals.Values.Sum(t => t.TotalMilliseconds) / counted,12:F1}");

// Inside the analyzer, per rule (IsolatedRules' timer): the calls are the same on every machine; the
// times are wall-clock per call, so they carry the machine's load like any stopwatch.
Console.WriteLine();
Console.WriteLine($"{"rule",-10} {"calls/run",10} {"first run ms",12} {"later ms/run",12}");
foreach (var (rule, first) in ruleCold)
{
    var later = ruleLater.TryGetValue(rule, out var l) ? l : default;
    Console.WriteLine($"{rule,-10} {first.Calls,10} {first.Milliseconds,12:F1} {later.Milliseconds / counted,12:F1}");
}
return 0;

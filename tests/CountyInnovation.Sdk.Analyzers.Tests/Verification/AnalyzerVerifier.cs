using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CountyInnovation.Sdk.Analyzers.Tests.Verification;

/// <summary>Runs one analyzer over C# sources written against the real SDK and checks its diagnostics.</summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The diagnostic of the analyzer's single rule, to locate with <c>WithLocation</c>/<c>WithArguments</c>.</summary>
    public static DiagnosticResult Diagnostic() => new TAnalyzer().SupportedDiagnostics[0] is var descriptor
        ? new DiagnosticResult(descriptor)
        : default;

    /// <summary>Asserts that <paramref name="source"/> produces exactly <paramref name="expected"/> (markup <c>{|#0:…|}</c> allowed).</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The test harness with the SDK's compilation set-up.</summary>
    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        /// <summary>Creates the harness.</summary>
        public Test()
        {
            ReferenceAssemblies = SdkReferences.ReferenceAssemblies;
            SdkReferences.Apply(TestState);
            SolutionTransforms.Add(SdkReferences.UseLatestLanguage);
        }
    }
}

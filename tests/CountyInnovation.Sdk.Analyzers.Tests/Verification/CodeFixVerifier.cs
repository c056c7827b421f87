using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CountyInnovation.Sdk.Analyzers.Tests.Verification;

/// <summary>Runs the analyzer (one rule's diagnostics) and a code fix over C# sources written against the real SDK.</summary>
public static class CodeFixVerifier<TRule, TCodeFix>
    where TRule : IRuleUnderTest
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The diagnostic of the rule.</summary>
    public static DiagnosticResult Diagnostic() => AnalyzerVerifier<TRule>.Diagnostic();

    /// <summary>
    /// Asserts the diagnostics in <paramref name="source"/>, that the fix (the first action offered,
    /// or the one with <paramref name="equivalenceKey"/>) turns it into <paramref name="fixedSource"/>,
    /// and that fix-all in document, project and solution does the same.
    /// </summary>
    public static Task VerifyFixAsync(string source, string fixedSource, DiagnosticResult[] expected, string? equivalenceKey = null, int? iterations = null)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
        if (iterations is { } count)
        {
            test.NumberOfIncrementalIterations = count;
            test.NumberOfFixAllIterations = 1;
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The test harness with the SDK's compilation set-up.</summary>
    public sealed class Test : CSharpCodeFixTest<CountyInnovationAnalyzer, TCodeFix, DefaultVerifier>
    {
        /// <summary>Creates the harness.</summary>
        public Test()
        {
            DisabledDiagnostics.AddRange(AnalyzerVerifier<TRule>.OtherRules(TRule.Descriptor));
            ReferenceAssemblies = SdkReferences.ReferenceAssemblies;
            SdkReferences.Apply(TestState);
            SolutionTransforms.Add(SdkReferences.UseLatestLanguage);
        }
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CountyInnovation.Sdk.Analyzers.Tests.Verification;

/// <summary>
/// Runs the analyzer over C# sources written against the real SDK and checks the diagnostics of one
/// rule; the other rules' diagnostics are disabled.
/// </summary>
public static class AnalyzerVerifier<TRule>
    where TRule : IRuleUnderTest
{
    /// <summary>The diagnostic of the rule, to locate with <c>WithLocation</c>/<c>WithArguments</c>.</summary>
    public static DiagnosticResult Diagnostic() => new(TRule.Descriptor);

    /// <summary>Asserts that <paramref name="source"/> produces exactly <paramref name="expected"/> (markup <c>{|#0:…|}</c> allowed).</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The test harness with the SDK's compilation set-up.</summary>
    public sealed class Test : CSharpAnalyzerTest<CountyInnovationAnalyzer, DefaultVerifier>
    {
        /// <summary>Creates the harness.</summary>
        public Test()
        {
            DisabledDiagnostics.AddRange(OtherRules(TRule.Descriptor));
            ReferenceAssemblies = SdkReferences.ReferenceAssemblies;
            SdkReferences.Apply(TestState);
            SolutionTransforms.Add(SdkReferences.UseLatestLanguage);
        }
    }

    /// <summary>The IDs of the analyzer's rules other than <paramref name="rule"/>.</summary>
    internal static IEnumerable<string> OtherRules(DiagnosticDescriptor rule) =>
        new CountyInnovationAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(id => id != rule.Id);
}

using Microsoft.CodeAnalysis;

namespace CountyInnovation.Sdk.Analyzers.Tests.Verification;

/// <summary>
/// One rule of <see cref="CountyInnovationAnalyzer"/>, as a type the verifiers take: the verifiers run
/// the one analyzer and look only at this rule's diagnostics.
/// </summary>
public interface IRuleUnderTest
{
    /// <summary>The rule's descriptor.</summary>
    static abstract DiagnosticDescriptor Descriptor { get; }
}

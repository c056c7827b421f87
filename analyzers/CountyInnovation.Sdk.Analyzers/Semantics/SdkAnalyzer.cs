using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CountyInnovation.Sdk.Analyzers.Semantics;

/// <summary>
/// What every rule does the same way: runs concurrently, skips generated code, and resolves the
/// SDK symbols it needs once per compilation in <see cref="OnCompilationStart"/>.
/// </summary>
public abstract class SdkAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<DiagnosticDescriptor> supported;

    /// <summary>Creates the analyzer of the given rules.</summary>
    /// <param name="supported">The descriptors (from <see cref="Descriptors"/>) the analyzer reports.</param>
    private protected SdkAnalyzer(params DiagnosticDescriptor[] supported) =>
        this.supported = ImmutableArray.Create(supported);

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => supported;

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    /// <summary>
    /// Resolves the SDK symbols by metadata name and registers the rule's actions; registers
    /// nothing when the compilation does not reference the types the rule guards.
    /// </summary>
    /// <param name="context">The compilation's start context.</param>
    protected abstract void OnCompilationStart(CompilationStartAnalysisContext context);
}

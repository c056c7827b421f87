using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0010: <c>new Random()</c> without a seed, <c>Random.Shared</c>, <c>Guid.NewGuid()</c> or
/// <c>Guid.CreateVersion7()</c> inside a type that implements an SDK extension point.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonDeterminismAnalyzer : SdkAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public NonDeterminismAnalyzer()
        : base(Descriptors.NonDeterminism)
    {
    }

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (!context.Compilation.ReferencesSdk())
        {
            return;
        }

        var random = context.Compilation.GetTypeByMetadataName("System.Random");
        var guid = context.Compilation.GetTypeByMetadataName("System.Guid");
        var extensionPoints = new ExtensionPoints();

        context.RegisterOperationAction(
            operationContext =>
            {
                var operation = operationContext.Operation;
                var (source, advice) = operation switch
                {
                    IObjectCreationOperation { Arguments.Length: 0 } creation
                        when random is not null && SymbolEqualityComparer.Default.Equals(creation.Type, random)
                        => ("new Random()", "take a seed (new Random(seed)) or a Random from the caller"),
                    IPropertyReferenceOperation { Property: { Name: "Shared", IsStatic: true } property }
                        when random is not null && SymbolEqualityComparer.Default.Equals(property.ContainingType, random)
                        => ("Random.Shared", "take a seed (new Random(seed)) or a Random from the caller"),
                    IInvocationOperation { TargetMethod: { Name: "NewGuid" or "CreateVersion7", IsStatic: true } method }
                        when guid is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, guid)
                        => ("Guid." + method.Name + "()", "derive identifiers from the inputs"),
                    _ => (null, null),
                };
                if (source is null || extensionPoints.Around(operationContext.ContainingSymbol) is not { } owner)
                {
                    return;
                }

                operationContext.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.NonDeterminism,
                    operation.Syntax.GetLocation(),
                    source,
                    owner.Implementation.Name,
                    owner.ExtensionPoint.Name,
                    advice));
            },
            OperationKind.ObjectCreation,
            OperationKind.PropertyReference,
            OperationKind.Invocation);
    }
}

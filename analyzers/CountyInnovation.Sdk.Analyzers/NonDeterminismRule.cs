using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0010: <c>new Random()</c> without a seed, <c>Random.Shared</c>, <c>Guid.NewGuid()</c> or
/// <c>Guid.CreateVersion7()</c> (called, or taken as a method group: <c>Func&lt;Guid&gt; f = Guid.NewGuid;</c>) inside a type that implements an SDK extension point.
/// A name in <c>nameof(Random.Shared)</c> is not a use.
/// </summary>
internal static class NonDeterminismRule
{
    /// <summary>Judges an object creation, a property reference or a call.</summary>
    internal static void Analyze(OperationAnalysisContext context, SdkSymbols symbols)
    {
        var operation = context.Operation;
        var (source, advice) = operation switch
        {
            IObjectCreationOperation { Arguments.Length: 0 } creation
                when symbols.Random is { } random && SymbolEqualityComparer.Default.Equals(creation.Type, random)
                => ("new Random()", "take a seed (new Random(seed)) or a Random from the caller"),
            IPropertyReferenceOperation { Property: { Name: "Shared", IsStatic: true } property }
                when symbols.Random is { } shared && SymbolEqualityComparer.Default.Equals(property.ContainingType, shared)
                => ("Random.Shared", "take a seed (new Random(seed)) or a Random from the caller"),
            IInvocationOperation { TargetMethod: { Name: "NewGuid" or "CreateVersion7", IsStatic: true } method }
                when symbols.Guid is { } guid && SymbolEqualityComparer.Default.Equals(method.ContainingType, guid)
                => ("Guid." + method.Name + "()", "derive identifiers from the inputs"),
            IMethodReferenceOperation { Method: { Name: "NewGuid" or "CreateVersion7", IsStatic: true } method }
                when symbols.Guid is { } guid && SymbolEqualityComparer.Default.Equals(method.ContainingType, guid)
                => ("Guid." + method.Name, "derive identifiers from the inputs"),
            _ => (null, null),
        };
        if (source is null || symbols.ExtensionPoints.Around(context.ContainingSymbol) is not { } owner || operation.IsInsideNameOf())
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.NonDeterminism,
            operation.Syntax.GetLocation(),
            source,
            owner.Implementation.Name,
            owner.ExtensionPoint.Name,
            advice));
    }
}

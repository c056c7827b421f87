using System.Collections.Concurrent;
using System.Linq;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0003: <c>default(T)</c>, the <c>default</c> literal or <c>new T()</c> of one of the SDK's
/// validated value types — a struct of the SDK with a static validating factory
/// (<c>From…</c>, <c>Parse</c>, <c>Create</c>, <c>Of</c>).
/// </summary>
/// <remarks>
/// Comparisons with <c>default</c> (<c>x == default</c>) only test a value and are not reported.
/// </remarks>
internal static class UnvalidatedValueRule
{
    /// <summary>Judges a default value or an object creation.</summary>
    internal static void Analyze(OperationAnalysisContext context, SdkSymbols symbols)
    {
        var operation = context.Operation;
        if (operation.Type is not { TypeKind: TypeKind.Struct } type || !type.IsFromSdk())
        {
            return;
        }

        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        if (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals })
        {
            return;
        }

        string how;
        switch (operation)
        {
            case IDefaultValueOperation:
                how = operation.Syntax.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.DefaultLiteralExpression)
                    ? "the default literal"
                    : "default(T)";
                break;
            case IObjectCreationOperation { Constructor: { Parameters.Length: 0 }, Initializer: null }:
                how = "a parameterless constructor";
                break;
            case IObjectCreationOperation { Constructor: { Parameters.Length: 0 } }:
                how = "a parameterless constructor and an initializer";
                break;
            default:
                return;
        }

        var factory = symbols.ValidatingFactories.GetOrAdd(type, ValidatingFactory);
        if (factory is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnvalidatedValue,
                operation.Syntax.GetLocation(),
                type.Name,
                how,
                type.Name + "." + factory));
        }
    }

    private static string? ValidatingFactory(ITypeSymbol type) =>
        type.GetMembers()
            .OfType<IMethodSymbol>()
            .Where(method => method.IsStatic
                && method.DeclaredAccessibility == Accessibility.Public
                && method.MethodKind == MethodKind.Ordinary
                && method.Parameters.Length > 0
                && SymbolEqualityComparer.Default.Equals(method.ReturnType, type)
                && IsFactoryName(method.Name))
            .Select(method => method.Name)
            .OrderBy(name => name == "From" ? 0 : name == "Parse" ? 1 : 2)
            .ThenBy(name => name, System.StringComparer.Ordinal)
            .FirstOrDefault();

    private static bool IsFactoryName(string name) =>
        name is "Parse" or "Create" or "Of" || name.StartsWith("From", System.StringComparison.Ordinal);
}

using System.Collections.Concurrent;
using System.Linq;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0003: <c>default(T)</c>, the <c>default</c> literal or <c>new T()</c> of one of the SDK's
/// validated value types — a struct of the SDK with a static validating factory
/// (<c>From…</c>, <c>Parse</c>, <c>Create</c>, <c>Of</c>).
/// </summary>
/// <remarks>
/// Comparisons with <c>default</c> (<c>x == default</c>, <c>x.Equals(default)</c>, <c>Assert.Equal(x, default)</c>)
/// only test a value and are not reported, nor is the call of a method whose optional parameter is
/// declared <c>= default</c> (the call writes no <c>default</c>; the declaration is reported).
/// </remarks>
internal static class UnvalidatedValueRule
{
    /// <summary>Judges a default value or an object creation.</summary>
    internal static void Analyze(OperationAnalysisContext context, SdkSymbols symbols)
    {
        var operation = context.Operation;

        // An implicit default is the value of an optional parameter declared "= default", supplied by
        // the compiler at a call that does not write it: the declaration is where it is judged.
        if (operation.IsImplicit || operation.Type is not { TypeKind: TypeKind.Struct } type || !type.IsFromSdk())
        {
            return;
        }

        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        if (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals }
            || IsComparedWith(parent))
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

    /// <summary>
    /// Judges the parameters of a local function: the compiler gives their default values no operation
    /// (a method's <c>= default</c> is judged as an operation), so they are read from the syntax.
    /// </summary>
    internal static void AnalyzeLocalFunction(OperationAnalysisContext context, SdkSymbols symbols)
    {
        var function = ((ILocalFunctionOperation)context.Operation).Symbol;
        foreach (var parameter in function.Parameters)
        {
            if (!parameter.HasExplicitDefaultValue || parameter.Type is not { TypeKind: TypeKind.Struct } type || !type.IsFromSdk())
            {
                continue;
            }

            foreach (var reference in parameter.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is not Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax { Default.Value: var value })
                {
                    continue;
                }

                var how = value.Kind() switch
                {
                    Microsoft.CodeAnalysis.CSharp.SyntaxKind.DefaultLiteralExpression => "the default literal",
                    Microsoft.CodeAnalysis.CSharp.SyntaxKind.DefaultExpression => "default(T)",
                    Microsoft.CodeAnalysis.CSharp.SyntaxKind.ObjectCreationExpression or Microsoft.CodeAnalysis.CSharp.SyntaxKind.ImplicitObjectCreationExpression => "a parameterless constructor",
                    _ => null,
                };
                if (how is not null && symbols.ValidatingFactories.GetOrAdd(type, ValidatingFactory) is { } factory)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnvalidatedValue, value.GetLocation(), type.Name, how, type.Name + "." + factory));
                }
            }
        }
    }

    /// <summary>
    /// Whether the value is an argument of an equality test (<c>x.Equals(default)</c>,
    /// <c>EqualityComparer&lt;T&gt;.Default.Equals(x, default)</c>, <c>Assert.Equal(value, default)</c>,
    /// <c>Assert.NotEqual</c>, <c>Assert.AreEqual</c>, <c>CompareTo</c>): it only tests a value.
    /// </summary>
    private static bool IsComparedWith(IOperation? parent) =>
        parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: var name } }
        && name is "Equals" or "Equal" or "NotEqual" or "AreEqual" or "AreNotEqual" or "Compare" or "CompareTo" or "ReferenceEquals";

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

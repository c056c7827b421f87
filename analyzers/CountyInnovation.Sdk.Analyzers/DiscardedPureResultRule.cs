using System.Collections.Immutable;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0011: a call to a pure SDK method used as a statement, its result dropped. Pure means:
/// marked <see cref="System.Diagnostics.Contracts.PureAttribute"/> (on the method or its type) — the
/// SDK marks every copy method of its public API (<c>With</c>, <c>With…</c>) so, not a list of names —
/// or a method returning an SDK <c>…Result</c>.
/// An explicit discard (<c>_ = x.WithY()</c>) says the drop is meant and is not reported.
/// </summary>
internal static class DiscardedPureResultRule
{
    /// <summary>
    /// Present (value <c>"true"</c>) when the call is a pure copy (an instance method returning its own
    /// type) on a receiver that can be assigned from the calling code (a local, a parameter, a writable
    /// field, a property whose setter is accessible there): the code fix assigns the copy back.
    /// </summary>
    internal const string AssignBackProperty = "AssignBack";

    /// <summary>Judges an expression statement.</summary>
    internal static void Analyze(OperationAnalysisContext context, SdkSymbols symbols)
    {
        var statement = (IExpressionStatementOperation)context.Operation;
        var expression = statement.Operation;
        while (expression is IConditionalAccessOperation conditional)
        {
            expression = conditional.WhenNotNull;
        }

        if (expression is not IInvocationOperation invocation)
        {
            return;
        }

        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        if (method.ReturnsVoid || !method.IsFromSdk() || Reason(method, symbols.Pure) is not { } reason)
        {
            return;
        }

        var properties = expression == statement.Operation && IsCopy(method, symbols.Pure) && IsAssignable(invocation.Instance, context)
            ? ImmutableDictionary<string, string?>.Empty.Add(AssignBackProperty, "true")
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.DiscardedPureResult,
            invocation.Syntax.GetLocation(),
            properties,
            method.ContainingType.Name + "." + method.Name,
            reason));
    }

    private static string? Reason(IMethodSymbol method, INamedTypeSymbol? pure)
    {
        if (IsCopy(method, pure))
        {
            return $"'{method.Name}' returns a changed copy and leaves the original unchanged; assign the copy";
        }

        if (pure is not null && (HasAttribute(method, pure) || HasAttribute(method.ContainingType, pure)))
        {
            return "the method has no side effects, so the call does nothing without its result";
        }

        if (method.ReturnType is INamedTypeSymbol { Name: var name } result && result.IsFromSdk()
            && name.EndsWith("Result", System.StringComparison.Ordinal))
        {
            return $"'{method.Name}' returns its {name} and stores nothing";
        }

        return null;
    }

    /// <summary>A pure method returning a copy of its receiver's type (an instance method, or an extension method of that type).</summary>
    private static bool IsCopy(IMethodSymbol method, INamedTypeSymbol? pure)
    {
        if (pure is null || !(HasAttribute(method, pure) || HasAttribute(method.ContainingType, pure)))
        {
            return false;
        }

        var receiverType = method.IsExtensionMethod && method.Parameters.Length > 0
            ? method.Parameters[0].Type
            : method.IsStatic ? null : method.ContainingType;
        return receiverType is not null
            && SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, receiverType.OriginalDefinition);
    }

    private static bool IsAssignable(IOperation? receiver, OperationAnalysisContext context) =>
        receiver switch
        {
            ILocalReferenceOperation local => !local.Local.IsConst && local.Local.RefKind == RefKind.None && !local.Local.IsUsing && !local.Local.IsForEach,
            IParameterReferenceOperation parameter => parameter.Parameter.RefKind is RefKind.None or RefKind.Ref or RefKind.Out,
            IFieldReferenceOperation field => !field.Field.IsReadOnly && !field.Field.IsConst,
            IPropertyReferenceOperation property => property.Property.SetMethod is { IsInitOnly: false } setter
                && property.Arguments.IsEmpty
                && context.ContainingSymbol.ContainingType is { } within
                && context.Compilation.IsSymbolAccessibleWithin(setter, within),
            _ => false,
        };

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute)
    {
        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }
}

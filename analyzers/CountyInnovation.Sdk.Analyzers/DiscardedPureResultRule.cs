using System.Collections.Immutable;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0011: a call to a pure SDK method used as a statement, its result dropped. Pure means:
/// marked <see cref="System.Diagnostics.Contracts.PureAttribute"/> (on the method or its type),
/// a <c>With…</c> method returning a copy of its own type, or a method returning an SDK <c>…Result</c>.
/// An explicit discard (<c>_ = x.WithY()</c>) says the drop is meant and is not reported.
/// </summary>
internal static class DiscardedPureResultRule
{
    /// <summary>
    /// Present (value <c>"true"</c>) when the call is a <c>With…</c> copy on a receiver that can be
    /// assigned (a local, a parameter, a writable field or property): the code fix assigns the copy back.
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

        var properties = expression == statement.Operation && IsWithCopy(method) && IsAssignable(invocation.Instance)
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
        if (pure is not null && (HasAttribute(method, pure) || HasAttribute(method.ContainingType, pure)))
        {
            return "the method has no side effects, so the call does nothing without its result";
        }

        if (IsWithCopy(method))
        {
            return $"'{method.Name}' returns a changed copy and leaves the original unchanged; assign the copy";
        }

        if (method.ReturnType is INamedTypeSymbol { Name: var name } result && result.IsFromSdk()
            && name.EndsWith("Result", System.StringComparison.Ordinal))
        {
            return $"'{method.Name}' returns its {name} and stores nothing";
        }

        return null;
    }

    private static bool IsWithCopy(IMethodSymbol method) =>
        method.Name.Length > 4
        && method.Name.StartsWith("With", System.StringComparison.Ordinal)
        && char.IsUpper(method.Name[4])
        && (SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, method.ContainingType.OriginalDefinition)
            || (method.IsExtensionMethod && method.Parameters.Length > 0
                && SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, method.Parameters[0].Type.OriginalDefinition)));

    private static bool IsAssignable(IOperation? receiver) =>
        receiver switch
        {
            ILocalReferenceOperation local => !local.Local.IsConst && local.Local.RefKind == RefKind.None && !local.Local.IsUsing && !local.Local.IsForEach,
            IParameterReferenceOperation parameter => parameter.Parameter.RefKind is RefKind.None or RefKind.Ref or RefKind.Out,
            IFieldReferenceOperation field => !field.Field.IsReadOnly && !field.Field.IsConst,
            IPropertyReferenceOperation property => property.Property.SetMethod is { IsInitOnly: false } && property.Arguments.IsEmpty,
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

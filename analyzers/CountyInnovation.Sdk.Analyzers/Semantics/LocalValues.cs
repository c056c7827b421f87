using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CountyInnovation.Sdk.Analyzers.Semantics;

/// <summary>
/// Whether a local keeps the value it was declared with. The rules judge a local by its initializer
/// only when nothing in its scope can write it again: no assignment (simple, compound, <c>??=</c>,
/// deconstruction), no <c>++</c>/<c>--</c>, no <c>ref</c>/<c>out</c> argument, no <c>ref</c> alias —
/// in the scope itself or in a lambda or local function inside it.
/// </summary>
internal static class LocalValues
{
    /// <summary>Whether <paramref name="local"/>, declared by <paramref name="declarator"/>, is written only by its declaration.</summary>
    internal static bool IsNeverReassigned(ILocalSymbol local, SyntaxNode declarator, SemanticModel model)
    {
        if (local.IsConst)
        {
            return true;
        }

        if (local.RefKind != RefKind.None || declarator.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is not { } declaration)
        {
            return false;
        }

        var scope = declaration.Parent is GlobalStatementSyntax global ? global.Parent : declaration.Parent;
        if (scope is null)
        {
            return false;
        }

        foreach (var node in scope.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier
                && identifier.Identifier.ValueText == local.Name
                && IsWritten(identifier)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier).Symbol, local))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWritten(ExpressionSyntax identifier)
    {
        SyntaxNode node = identifier;
        while (node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.Left == node:
            case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression):
            case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression):
            case ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None and not (int)SyntaxKind.InKeyword }:
            case RefExpressionSyntax:
                return true;
            case ArgumentSyntax { Parent: TupleExpressionSyntax tuple }:
                // (a, x) = …: a tuple on the left of an assignment, however deeply nested.
                SyntaxNode outer = tuple;
                while (outer.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax nested })
                {
                    outer = nested;
                }

                return outer.Parent is AssignmentExpressionSyntax deconstruction && deconstruction.Left == outer;
            default:
                return false;
        }
    }
}

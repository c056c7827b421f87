using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CountyInnovation.Sdk.CodeFixes.Editing;

/// <summary>Replaces the string literal a diagnostic points at by another string.</summary>
internal static class StringLiteralReplacement
{
    /// <summary>The string literal at <paramref name="location"/>, if the diagnostic is on one (not on a const or an expression).</summary>
    internal static async Task<LiteralExpressionSyntax?> FindAsync(Document document, Location location, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        while (node is ParenthesizedExpressionSyntax or ArgumentSyntax)
        {
            node = node is ArgumentSyntax argument ? argument.Expression : ((ParenthesizedExpressionSyntax)node).Expression;
        }

        return node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;
    }

    /// <summary>A code action that puts <paramref name="replacement"/> in place of <paramref name="literal"/>.</summary>
    internal static CodeAction Action(Document document, LiteralExpressionSyntax literal, string replacement, string title, string equivalenceKey) =>
        CodeAction.Create(
            title,
            async cancellationToken =>
            {
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var updated = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement))
                    .WithTriviaFrom(literal);
                return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(literal, updated));
            },
            equivalenceKey);
}

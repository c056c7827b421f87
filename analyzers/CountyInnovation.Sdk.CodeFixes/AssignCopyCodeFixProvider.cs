using System.Composition;
using System.Threading.Tasks;
using CountyInnovation.Sdk.Analyzers;
using CountyInnovation.Sdk.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CountyInnovation.Sdk.CodeFixes;

/// <summary>CIS0011: <c>x.WithY(…);</c> becomes <c>x = x.WithY(…);</c> when <c>x</c> can be assigned there and the result compiles.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AssignCopyCodeFixProvider))]
[Shared]
public sealed class AssignCopyCodeFixProvider : SdkCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public AssignCopyCodeFixProvider()
        : base(Descriptors.DiscardedPureResult)
    {
    }

    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "CIS0011.AssignBack";

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(DiscardedPureResultRule.AssignBackProperty)
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Expression: var receiver },
                    Parent: ExpressionStatementSyntax statement,
                } invocation)
            {
                continue;
            }

            var assignment = SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                receiver.WithoutTrivia(),
                invocation.WithoutLeadingTrivia());
            var updated = statement.WithExpression(assignment.WithLeadingTrivia(invocation.GetLeadingTrivia()));
            await CompilingFix.RegisterIfItCompilesAsync(
                context,
                diagnostic,
                $"Assign the copy to '{receiver}'",
                EquivalenceKey,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(statement, updated)))).ConfigureAwait(false);
        }
    }
}

using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CountyInnovation.Sdk.Analyzers;
using CountyInnovation.Sdk.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CountyInnovation.Sdk.CodeFixes;

/// <summary>CIS0007: replaces constant weights by the same weights divided by their sum.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeightsCodeFixProvider))]
[Shared]
public sealed class WeightsCodeFixProvider : SdkCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public WeightsCodeFixProvider()
        : base(Descriptors.WeightsNotNormalised)
    {
    }

    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "CIS0007.Normalise";

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(WeightsNotNormalisedRule.NormalisedProperty, out var joined) || joined is null)
            {
                continue;
            }

            var values = joined.Split(';');
            if (values.Length != diagnostic.AdditionalLocations.Count)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Normalise the weights",
                    async cancellationToken =>
                    {
                        var root = await context.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                        if (root is null)
                        {
                            return context.Document;
                        }

                        var elements = diagnostic.AdditionalLocations
                            .Select(location => root.FindNode(location.SourceSpan, getInnermostNodeForTie: true))
                            .ToList();
                        var replacements = elements
                            .Select((node, i) => (node, literal: Literal(values[i]).WithTriviaFrom(node)))
                            .ToDictionary(pair => pair.node, pair => (SyntaxNode)pair.literal);
                        return context.Document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
                    },
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static LiteralExpressionSyntax Literal(string text)
    {
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var shown = text.IndexOfAny(['.', 'E', 'e']) >= 0 ? text : text + ".0";
        return SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(shown, value));
    }
}

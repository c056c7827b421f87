using System.Composition;
using System.Threading.Tasks;
using CountyInnovation.Sdk.Analyzers;
using CountyInnovation.Sdk.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CountyInnovation.Sdk.CodeFixes;

/// <summary>CIS0005: rewrites a mis-typed document number literal in the canonical 〔〕 form.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DocumentNumberCodeFixProvider))]
[Shared]
public sealed class DocumentNumberCodeFixProvider : SdkCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public DocumentNumberCodeFixProvider()
        : base(Descriptors.UnparsableDocumentNumber)
    {
    }

    /// <summary>The equivalence key of the fix, shared by every occurrence so fix-all applies it everywhere.</summary>
    public const string EquivalenceKey = "CIS0005.Canonical";

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(UnparsableDocumentNumberRule.SuggestionProperty, out var suggestion)
                || suggestion is null)
            {
                continue;
            }

            var literal = await StringLiteralReplacement.FindAsync(context.Document, diagnostic.Location, context.CancellationToken).ConfigureAwait(false);
            if (literal is not null)
            {
                context.RegisterCodeFix(
                    StringLiteralReplacement.Action(context.Document, literal, suggestion, $"Use the canonical form '{suggestion}'", EquivalenceKey),
                    diagnostic);
            }
        }
    }
}

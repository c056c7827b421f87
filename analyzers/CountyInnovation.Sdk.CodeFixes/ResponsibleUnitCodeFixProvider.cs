using System.Composition;
using System.Threading.Tasks;
using CountyInnovation.Sdk.Analyzers;
using CountyInnovation.Sdk.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CountyInnovation.Sdk.CodeFixes;

/// <summary>
/// CIS0006: offers each registry name close to an unknown unit name, best first. Fix-all applies the
/// closest name (<see cref="ClosestKey"/>) everywhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ResponsibleUnitCodeFixProvider))]
[Shared]
public sealed class ResponsibleUnitCodeFixProvider : SdkCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public ResponsibleUnitCodeFixProvider()
        : base(Descriptors.UnknownResponsibleUnit)
    {
    }

    /// <summary>The equivalence key of the closest name's fix; the next ones are <c>CIS0006.Suggestion2</c>, <c>CIS0006.Suggestion3</c>.</summary>
    public const string ClosestKey = "CIS0006.Suggestion1";

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(UnknownResponsibleUnitRule.SuggestionsProperty, out var joined) || joined is null)
            {
                continue;
            }

            var literal = await StringLiteralReplacement.FindAsync(context.Document, diagnostic.Location, context.CancellationToken).ConfigureAwait(false);
            if (literal is null)
            {
                continue;
            }

            var names = joined.Split(UnknownResponsibleUnitRule.Separator);
            for (var i = 0; i < names.Length; i++)
            {
                context.RegisterCodeFix(
                    StringLiteralReplacement.Action(context.Document, literal, names[i], $"Use '{names[i]}'", "CIS0006.Suggestion" + (i + 1)),
                    diagnostic);
            }
        }
    }
}

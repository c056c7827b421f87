using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CountyInnovation.Sdk.CodeFixes.Editing;

/// <summary>
/// Offers a fix only where its result compiles: the changed document is built first, and the fix is
/// registered only when the change adds no compiler error to it. Fixes that change a member's
/// signature are offered only for members nobody calls, so the document is all the change touches.
/// </summary>
internal static class CompilingFix
{
    /// <summary>Registers the fix when <paramref name="change"/> produces a document with no more compiler errors than before.</summary>
    internal static async Task RegisterIfItCompilesAsync(
        CodeFixContext context,
        Diagnostic diagnostic,
        string title,
        string equivalenceKey,
        Func<CancellationToken, Task<Document>> change)
    {
        var changed = await change(context.CancellationToken).ConfigureAwait(false);
        if (!await CompilesAsync(context.Document, changed, context.CancellationToken).ConfigureAwait(false))
        {
            return;
        }

        context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(changed), equivalenceKey), diagnostic);
    }

    /// <summary>Whether <paramref name="after"/> has no more compiler errors than <paramref name="before"/>.</summary>
    internal static async Task<bool> CompilesAsync(Document before, Document after, CancellationToken cancellationToken) =>
        await ErrorCountAsync(after, cancellationToken).ConfigureAwait(false)
        <= await ErrorCountAsync(before, cancellationToken).ConfigureAwait(false);

    private static async Task<int> ErrorCountAsync(Document document, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return model is null
            ? int.MaxValue
            : model.GetDiagnostics(cancellationToken: cancellationToken).Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }
}

using System.Collections.Immutable;
using CountyInnovation.Sdk.Analyzers.Semantics;
using CountyInnovation.Sdk.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0005: a constant passed to <c>DocumentNumber.Parse</c> that does not parse. The check is the
/// SDK's own grammar (linked as source), so the diagnosis and the suggested canonical form are the ones
/// <c>DocumentNumber.Parse</c> gives at run time; the suggestion travels in the diagnostic's
/// <see cref="SuggestionProperty"/> for the code fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnparsableDocumentNumberAnalyzer : SdkAnalyzer
{
    /// <summary>The diagnostic property holding the canonical form probably meant, when there is one.</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <summary>Creates the analyzer.</summary>
    public UnparsableDocumentNumberAnalyzer()
        : base(Descriptors.UnparsableDocumentNumber)
    {
    }

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (context.Compilation.GetTypeByMetadataName(SdkNames.DocumentNumber) is not { } documentNumber)
        {
            return;
        }

        context.RegisterOperationAction(
            operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                if (invocation.TargetMethod is not { Name: "Parse", IsStatic: true } method
                    || !SymbolEqualityComparer.Default.Equals(method.ContainingType, documentNumber)
                    || invocation.SingleArgument() is not { } argument
                    || !argument.Value.TryGetString(out var text)
                    || DocumentNumberGrammar.TryParse(text, out _, out _, out _, out var problem, out var suggestion))
                {
                    return;
                }

                var properties = suggestion is null
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion);
                operationContext.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UnparsableDocumentNumber, argument.Value.Syntax.GetLocation(), properties, problem));
            },
            OperationKind.Invocation);
    }
}

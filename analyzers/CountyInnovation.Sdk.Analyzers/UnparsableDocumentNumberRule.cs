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
/// <see cref="SuggestionProperty"/> for the code fix. Constant parts passed to
/// <c>DocumentNumber.From(issuerCode, year, serial)</c> are checked by the same grammar.
/// </summary>
internal static class UnparsableDocumentNumberRule
{
    /// <summary>The diagnostic property holding the canonical form probably meant, when there is one.</summary>
    internal const string SuggestionProperty = "Suggestion";

    /// <summary>Judges a call.</summary>
    internal static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, SdkSymbols symbols)
    {
        if (invocation.TargetMethod is not { Name: "Parse" or "From", IsStatic: true }
            || symbols.DocumentNumber is null
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.DocumentNumber))
        {
            return;
        }

        if (invocation.TargetMethod.Name == "Parse")
        {
            AnalyzeParse(context, invocation);
        }
        else
        {
            AnalyzeFrom(context, invocation);
        }
    }

    private static void AnalyzeParse(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        if (invocation.SingleArgument() is not { } argument
            || !argument.Value.TryGetString(out var text)
            || DocumentNumberGrammar.TryParse(text, out _, out _, out _, out var problem, out var suggestion))
        {
            return;
        }

        var properties = suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnparsableDocumentNumber, argument.Value.Syntax.GetLocation(), properties, problem));
    }

    /// <summary><c>DocumentNumber.From(issuer, year, serial)</c>: each constant part checked as the factory checks it.</summary>
    private static void AnalyzeFrom(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            var problem = argument.Parameter?.Name switch
            {
                "issuerCode" when argument.Value.TryGetString(out var issuer) => DocumentNumberGrammar.CheckIssuerCode(issuer),
                "year" when argument.Value.ConstantValue is { HasValue: true, Value: int year } => DocumentNumberGrammar.CheckYear(year),
                "serial" when argument.Value.ConstantValue is { HasValue: true, Value: int serial } => DocumentNumberGrammar.CheckSerial(serial),
                _ => null,
            };
            if (problem is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UnparsableDocumentNumber, argument.Value.Syntax.GetLocation(), "Invalid document number: " + problem));
            }
        }
    }
}

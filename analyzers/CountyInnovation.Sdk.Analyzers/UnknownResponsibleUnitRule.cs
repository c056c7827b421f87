using System.Collections.Immutable;
using System.Linq;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0006: a constant name passed to <c>ResponsibleUnits.Get</c> (or to an SDK string parameter named
/// <c>responsibleUnit</c> or <c>responsibleUnitName</c>) that is not in the responsible-unit registry.
/// A parameter named just <c>unit</c> is a unit of measurement (<c>%</c>, <c>所</c>) in the SDK and is
/// not checked. The closest registry names travel in <see cref="SuggestionsProperty"/>
/// for the code fix.
/// </summary>
internal static class UnknownResponsibleUnitRule
{
    /// <summary>The diagnostic property holding the closest names, best first, separated by <see cref="Separator"/>.</summary>
    internal const string SuggestionsProperty = "Suggestions";

    /// <summary>The separator of the names in <see cref="SuggestionsProperty"/>.</summary>
    internal const char Separator = '\n';

    /// <summary>Judges a call.</summary>
    internal static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, SdkSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (symbols.ResponsibleUnits is null || !method.IsFromSdk())
        {
            return;
        }

        var isGet = method.Name == "Get" && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.ResponsibleUnits);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { Type.SpecialType: SpecialType.System_String } parameter
                || !(isGet || parameter.Name is "responsibleUnit" or "responsibleUnitName")
                || !argument.Value.TryGetString(out var name)
                || ResponsibleUnitNames.IsKnown(name))
            {
                continue;
            }

            var suggestions = ResponsibleUnitNames.Suggest(name);
            var hint = suggestions.Count == 0
                ? ": the registry has " + string.Join("、", ResponsibleUnitNames.All.Take(45).Where((_, i) => i % 3 == 0))
                : "; did you mean " + string.Join(", ", suggestions.Select(s => "'" + s + "'")) + "?";
            var properties = suggestions.Count == 0
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(SuggestionsProperty, string.Join(Separator.ToString(), suggestions));
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnknownResponsibleUnit, argument.Value.Syntax.GetLocation(), properties, name, hint));
        }
    }
}

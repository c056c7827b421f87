using System.Collections.Immutable;
using System.Linq;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0006: a constant name passed to <c>ResponsibleUnits.Get</c> that is not in the responsible-unit
/// registry. The closest registry names travel in <see cref="SuggestionsProperty"/> for the code fix.
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
        if (method.Name != "Get" || symbols.ResponsibleUnits is null
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.ResponsibleUnits))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { Type.SpecialType: SpecialType.System_String }
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

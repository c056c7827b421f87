using System.Collections.Immutable;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0001: a constant measure number outside 1..28 or section number outside 1..8 passed to a
/// <c>MeasureNumber</c>/<c>SectionNumber</c> factory (<c>From</c>, the <c>int</c> conversion).
/// </summary>
internal static class InvalidPolicyNumberRule
{
    private const int Measures = 28;
    private const int Sections = 8;

    /// <summary>Judges the arguments of a call or object creation.</summary>
    internal static void Analyze(OperationAnalysisContext context, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments, SdkSymbols symbols)
    {
        if (method is null || arguments.IsEmpty || (symbols.MeasureNumber is null && symbols.SectionNumber is null) || !method.IsFromSdk())
        {
            return;
        }

        var containing = method.ContainingType;
        foreach (var argument in arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null || parameter.Type.SpecialType != SpecialType.System_Int32)
            {
                continue;
            }

            var kind = KindOf(containing, method, symbols);
            if (kind is null || !argument.Value.TryGetDouble(out var number))
            {
                continue;
            }

            var maximum = kind == "measure" ? Measures : Sections;
            if (number < 1 || number > maximum)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.InvalidPolicyNumber, argument.Value.Syntax.GetLocation(), kind, number, 1, maximum));
            }
        }
    }

    private static string? KindOf(INamedTypeSymbol containing, IMethodSymbol method, SdkSymbols symbols)
    {
        // The value types' own factories: any static one-int method (From, an int conversion).
        if (method.IsStatic && method.Parameters.Length == 1)
        {
            if (SymbolEqualityComparer.Default.Equals(containing, symbols.MeasureNumber))
            {
                return "measure";
            }

            if (SymbolEqualityComparer.Default.Equals(containing, symbols.SectionNumber))
            {
                return "section";
            }
        }

        return null;
    }
}

using System.Globalization;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0002: a constant outside 0..100 passed to <c>Percentage.From</c>, or outside 0..1 passed to
/// <c>Share.From</c> (NaN and infinities included).
/// </summary>
internal static class ProportionOutOfRangeRule
{
    /// <summary>Judges a call.</summary>
    internal static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, SdkSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (method.Name != "From" || !method.IsStatic || (symbols.Percentage is null && symbols.Share is null)
            || invocation.SingleArgument() is not { } argument
            || !(argument.Parameter?.Type).IsNumeric() || !argument.Value.TryGetDouble(out var value))
        {
            return;
        }

        double maximum;
        if (SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Percentage))
        {
            maximum = 100;
        }
        else if (SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Share))
        {
            maximum = 1;
        }
        else
        {
            return;
        }

        // Written so that NaN fails too.
        if (!(value >= 0 && value <= maximum))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ProportionOutOfRange,
                argument.Value.Syntax.GetLocation(),
                method.ContainingType.Name,
                value.ToString("R", CultureInfo.InvariantCulture),
                0,
                maximum));
        }
    }
}

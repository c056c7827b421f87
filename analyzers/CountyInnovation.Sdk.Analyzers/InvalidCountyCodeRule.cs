using System.Globalization;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0004: a constant passed to <c>CountyCode.Parse(string)</c> or <c>CountyCode.From(int)</c> that
/// is not a county-level GB/T 2260 code.
/// </summary>
internal static class InvalidCountyCodeRule
{
    /// <summary>Judges a call.</summary>
    internal static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, SdkSymbols symbols)
    {
        if (invocation.TargetMethod is not { Name: "Parse" or "From", IsStatic: true }
            || symbols.CountyCode is null
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.CountyCode)
            || invocation.SingleArgument() is not { } argument)
        {
            return;
        }

        string shown;
        string? problem;
        if (invocation.TargetMethod.Name == "Parse" && argument.Value.TryGetString(out var text))
        {
            shown = "\"" + text + "\"";
            problem = CountyCodeRule.Check(text);
        }
        else if (invocation.TargetMethod.Name == "From"
                 && argument.Value.ConstantValue is { HasValue: true, Value: int number })
        {
            shown = number.ToString(CultureInfo.InvariantCulture);
            problem = CountyCodeRule.Check(number);
        }
        else
        {
            return;
        }

        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.InvalidCountyCode, argument.Value.Syntax.GetLocation(), shown, problem));
        }
    }
}

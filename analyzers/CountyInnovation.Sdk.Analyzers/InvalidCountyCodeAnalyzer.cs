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
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidCountyCodeAnalyzer : SdkAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public InvalidCountyCodeAnalyzer()
        : base(Descriptors.InvalidCountyCode)
    {
    }

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (context.Compilation.GetTypeByMetadataName(SdkNames.CountyCode) is not { } countyCode)
        {
            return;
        }

        context.RegisterOperationAction(
            operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                if (invocation.TargetMethod is not { Name: "Parse" or "From", IsStatic: true }
                    || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, countyCode)
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
                    operationContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.InvalidCountyCode, argument.Value.Syntax.GetLocation(), shown, problem));
                }
            },
            OperationKind.Invocation);
    }
}

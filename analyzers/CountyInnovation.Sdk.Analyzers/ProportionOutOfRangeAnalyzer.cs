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
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProportionOutOfRangeAnalyzer : SdkAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public ProportionOutOfRangeAnalyzer()
        : base(Descriptors.ProportionOutOfRange)
    {
    }

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var percentage = context.Compilation.GetTypeByMetadataName(SdkNames.Percentage);
        var share = context.Compilation.GetTypeByMetadataName(SdkNames.Share);
        if (percentage is null && share is null)
        {
            return;
        }

        context.RegisterOperationAction(
            operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                var method = invocation.TargetMethod;
                if (method.Name != "From" || !method.IsStatic || invocation.SingleArgument() is not { } argument
                    || !(argument.Parameter?.Type).IsNumeric() || !argument.Value.TryGetDouble(out var value))
                {
                    return;
                }

                double maximum;
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType, percentage))
                {
                    maximum = 100;
                }
                else if (SymbolEqualityComparer.Default.Equals(method.ContainingType, share))
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
                    operationContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.ProportionOutOfRange,
                        argument.Value.Syntax.GetLocation(),
                        method.ContainingType.Name,
                        value.ToString("R", CultureInfo.InvariantCulture),
                        0,
                        maximum));
                }
            },
            OperationKind.Invocation);
    }
}

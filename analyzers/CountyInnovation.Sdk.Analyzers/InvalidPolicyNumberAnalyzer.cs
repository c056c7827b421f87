using System.Collections.Immutable;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0001: a constant measure number outside 1..28 or section number outside 1..8 passed to
/// <c>MeasureNumber</c>/<c>SectionNumber</c> factories or to an SDK look-up taking a measure or section number.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidPolicyNumberAnalyzer : SdkAnalyzer
{
    private const int Measures = 28;
    private const int Sections = 8;

    /// <summary>Creates the analyzer.</summary>
    public InvalidPolicyNumberAnalyzer()
        : base(Descriptors.InvalidPolicyNumber)
    {
    }

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var measureNumber = context.Compilation.GetTypeByMetadataName(SdkNames.MeasureNumber);
        var sectionNumber = context.Compilation.GetTypeByMetadataName(SdkNames.SectionNumber);
        if (measureNumber is null && sectionNumber is null)
        {
            return;
        }

        context.RegisterOperationAction(
            operationContext =>
            {
                switch (operationContext.Operation)
                {
                    case IInvocationOperation invocation:
                        AnalyzeArguments(operationContext, invocation.TargetMethod, invocation.Arguments);
                        break;
                    case IObjectCreationOperation creation:
                        AnalyzeArguments(operationContext, creation.Constructor, creation.Arguments);
                        break;
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation);

        void AnalyzeArguments(OperationAnalysisContext operationContext, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
        {
            if (method is null || arguments.IsEmpty || !method.IsFromSdk())
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

                var kind = KindOf(containing, method, parameter);
                if (kind is null || !argument.Value.TryGetDouble(out var number))
                {
                    continue;
                }

                var maximum = kind == "measure" ? Measures : Sections;
                if (number < 1 || number > maximum)
                {
                    operationContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.InvalidPolicyNumber, argument.Value.Syntax.GetLocation(), kind, number, 1, maximum));
                }
            }
        }

        string? KindOf(INamedTypeSymbol containing, IMethodSymbol method, IParameterSymbol parameter)
        {
            // The value types' own factories: any static one-int method (From, an int conversion).
            if (method.IsStatic && method.Parameters.Length == 1)
            {
                if (SymbolEqualityComparer.Default.Equals(containing, measureNumber))
                {
                    return "measure";
                }

                if (SymbolEqualityComparer.Default.Equals(containing, sectionNumber))
                {
                    return "section";
                }
            }

            // Look-ups elsewhere in the SDK name their int parameter after what it numbers.
            return parameter.Name switch
            {
                "measure" or "measureNumber" => measureNumber is null ? null : "measure",
                "section" or "sectionNumber" => sectionNumber is null ? null : "section",
                _ => null,
            };
        }
    }
}

using System.Globalization;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0008: a target of the Leap Plan — a <c>TrackedTarget</c> created for one of the 28 measures,
/// which implement the plan — whose rule has a constant deadline (<c>deadline: new LocalDate(y, m, d)</c>)
/// or a constant last year (<c>lastYear:</c>) outside the plan horizon 2019-01-01..2025-12-31.
/// Targets without a measure are the user's own and may run to any date.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeadlineOutsidePlanHorizonAnalyzer : SdkAnalyzer
{
    private const int FirstYear = 2019;
    private const int LastYear = 2025;

    /// <summary>Creates the analyzer.</summary>
    public DeadlineOutsidePlanHorizonAnalyzer()
        : base(Descriptors.DeadlineOutsidePlanHorizon)
    {
    }

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (context.Compilation.GetTypeByMetadataName(SdkNames.TrackedTarget) is not { } trackedTarget
            || context.Compilation.GetTypeByMetadataName(SdkNames.LocalDate) is not { } localDate)
        {
            return;
        }

        context.RegisterOperationAction(
            operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                if (!invocation.TargetMethod.IsStatic
                    || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, trackedTarget))
                {
                    return;
                }

                IOperation? rule = null;
                var forMeasure = false;
                foreach (var argument in invocation.Arguments)
                {
                    switch (argument.Parameter?.Name)
                    {
                        case "measure":
                            forMeasure = argument.Value.WithoutConversions() is { } measure
                                && !(measure.ConstantValue.HasValue && measure.ConstantValue.Value is null)
                                && measure is not IDefaultValueOperation;
                            break;
                        case "rule":
                            rule = argument.Value;
                            break;
                    }
                }

                if (forMeasure && rule is not null)
                {
                    Inspect(operationContext, rule, localDate, depth: 0);
                }
            },
            OperationKind.Invocation);
    }

    private static void Inspect(OperationAnalysisContext context, IOperation operation, INamedTypeSymbol localDate, int depth)
    {
        if (depth > 3)
        {
            return;
        }

        if (operation.WithoutConversions() is ILocalReferenceOperation local)
        {
            if (local.LocalInitializer() is { } initializer)
            {
                Inspect(context, initializer, localDate, depth + 1);
            }

            return;
        }

        if (operation is IArgumentOperation { Parameter: { } parameter } argument
            && argument.Parent is IInvocationOperation { TargetMethod: var method } && method.IsFromSdk())
        {
            if (parameter.Name == "deadline" && ConstantDate(argument.Value.WithoutConversions(), localDate) is { } date
                && (date.Year < FirstYear || date.Year > LastYear))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.DeadlineOutsidePlanHorizon,
                    argument.Value.Syntax.GetLocation(),
                    date.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + date.Day.ToString("D2", CultureInfo.InvariantCulture)));
            }
            else if (parameter.Name == "lastYear" && argument.Value.ConstantValue is { HasValue: true, Value: int year }
                     && (year < FirstYear || year > LastYear))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.DeadlineOutsidePlanHorizon,
                    argument.Value.Syntax.GetLocation(),
                    "in " + year.ToString(CultureInfo.InvariantCulture) + " (the last year of the rule)"));
            }
        }

        foreach (var child in operation.ChildOperations)
        {
            Inspect(context, child, localDate, depth);
        }
    }

    private static (int Year, int Month, int Day)? ConstantDate(IOperation? operation, INamedTypeSymbol localDate) =>
        operation is IObjectCreationOperation { Arguments.Length: 3 } creation
        && SymbolEqualityComparer.Default.Equals(creation.Type, localDate)
        && creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int year }
        && creation.Arguments[1].Value.ConstantValue is { HasValue: true, Value: int month }
        && creation.Arguments[2].Value.ConstantValue is { HasValue: true, Value: int day }
            ? (year, month, day)
            : null;
}

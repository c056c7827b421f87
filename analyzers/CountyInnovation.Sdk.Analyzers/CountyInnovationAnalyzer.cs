using System.Collections.Immutable;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// All the SDK's rules (CIS0001–CIS0012) in one analyzer: one compilation-start action resolves the SDK
/// symbols once (and registers nothing when the SDK is not referenced), then one operation action per
/// operation kind hands each operation to the rules that judge that kind. Each rule's logic lives in
/// its own <c>…Rule</c> class. One analyzer instead of twelve means one type to load and JIT-compile
/// in a fresh compiler and one callback per operation instead of one per rule.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CountyInnovationAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Supported = ImmutableArray.Create(
        Descriptors.InvalidPolicyNumber,
        Descriptors.ProportionOutOfRange,
        Descriptors.UnvalidatedValue,
        Descriptors.InvalidCountyCode,
        Descriptors.UnparsableDocumentNumber,
        Descriptors.UnknownResponsibleUnit,
        Descriptors.WeightsNotNormalised,
        Descriptors.DeadlineOutsidePlanHorizon,
        Descriptors.SystemClock,
        Descriptors.NonDeterminism,
        Descriptors.DiscardedPureResult,
        Descriptors.InvalidMethodConfiguration);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (SdkSymbols.For(context.Compilation) is not { } symbols)
        {
            return;
        }

        context.RegisterOperationAction(
            operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                InvalidPolicyNumberRule.Analyze(operationContext, invocation.TargetMethod, invocation.Arguments, symbols);
                ProportionOutOfRangeRule.Analyze(operationContext, invocation, symbols);
                InvalidCountyCodeRule.Analyze(operationContext, invocation, symbols);
                UnparsableDocumentNumberRule.Analyze(operationContext, invocation, symbols);
                UnknownResponsibleUnitRule.Analyze(operationContext, invocation, symbols);
                WeightsNotNormalisedRule.Analyze(operationContext, invocation.TargetMethod, invocation.Arguments);
                DeadlineOutsidePlanHorizonRule.Analyze(operationContext, invocation, symbols);
                SystemClockRule.AnalyzeCall(operationContext, invocation.TargetMethod, invocation.Arguments, symbols);
                NonDeterminismRule.Analyze(operationContext, symbols);
                InvalidMethodConfigurationRule.Analyze(operationContext, invocation, symbols);
            },
            OperationKind.Invocation);

        context.RegisterOperationAction(
            operationContext =>
            {
                var creation = (IObjectCreationOperation)operationContext.Operation;
                InvalidPolicyNumberRule.Analyze(operationContext, creation.Constructor, creation.Arguments, symbols);
                UnvalidatedValueRule.Analyze(operationContext, symbols);
                WeightsNotNormalisedRule.Analyze(operationContext, creation.Constructor, creation.Arguments);
                SystemClockRule.AnalyzeCall(operationContext, creation.Constructor, creation.Arguments, symbols);
                NonDeterminismRule.Analyze(operationContext, symbols);
            },
            OperationKind.ObjectCreation);

        context.RegisterOperationAction(
            operationContext => UnvalidatedValueRule.Analyze(operationContext, symbols),
            OperationKind.DefaultValue);

        context.RegisterOperationAction(
            operationContext =>
            {
                SystemClockRule.AnalyzeRead(operationContext, symbols);
                NonDeterminismRule.Analyze(operationContext, symbols);
            },
            OperationKind.PropertyReference);

        context.RegisterOperationAction(
            operationContext => SystemClockRule.AnalyzeRead(operationContext, symbols),
            OperationKind.FieldReference);

        context.RegisterOperationAction(
            operationContext => DiscardedPureResultRule.Analyze(operationContext, symbols),
            OperationKind.ExpressionStatement);
    }
}

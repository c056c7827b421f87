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

        var invocations = new IsolatedRules<OperationAnalysisContext>(
            ("CIS0001", c => InvalidPolicyNumberRule.Analyze(c, Invocation(c).TargetMethod, Invocation(c).Arguments, symbols)),
            ("CIS0002", c => ProportionOutOfRangeRule.Analyze(c, Invocation(c), symbols)),
            ("CIS0004", c => InvalidCountyCodeRule.Analyze(c, Invocation(c), symbols)),
            ("CIS0005", c => UnparsableDocumentNumberRule.Analyze(c, Invocation(c), symbols)),
            ("CIS0006", c => UnknownResponsibleUnitRule.Analyze(c, Invocation(c), symbols)),
            ("CIS0007", c => WeightsNotNormalisedRule.Analyze(c, Invocation(c).TargetMethod, Invocation(c).Arguments)),
            ("CIS0008", c => DeadlineOutsidePlanHorizonRule.Analyze(c, Invocation(c), symbols)),
            ("CIS0009", c => SystemClockRule.AnalyzeCall(c, Invocation(c).TargetMethod, Invocation(c).Arguments, symbols)),
            ("CIS0010", c => NonDeterminismRule.Analyze(c, symbols)),
            ("CIS0012", c => InvalidMethodConfigurationRule.Analyze(c, Invocation(c), symbols)));
        context.RegisterOperationAction(invocations.Run, OperationKind.Invocation);

        var creations = new IsolatedRules<OperationAnalysisContext>(
            ("CIS0001", c => InvalidPolicyNumberRule.Analyze(c, Creation(c).Constructor, Creation(c).Arguments, symbols)),
            ("CIS0003", c => UnvalidatedValueRule.Analyze(c, symbols)),
            ("CIS0007", c => WeightsNotNormalisedRule.Analyze(c, Creation(c).Constructor, Creation(c).Arguments)),
            ("CIS0009", c => SystemClockRule.AnalyzeCall(c, Creation(c).Constructor, Creation(c).Arguments, symbols)),
            ("CIS0010", c => NonDeterminismRule.Analyze(c, symbols)));
        context.RegisterOperationAction(creations.Run, OperationKind.ObjectCreation);

        var defaults = new IsolatedRules<OperationAnalysisContext>(
            ("CIS0003", c => UnvalidatedValueRule.Analyze(c, symbols)));
        context.RegisterOperationAction(defaults.Run, OperationKind.DefaultValue);

        var properties = new IsolatedRules<OperationAnalysisContext>(
            ("CIS0009", c => SystemClockRule.AnalyzeRead(c, symbols)),
            ("CIS0010", c => NonDeterminismRule.Analyze(c, symbols)));
        context.RegisterOperationAction(properties.Run, OperationKind.PropertyReference);

        var fields = new IsolatedRules<OperationAnalysisContext>(
            ("CIS0009", c => SystemClockRule.AnalyzeRead(c, symbols)));
        context.RegisterOperationAction(fields.Run, OperationKind.FieldReference);

        var methodReferences = new IsolatedRules<OperationAnalysisContext>(
            ("CIS0010", c => NonDeterminismRule.Analyze(c, symbols)));
        context.RegisterOperationAction(methodReferences.Run, OperationKind.MethodReference);

        var localFunctions = new IsolatedRules<OperationAnalysisContext>(
            ("CIS0003", c => UnvalidatedValueRule.AnalyzeLocalFunction(c, symbols)));
        context.RegisterOperationAction(localFunctions.Run, OperationKind.LocalFunction);

        var statements = new IsolatedRules<OperationAnalysisContext>(
            ("CIS0011", c => DiscardedPureResultRule.Analyze(c, symbols)));
        context.RegisterOperationAction(statements.Run, OperationKind.ExpressionStatement);
    }

    private static IInvocationOperation Invocation(OperationAnalysisContext context) => (IInvocationOperation)context.Operation;

    private static IObjectCreationOperation Creation(OperationAnalysisContext context) => (IObjectCreationOperation)context.Operation;
    }

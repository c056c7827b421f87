using System.Collections.Immutable;
using System.Linq;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0009: the system clock (<c>DateTime.Now/UtcNow/Today</c>, <c>DateTimeOffset.Now/UtcNow</c>,
/// <c>SystemClock.Instance</c>, <c>TimeProvider.System</c>) read inside an implementation of an SDK
/// extension point, or flowing into an SDK "as of" argument or property (directly, or through a local).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SystemClockAnalyzer : SdkAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public SystemClockAnalyzer()
        : base(Descriptors.SystemClock)
    {
    }

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (!context.Compilation.ReferencesSdk())
        {
            return;
        }

        var extensionPoints = new ExtensionPoints();
        var clockReads = new SystemClockReads(context.Compilation);

        context.RegisterOperationAction(
            operationContext =>
            {
                var read = operationContext.Operation;
                if (clockReads.Describe(read) is not { } clock)
                {
                    return;
                }

                if (extensionPoints.Around(operationContext.ContainingSymbol) is { } owner)
                {
                    Report(operationContext, read.Syntax, clock, $"inside '{owner.Implementation.Name}', an implementation of '{owner.ExtensionPoint.Name}'");
                    return;
                }

                if (AsOfTarget(read) is { } target)
                {
                    Report(operationContext, read.Syntax, clock, $"and flows into {target}");
                }
            },
            OperationKind.PropertyReference,
            OperationKind.FieldReference);

        // A clock value kept in a local first: var today = DateTime.Today; Assess(..., asOf: LocalDate.FromDateTime(today)).
        context.RegisterOperationAction(
            operationContext =>
            {
                var (method, arguments) = operationContext.Operation switch
                {
                    IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                    IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                    _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                };
                if (method is null || !method.IsFromSdk() || !TakesAsOf(method)
                    || extensionPoints.Around(operationContext.ContainingSymbol) is not null)
                {
                    return;
                }

                foreach (var argument in arguments)
                {
                    if (!SystemClockReads.IsAsOf(argument.Parameter) || ContainsDirectRead(clockReads, argument.Value))
                    {
                        continue;
                    }

                    if (clockReads.FindIn(argument.Value) is { } clock)
                    {
                        Report(operationContext, argument.Value.Syntax, clock, $"and flows into the '{argument.Parameter!.Name}' argument of '{method.ContainingType.Name}.{method.Name}'");
                    }
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
    }

    private static bool TakesAsOf(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (SystemClockReads.IsAsOf(parameter))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode syntax, string clock, string where) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SystemClock, syntax.GetLocation(), clock, where));

    /// <summary>Reads written inside the argument itself are reported where they are read.</summary>
    private static bool ContainsDirectRead(SystemClockReads clockReads, IOperation operation)
    {
        if (clockReads.Describe(operation) is not null)
        {
            return true;
        }

        foreach (var child in operation.ChildOperations)
        {
            if (ContainsDirectRead(clockReads, child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The SDK "as of" argument or property the value of <paramref name="read"/> flows into, described.</summary>
    private static string? AsOfTarget(IOperation read)
    {
        for (var current = read; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IArgumentOperation argument
                    when SystemClockReads.IsAsOf(argument.Parameter)
                         && argument.Parent is IInvocationOperation or IObjectCreationOperation:
                    var method = argument.Parent is IInvocationOperation invocation
                        ? invocation.TargetMethod
                        : ((IObjectCreationOperation)argument.Parent).Constructor;
                    if (method is not null && method.IsFromSdk())
                    {
                        return $"the '{argument.Parameter!.Name}' argument of '{method.ContainingType.Name}.{method.Name}'";
                    }

                    break;
                case ISimpleAssignmentOperation assignment
                    when current == assignment.Value
                         && assignment.Target is IPropertyReferenceOperation { Property: var property }
                         && SystemClockReads.IsAsOf(property):
                    return $"the '{property.Name}' property of '{property.ContainingType.Name}'";
                case IAnonymousFunctionOperation or IBlockOperation or IVariableDeclaratorOperation:
                    return null;
            }
        }

        return null;
    }
}

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
internal static class SystemClockRule
{
    /// <summary>Judges a member reference: a read of the system clock.</summary>
    internal static void AnalyzeRead(OperationAnalysisContext context, SdkSymbols symbols)
    {
        var read = context.Operation;
        if (symbols.ClockReads.Describe(read) is not { } clock)
        {
            return;
        }

        if (symbols.ExtensionPoints.Around(context.ContainingSymbol) is { } owner)
        {
            Report(context, read.Syntax, clock, $"inside '{owner.Implementation.Name}', an implementation of '{owner.ExtensionPoint.Name}'");
            return;
        }

        if (AsOfTarget(read) is { } target)
        {
            Report(context, read.Syntax, clock, $"and flows into {target}");
        }
    }

    /// <summary>
    /// Judges a call or object creation: a clock value kept in a local first
    /// (<c>var today = DateTime.Today; Assess(..., asOf: LocalDate.FromDateTime(today))</c>).
    /// </summary>
    internal static void AnalyzeCall(OperationAnalysisContext context, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments, SdkSymbols symbols)
    {
        if (method is null || !method.IsFromSdk() || !TakesAsOf(method)
            || symbols.ExtensionPoints.Around(context.ContainingSymbol) is not null)
        {
            return;
        }

        var clockReads = symbols.ClockReads;
        foreach (var argument in arguments)
        {
            if (!SystemClockReads.IsAsOf(argument.Parameter) || ContainsDirectRead(clockReads, argument.Value))
            {
                continue;
            }

            if (clockReads.FindIn(argument.Value) is { } clock)
            {
                Report(context, argument.Value.Syntax, clock, $"and flows into the '{argument.Parameter!.Name}' argument of '{method.ContainingType.Name}.{method.Name}'");
            }
        }
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

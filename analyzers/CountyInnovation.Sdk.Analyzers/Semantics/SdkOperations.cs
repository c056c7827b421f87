using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers.Semantics;

/// <summary>Questions the rules ask of symbols and operations, answered without throwing on broken code.</summary>
internal static class SdkOperations
{
    /// <summary>Whether the symbol is defined in the CountyInnovation.Sdk assembly.</summary>
    internal static bool IsFromSdk(this ISymbol? symbol) =>
        symbol?.ContainingAssembly?.Name == SdkNames.Assembly;

    /// <summary>Whether the compilation references the SDK assembly (or is the SDK itself).</summary>
    internal static bool ReferencesSdk(this Compilation compilation)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (assembly.Name == SdkNames.Assembly)
            {
                return true;
            }
        }

        return compilation.AssemblyName == SdkNames.Assembly;
    }

    /// <summary>
    /// Whether the operation is (inside) the argument of <c>nameof</c>: a name, never evaluated
    /// (<c>nameof(DateTime.Now)</c> reads no clock).
    /// </summary>
    internal static bool IsInsideNameOf(this IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case INameOfOperation:
                    return true;
                case IBlockOperation or IAnonymousFunctionOperation or IMethodBodyBaseOperation or IExpressionStatementOperation:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The operation without the implicit conversions and parentheses around it.</summary>
    internal static IOperation? WithoutConversions(this IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { IsImplicit: true } conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The compile-time constant value of an operation converted to double, if it is a numeric constant.</summary>
    internal static bool TryGetDouble(this IOperation? operation, out double value)
    {
        value = 0;
        if (operation is null || !operation.ConstantValue.HasValue)
        {
            return false;
        }

        switch (operation.ConstantValue.Value)
        {
            case double d: value = d; return true;
            case float f: value = f; return true;
            case decimal m: value = (double)m; return true;
            case int i: value = i; return true;
            case long l: value = l; return true;
            case short s: value = s; return true;
            case byte b: value = b; return true;
            case sbyte sb: value = sb; return true;
            case uint ui: value = ui; return true;
            case ulong ul: value = ul; return true;
            case ushort us: value = us; return true;
            default: return false;
        }
    }

    /// <summary>The constant string value of an operation, if it is a non-null string constant.</summary>
    internal static bool TryGetString(this IOperation? operation, out string value)
    {
        value = string.Empty;
        if (operation is null || !operation.ConstantValue.HasValue || operation.ConstantValue.Value is not string s)
        {
            return false;
        }

        value = s;
        return true;
    }

    /// <summary>Whether the type is a numeric primitive the rules read constants from.</summary>
    internal static bool IsNumeric(this ITypeSymbol? type) =>
        type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double
            or SpecialType.System_Single or SpecialType.System_Decimal or SpecialType.System_Int16
            or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_UInt16
            or SpecialType.System_UInt32 or SpecialType.System_UInt64;

    /// <summary>
    /// The initializer of the local a reference reads (<c>var x = …;</c> in the same file), if the
    /// operation is such a reference and nothing writes the local again (<see cref="LocalValues"/>):
    /// a local that is reassigned is not judged by its first value.
    /// </summary>
    internal static IOperation? LocalInitializer(this IOperation? operation)
    {
        if (operation is not ILocalReferenceOperation local || operation.SemanticModel is not { } model)
        {
            return null;
        }

        foreach (var reference in local.Local.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == model.SyntaxTree
                && reference.GetSyntax() is { } declaratorSyntax
                && model.GetOperation(declaratorSyntax) is IVariableDeclaratorOperation declarator
                && declarator.Initializer?.Value is { } value
                && LocalValues.IsNeverReassigned(local.Local, declaratorSyntax, model))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The argument passed for the parameter named <paramref name="parameter"/>, whatever its position or name in the source.</summary>
    internal static IArgumentOperation? ArgumentFor(this System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string parameter)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>
    /// The element values of a plain list written in place: an array creation with an initializer
    /// (<c>new[] { … }</c>, <c>new double[0]</c>) or a collection expression without spreads
    /// (<c>[…]</c>); <see langword="null"/> for anything else. Roslyn 4.8 has no operation for collection
    /// expressions, so its build judges arrays only.
    /// </summary>
    internal static System.Collections.Generic.IReadOnlyList<IOperation>? ListElements(this IOperation? operation)
    {
        switch (operation.WithoutConversions())
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues;
            case IArrayCreationOperation { Initializer: null, DimensionSizes.Length: 1 } empty
                when empty.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 }:
                return System.Array.Empty<IOperation>();
#if !ROSLYN4_8
            case ICollectionExpressionOperation collection:
                foreach (var element in collection.Elements)
                {
                    if (element is ISpreadOperation)
                    {
                        return null;
                    }
                }

                return collection.Elements;
#endif
            default:
                return null;
        }
    }

    /// <summary>The single explicit argument of a one-parameter call, if it has exactly one.</summary>
    internal static IArgumentOperation? SingleArgument(this IInvocationOperation invocation) =>
        invocation.Arguments.Length == 1 && invocation.TargetMethod.Parameters.Length == 1 ? invocation.Arguments[0] : null;
}

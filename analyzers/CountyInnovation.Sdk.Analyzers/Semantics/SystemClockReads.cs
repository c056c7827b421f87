using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers.Semantics;

/// <summary>Recognises reads of the system clock and where their values go.</summary>
internal static class SystemClockReads
{
    /// <summary>
    /// The name of the clock read (<c>DateTime.Now</c>, <c>SystemClock.Instance</c>, ...) when the
    /// operation is one, otherwise <see langword="null"/>.
    /// </summary>
    internal static string? Describe(IOperation operation)
    {
        ISymbol? member = operation switch
        {
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        if (member is null || !member.IsStatic || member.ContainingType is not { } type)
        {
            return null;
        }

        var typeName = type.ToDisplayString();
        var isClock = typeName switch
        {
            "System.DateTime" => member.Name is "Now" or "UtcNow" or "Today",
            "System.DateTimeOffset" => member.Name is "Now" or "UtcNow",
            "NodaTime.SystemClock" => member.Name == "Instance",
            "System.TimeProvider" => member.Name == "System",
            _ => false,
        };
        return isClock ? type.Name + "." + member.Name : null;
    }

    /// <summary>
    /// Whether a parameter of an SDK method is an "as of" input (named <c>asOf…</c>). An <c>IClock</c>
    /// parameter is not: passing <c>SystemClock.Instance</c> there, at the application's edge, is how
    /// the clock is meant to be given.
    /// </summary>
    internal static bool IsAsOf(IParameterSymbol? parameter) =>
        parameter is not null && parameter.Name.StartsWith("asOf", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether an SDK property takes an "as of" value (named <c>AsOf…</c>).</summary>
    internal static bool IsAsOf(IPropertySymbol? property) =>
        property is not null && property.IsFromSdk() && property.Name.StartsWith("AsOf", System.StringComparison.Ordinal);

    /// <summary>
    /// Whether the operation tree contains a system clock read, following locals back to their
    /// initializers a few steps.
    /// </summary>
    internal static string? FindIn(IOperation? operation, int depth = 0)
    {
        if (operation is null || depth > 3)
        {
            return null;
        }

        if (Describe(operation) is { } direct)
        {
            return direct;
        }

        if (operation is ILocalReferenceOperation)
        {
            return FindIn(operation.LocalInitializer(), depth + 1);
        }

        foreach (var child in operation.ChildOperations)
        {
            if (child is IAnonymousFunctionOperation)
            {
                continue;
            }

            if (FindIn(child, depth) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}

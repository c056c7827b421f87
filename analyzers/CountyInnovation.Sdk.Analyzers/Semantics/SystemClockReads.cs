using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers.Semantics;

/// <summary>
/// Recognises reads of the system clock and where their values go. One instance per compilation
/// holds the clock types, resolved once, so a member reference costs a few reference comparisons.
/// </summary>
internal sealed class SystemClockReads(Compilation compilation)
{
    private readonly INamedTypeSymbol? dateTime = compilation.GetTypeByMetadataName("System.DateTime");
    private readonly INamedTypeSymbol? dateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
    private readonly INamedTypeSymbol? systemClock = compilation.GetTypeByMetadataName("NodaTime.SystemClock");
    private readonly INamedTypeSymbol? timeProvider = compilation.GetTypeByMetadataName("System.TimeProvider");

    /// <summary>
    /// The name of the clock read (<c>DateTime.Now</c>, <c>SystemClock.Instance</c>, ...) when the
    /// operation is one, otherwise <see langword="null"/>.
    /// </summary>
    internal string? Describe(IOperation operation)
    {
        ISymbol? member = operation switch
        {
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        // The name text first: almost every member reference ends here, before any symbol comparison.
        if (member is null || member.Name is not ("Now" or "UtcNow" or "Today" or "Instance" or "System")
            || !member.IsStatic || member.ContainingType is not { } type)
        {
            return null;
        }

        var isClock =
            (Is(type, dateTime) && member.Name is "Now" or "UtcNow" or "Today")
            || (Is(type, dateTimeOffset) && member.Name is "Now" or "UtcNow")
            || (Is(type, systemClock) && member.Name == "Instance")
            || (Is(type, timeProvider) && member.Name == "System");
        return isClock && !operation.IsInsideNameOf() ? type.Name + "." + member.Name : null;
    }

    private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? clockType) =>
        clockType is not null && SymbolEqualityComparer.Default.Equals(type, clockType);

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
    internal string? FindIn(IOperation? operation, int depth = 0)
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

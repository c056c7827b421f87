using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace CountyInnovation.Sdk.Analyzers.Semantics;

/// <summary>
/// Finds the SDK extension point a type implements. Every interface the SDK declares is one
/// (normalisation, outlier treatment, imputation, weighting, aggregation, target assessment,
/// uncertain assumption, renderer, ...): the SDK exposes interfaces only for tool authors to implement.
/// One instance per compilation caches the answer per type.
/// </summary>
internal sealed class ExtensionPoints
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, INamedTypeSymbol?> implemented =
        new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The SDK interface implemented by the type that owns <paramref name="symbol"/> (a method, a
    /// field with an initializer, a property, ...) or by a type around it, if any.
    /// </summary>
    internal (INamedTypeSymbol Implementation, INamedTypeSymbol ExtensionPoint)? Around(ISymbol? symbol)
    {
        for (var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (implemented.GetOrAdd(type, Find) is { } extensionPoint)
            {
                return (type, extensionPoint);
            }
        }

        return null;
    }

    private static INamedTypeSymbol? Find(INamedTypeSymbol type)
    {
        if (type.TypeKind is TypeKind.Interface || type.IsFromSdk())
        {
            return null;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate.IsFromSdk())
            {
                return candidate;
            }
        }

        return null;
    }
}

using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace CountyInnovation.Sdk.Analyzers.Semantics;

/// <summary>
/// The symbols and per-compilation caches every rule works with, resolved once per compilation by
/// <see cref="CountyInnovationAnalyzer"/>. A type the compilation does not know is <see langword="null"/>
/// and switches off the rules that need it rather than making them guess.
/// </summary>
internal sealed class SdkSymbols
{
    private SdkSymbols(Compilation compilation)
    {
        MeasureNumber = compilation.GetTypeByMetadataName(SdkNames.MeasureNumber);
        SectionNumber = compilation.GetTypeByMetadataName(SdkNames.SectionNumber);
        DocumentNumber = compilation.GetTypeByMetadataName(SdkNames.DocumentNumber);
        Percentage = compilation.GetTypeByMetadataName(SdkNames.Percentage);
        Share = compilation.GetTypeByMetadataName(SdkNames.Share);
        CountyCode = compilation.GetTypeByMetadataName(SdkNames.CountyCode);
        ResponsibleUnits = compilation.GetTypeByMetadataName(SdkNames.ResponsibleUnits);
        LocalDate = compilation.GetTypeByMetadataName(SdkNames.LocalDate);
        Deadline = compilation.GetTypeByMetadataName(SdkNames.Deadline);
        PlanHorizon = compilation.GetTypeByMetadataName(SdkNames.PlanHorizon);
        TargetsNamespace = (Deadline ?? compilation.GetTypeByMetadataName(SdkNames.TrackedTarget))?.ContainingNamespace;
        MethodConfiguration = compilation.GetTypeByMetadataName(SdkNames.MethodConfiguration);
        MethodChoice = compilation.GetTypeByMetadataName(SdkNames.MethodChoice);
        LevelMethod = compilation.GetTypeByMetadataName(SdkNames.LevelMethod);
        Pure = compilation.GetTypeByMetadataName(SdkNames.PureAttribute);
        Random = compilation.GetTypeByMetadataName("System.Random");
        Guid = compilation.GetTypeByMetadataName("System.Guid");
        ClockReads = new SystemClockReads(compilation);
    }

    internal INamedTypeSymbol? MeasureNumber { get; }

    internal INamedTypeSymbol? SectionNumber { get; }

    internal INamedTypeSymbol? DocumentNumber { get; }

    internal INamedTypeSymbol? Percentage { get; }

    internal INamedTypeSymbol? Share { get; }

    internal INamedTypeSymbol? CountyCode { get; }

    internal INamedTypeSymbol? ResponsibleUnits { get; }

    internal INamedTypeSymbol? LocalDate { get; }

    internal INamedTypeSymbol? Deadline { get; }

    internal INamedTypeSymbol? PlanHorizon { get; }

    /// <summary>The namespace of the SDK's target factories (that of <c>Deadline</c>, or else of <c>TrackedTarget</c>).</summary>
    internal INamespaceSymbol? TargetsNamespace { get; }

    internal INamedTypeSymbol? MethodConfiguration { get; }

    internal INamedTypeSymbol? MethodChoice { get; }

    internal INamedTypeSymbol? LevelMethod { get; }

    internal INamedTypeSymbol? Pure { get; }

    internal INamedTypeSymbol? Random { get; }

    internal INamedTypeSymbol? Guid { get; }

    /// <summary>The system clock members (CIS0009).</summary>
    internal SystemClockReads ClockReads { get; }

    /// <summary>The SDK extension point per type (CIS0009, CIS0010), cached for the compilation.</summary>
    internal ExtensionPoints ExtensionPoints { get; } = new();

    /// <summary>The validating factory per SDK value type (CIS0003), cached for the compilation.</summary>
    internal ConcurrentDictionary<ITypeSymbol, string?> ValidatingFactories { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>The symbols of the compilation, or <see langword="null"/> when it does not reference the SDK.</summary>
    internal static SdkSymbols? For(Compilation compilation) =>
        compilation.ReferencesSdk() ? new SdkSymbols(compilation) : null;
}

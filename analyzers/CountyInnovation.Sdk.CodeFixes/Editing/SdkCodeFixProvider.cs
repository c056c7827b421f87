using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CountyInnovation.Sdk.CodeFixes.Editing;

/// <summary>What every code fix of the package shares: the rule it fixes and batch fix-all.</summary>
public abstract class SdkCodeFixProvider : CodeFixProvider
{
    private readonly ImmutableArray<string> fixable;

    /// <summary>Creates the provider of fixes for <paramref name="rule"/>.</summary>
    /// <param name="rule">The descriptor (from the analyzers' catalogue) the provider fixes.</param>
    private protected SdkCodeFixProvider(DiagnosticDescriptor rule) => fixable = ImmutableArray.Create(rule.Id);

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds => fixable;

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;
}

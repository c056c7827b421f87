using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CountyInnovation.Sdk.Analyzers;
using CountyInnovation.Sdk.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace CountyInnovation.Sdk.CodeFixes;

/// <summary>
/// CIS0009: reads the time from a NodaTime <c>IClock</c> instead of the system clock. The clock is one
/// already in scope (a parameter, local, field or property of type <c>IClock</c>); failing that, an
/// <c>IClock clock</c> parameter is added to the enclosing method when its signature is its own (not an
/// override or an interface implementation). <c>SystemClock.Instance</c> becomes the clock,
/// <c>DateTime.UtcNow</c> <c>clock.GetCurrentInstant().ToDateTimeUtc()</c>, <c>DateTimeOffset.UtcNow</c>
/// <c>clock.GetCurrentInstant().ToDateTimeOffset()</c>. Local times (<c>Now</c>, <c>Today</c>) need a
/// time zone, a decision the fix does not take for you: no fix is offered for them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClockCodeFixProvider))]
[System.Composition.Shared]
public sealed class ClockCodeFixProvider : SdkCodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "CIS0009.UseClock";

    private const string ClockType = "NodaTime.IClock";

    /// <summary>Creates the provider.</summary>
    public ClockCodeFixProvider()
        : base(Descriptors.SystemClock)
    {
    }

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || model.Compilation.GetTypeByMetadataName(ClockType) is not { } clockType)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not MemberAccessExpressionSyntax read
                || Replacement(model.GetSymbolInfo(read, context.CancellationToken).Symbol) is not { } replacement)
            {
                continue;
            }

            var inScope = ClockInScope(model, read, clockType);
            var method = inScope is null ? OwnMethod(model, read, context.CancellationToken) : null;
            if (inScope is null && method is null)
            {
                continue;
            }

            var name = inScope ?? "clock";
            context.RegisterCodeFix(
                CodeAction.Create(
                    inScope is null ? "Take an IClock parameter 'clock'" : $"Use the clock '{name}'",
                    cancellationToken => Apply(context.Document, root, read, string.Format(System.Globalization.CultureInfo.InvariantCulture, replacement, name), method, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static Task<Document> Apply(Document document, SyntaxNode root, MemberAccessExpressionSyntax read, string replacement, MethodDeclarationSyntax? method, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var expression = SyntaxFactory.ParseExpression(replacement).WithTriviaFrom(read);
        if (method is null)
        {
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(read, expression)));
        }

        var updated = method.ReplaceNode(read, expression);
        var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier("clock"))
            .WithType(SyntaxFactory.ParseTypeName("global::" + ClockType).WithAdditionalAnnotations(Simplifier.Annotation));
        updated = updated.WithParameterList(updated.ParameterList.AddParameters(parameter));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(method, updated)));
    }

    /// <summary>The replacement of a clock read, with <c>{0}</c> for the clock, or null when the read needs a time zone.</summary>
    private static string? Replacement(ISymbol? symbol) =>
        (symbol?.ContainingType?.ToDisplayString(), symbol?.Name) switch
        {
            ("NodaTime.SystemClock", "Instance") => "{0}",
            ("System.DateTime", "UtcNow") => "{0}.GetCurrentInstant().ToDateTimeUtc()",
            ("System.DateTimeOffset", "UtcNow") => "{0}.GetCurrentInstant().ToDateTimeOffset()",
            _ => null,
        };

    /// <summary>The name of an <c>IClock</c> parameter, local, field or property visible at the read, if any.</summary>
    private static string? ClockInScope(SemanticModel model, SyntaxNode read, INamedTypeSymbol clockType)
    {
        var candidates = model.LookupSymbols(read.SpanStart)
            .Where(symbol => symbol switch
            {
                IParameterSymbol parameter => SymbolEqualityComparer.Default.Equals(parameter.Type, clockType),
                ILocalSymbol local => SymbolEqualityComparer.Default.Equals(local.Type, clockType),
                IFieldSymbol field => SymbolEqualityComparer.Default.Equals(field.Type, clockType),
                IPropertySymbol property => SymbolEqualityComparer.Default.Equals(property.Type, clockType),
                _ => false,
            })
            .OrderBy(symbol => symbol is IParameterSymbol or ILocalSymbol ? 0 : 1)
            .ToList();
        return candidates.Count > 0 ? candidates[0].Name : null;
    }

    /// <summary>The enclosing method when it may take a new parameter: not an override, not implementing an interface.</summary>
    private static MethodDeclarationSyntax? OwnMethod(SemanticModel model, SyntaxNode read, CancellationToken cancellationToken)
    {
        if (read.FirstAncestorOrSelf<SyntaxNode>(node => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MethodDeclarationSyntax)
                is not MethodDeclarationSyntax method
            || method.ExplicitInterfaceSpecifier is not null
            || method.Modifiers.Any(SyntaxKind.OverrideKeyword)
            || method.ParameterList.Parameters.LastOrDefault() is { } last && (last.Default is not null || last.Modifiers.Any(SyntaxKind.ParamsKeyword))
            || model.GetDeclaredSymbol(method, cancellationToken) is not { } symbol
            || symbol.ContainingType is not { } type)
        {
            return null;
        }

        var implementsInterface = type.AllInterfaces
            .SelectMany(@interface => @interface.GetMembers())
            .Any(member => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), symbol));
        return implementsInterface ? null : method;
    }
}

using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Simplification;

namespace CountyInnovation.Sdk.CodeFixes;

/// <summary>
/// CIS0009: reads the time from a NodaTime <c>IClock</c> instead of the system clock. The clock is one
/// already in scope (a parameter, local, field or property of type <c>IClock</c>) whose use compiles
/// there; failing that, an <c>IClock</c> parameter with a fresh name (<c>clock</c>, <c>clock2</c>, …) is
/// added to the enclosing method when its signature is its own (not an override or an interface
/// implementation) and nothing calls it. A fix is offered only when its result compiles. <c>SystemClock.Instance</c> becomes the clock,
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
        var cancellationToken = context.CancellationToken;
        var root = await context.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || model.Compilation.GetTypeByMetadataName(ClockType) is not { } clockType)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not MemberAccessExpressionSyntax read
                || Replacement(model.GetSymbolInfo(read, cancellationToken).Symbol) is not { } replacement)
            {
                continue;
            }

            // A clock in scope, when using it compiles there (not an instance field from a static
            // member, not a primary-constructor parameter from a static lambda, ...).
            var offered = false;
            foreach (var name in ClocksInScope(model, read, clockType))
            {
                var expression = Expression(replacement, name, read);
                var before = context.Document;
                var changed = before.WithSyntaxRoot(root.ReplaceNode(read, expression));
                if (await CompilingFix.CompilesAsync(before, changed, cancellationToken).ConfigureAwait(false))
                {
                    context.RegisterCodeFix(CodeAction.Create($"Use the clock '{name}'", _ => Task.FromResult(changed), EquivalenceKey), diagnostic);
                    offered = true;
                    break;
                }
            }

            if (offered || await OwnUncalledMethodAsync(context.Document, model, read, cancellationToken).ConfigureAwait(false) is not { } method)
            {
                continue;
            }

            var parameterName = FreshName(model, method, "clock");
            await CompilingFix.RegisterIfItCompilesAsync(
                context,
                diagnostic,
                $"Take an IClock parameter '{parameterName}'",
                EquivalenceKey,
                _ => Task.FromResult(AddParameter(context.Document, root, read, Expression(replacement, parameterName, read), method, parameterName))).ConfigureAwait(false);
        }
    }

    private static ExpressionSyntax Expression(string replacement, string clock, SyntaxNode read) =>
        SyntaxFactory.ParseExpression(string.Format(System.Globalization.CultureInfo.InvariantCulture, replacement, clock)).WithTriviaFrom(read);

    private static Document AddParameter(Document document, SyntaxNode root, MemberAccessExpressionSyntax read, ExpressionSyntax expression, MethodDeclarationSyntax method, string name)
    {
        var updated = method.ReplaceNode(read, expression);
        var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name))
            .WithType(SyntaxFactory.ParseTypeName("global::" + ClockType).WithAdditionalAnnotations(Simplifier.Annotation));
        updated = updated.WithParameterList(updated.ParameterList.AddParameters(parameter));
        return document.WithSyntaxRoot(root.ReplaceNode(method, updated));
    }

    /// <summary><paramref name="stem"/>, or <c>stem2</c>, <c>stem3</c>, … : a name nothing in the method or its scope uses.</summary>
    private static string FreshName(SemanticModel model, MethodDeclarationSyntax method, string stem)
    {
        var used = new HashSet<string>(
            method.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText),
            System.StringComparer.Ordinal);
        for (var i = 1; ; i++)
        {
            var name = i == 1 ? stem : stem + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!used.Contains(name) && model.LookupSymbols(method.SpanStart, name: name).IsEmpty)
            {
                return name;
            }
        }
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

    /// <summary>The names of the <c>IClock</c> parameters, locals, fields and properties visible at the read, nearest first.</summary>
    private static IEnumerable<string> ClocksInScope(SemanticModel model, SyntaxNode read, INamedTypeSymbol clockType) =>
        model.LookupSymbols(read.SpanStart)
            .Where(symbol => symbol switch
            {
                IParameterSymbol parameter => SymbolEqualityComparer.Default.Equals(parameter.Type, clockType),
                ILocalSymbol local => SymbolEqualityComparer.Default.Equals(local.Type, clockType),
                IFieldSymbol field => SymbolEqualityComparer.Default.Equals(field.Type, clockType),
                IPropertySymbol property => SymbolEqualityComparer.Default.Equals(property.Type, clockType),
                _ => false,
            })
            .OrderBy(symbol => symbol is IParameterSymbol or ILocalSymbol ? 0 : 1)
            .Select(symbol => symbol.Name)
            .ToList();

    /// <summary>
    /// The enclosing method when it may take a new parameter: its signature is its own (not an override,
    /// not implementing an interface, no optional or params parameter last) and nothing calls it, so
    /// adding the parameter breaks no caller.
    /// </summary>
    private static async Task<MethodDeclarationSyntax?> OwnUncalledMethodAsync(Document document, SemanticModel model, SyntaxNode read, CancellationToken cancellationToken)
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
        if (implementsInterface)
        {
            return null;
        }

        var references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
        return references.Any(reference => reference.Locations.Any()) ? null : method;
    }
}

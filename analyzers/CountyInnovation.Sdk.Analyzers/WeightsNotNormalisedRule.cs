using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0007: constant weights the SDK refuses.
/// <list type="bullet">
/// <item>Where the SDK requires normalised weights — a parameter named <c>normalisedWeights</c> (or
/// <c>normalizedWeights</c>) — every weight must be &gt; 0 and they must sum to 1 (within 1e-9). The
/// normalised values travel in <see cref="NormalisedProperty"/>, the elements as additional locations,
/// for the code fix.</item>
/// <item>Where the SDK takes raw weights and normalises them itself (<c>FixedWeighting.Create</c>, or
/// an SDK parameter named <c>weights</c>/<c>rawWeights</c> of a weighting), a weight must be finite and
/// ≥ 0 and at least one &gt; 0.</item>
/// </list>
/// Weights are read from array creations, collection expressions and <c>params</c> arguments whose
/// elements are all constants.
/// </summary>
internal static class WeightsNotNormalisedRule
{
    /// <summary>The diagnostic property holding the normalised weights, round-trip formatted, separated by <c>;</c>.</summary>
    internal const string NormalisedProperty = "Normalised";

    private const double Tolerance = 1e-9;
    private const string WeightingNamespace = "CountyInnovation.Sdk.Scoring.Weighting";

    /// <summary>Judges the arguments of a call or object creation.</summary>
    internal static void Analyze(OperationAnalysisContext context, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        if (method is null || !method.IsFromSdk())
        {
            return;
        }

        foreach (var argument in arguments)
        {
            var kind = KindOf(method, argument.Parameter);
            if (kind == WeightsKind.None || Elements(argument.Value) is not { } elements)
            {
                continue;
            }

            var weights = new double[elements.Count];
            for (var i = 0; i < weights.Length; i++)
            {
                if (!elements[i].TryGetDouble(out weights[i]))
                {
                    weights = null;
                    break;
                }
            }

            if (weights is { Length: > 0 })
            {
                Check(context, argument.Value, elements, weights, kind);
            }
        }
    }

    private static WeightsKind KindOf(IMethodSymbol method, IParameterSymbol? parameter)
    {
        if (parameter is null)
        {
            return WeightsKind.None;
        }

        if (parameter.Name is "normalisedWeights" or "normalizedWeights")
        {
            return WeightsKind.Normalised;
        }

        var rawName = parameter.Name is "weights" or "rawWeights" || (method.Name == "Create" && parameter.Name == "raw");
        return rawName && method.ContainingNamespace?.ToDisplayString() == WeightingNamespace
            ? WeightsKind.Raw
            : WeightsKind.None;
    }

    /// <summary>The element operations of a constant-looking list of weights, or null when it is not a plain list.</summary>
    private static IReadOnlyList<IOperation>? Elements(IOperation value)
    {
        switch (value.WithoutConversions())
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.Select(element => element.WithoutConversions()!).ToList();
            case ICollectionExpressionOperation collection
                when collection.Elements.All(element => element is not ISpreadOperation):
                return collection.Elements.Select(element => element.WithoutConversions()!).ToList();
            default:
                return null;
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation value, IReadOnlyList<IOperation> elements, double[] weights, WeightsKind kind)
    {
        var invalid = Array.FindIndex(weights, w => kind == WeightsKind.Normalised ? !(w > 0) || double.IsInfinity(w) : !(w >= 0) || double.IsInfinity(w));
        string message;
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (invalid >= 0)
        {
            message = kind == WeightsKind.Normalised
                ? $"the weight {Format(weights[invalid])} is not greater than 0: normalised weights are all > 0 and sum to 1"
                : $"the weight {Format(weights[invalid])} is not a finite number ≥ 0";
        }
        else if (weights.All(w => w == 0))
        {
            message = "all the weights are 0: at least one must be greater than 0";
        }
        else
        {
            var sum = weights.Sum();
            if (kind == WeightsKind.Raw || Math.Abs(sum - 1) <= Tolerance)
            {
                return;
            }

            message = $"the weights sum to {Format(sum)}, not 1: normalised weights are all > 0 and sum to 1 (divide each by {Format(sum)})";
            properties = properties.Add(NormalisedProperty, string.Join(";", weights.Select(w => Format(w / sum))));
        }

        // A params argument has no syntax of its own: point at its elements.
        var location = value.WithoutConversions() is { IsImplicit: true } && elements.Count > 0
            ? Location.Create(value.Syntax.SyntaxTree, TextSpan.FromBounds(elements[0].Syntax.SpanStart, elements[elements.Count - 1].Syntax.Span.End))
            : value.Syntax.GetLocation();
        var fixable = properties.ContainsKey(NormalisedProperty);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.WeightsNotNormalised,
            location,
            fixable ? elements.Select(element => element.Syntax.GetLocation()) : null,
            properties,
            message));
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private enum WeightsKind
    {
        None,
        Normalised,
        Raw,
    }
}

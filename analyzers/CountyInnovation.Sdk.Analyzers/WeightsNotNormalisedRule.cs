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
/// CIS0007: constant raw weights the SDK refuses where it takes raw weights and normalises them itself
/// (<c>FixedWeighting.Create</c>, or an SDK parameter named <c>weights</c>/<c>rawWeights</c> of a
/// weighting): an empty list, a weight that is not a finite number ≥ 0, all weights 0, or weights whose
/// sum overflows (<c>[1e308, 1e308]</c>). Weights are read from array creations, collection expressions
/// and <c>params</c> arguments whose elements are all constants.
/// </summary>
internal static class WeightsNotNormalisedRule
{
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
            if (!TakesRawWeights(method, argument.Parameter) || Elements(argument.Value) is not { } elements)
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

            if (weights is not null)
            {
                Check(context, argument.Value, elements, weights);
            }
        }
    }

    private static bool TakesRawWeights(IMethodSymbol method, IParameterSymbol? parameter) =>
        parameter is not null
        && (parameter.Name is "weights" or "rawWeights" || (method.Name == "Create" && parameter.Name == "raw"))
        && method.ContainingNamespace?.ToDisplayString() == WeightingNamespace;

    /// <summary>The element operations of a constant-looking list of weights, or null when it is not a plain list.</summary>
    private static IReadOnlyList<IOperation>? Elements(IOperation value)
    {
        return value.ListElements() is { } elements
            ? elements.Select(element => element.WithoutConversions()!).ToList()
            : null;
    }

    private static void Check(OperationAnalysisContext context, IOperation value, IReadOnlyList<IOperation> elements, double[] weights)
    {
        var invalid = Array.FindIndex(weights, w => !(w >= 0) || double.IsInfinity(w));
        string message;
        if (weights.Length == 0)
        {
            message = "the list of weights is empty: give one weight per component, at least one greater than 0";
        }
        else if (invalid >= 0)
        {
            message = $"the weight {Format(weights[invalid])} is not a finite number ≥ 0";
        }
        else if (weights.All(w => w == 0))
        {
            message = "all the weights are 0: at least one must be greater than 0";
        }
        else if (double.IsInfinity(Sum(weights)))
        {
            message = "the weights overflow when summed (their sum exceeds the largest double, about 1.8e308): scale them down";
        }
        else
        {
            return;
        }

        // A params argument has no syntax of its own: point at its elements.
        var location = value.WithoutConversions() is { IsImplicit: true } && elements.Count > 0
            ? Location.Create(value.Syntax.SyntaxTree, TextSpan.FromBounds(elements[0].Syntax.SpanStart, elements[elements.Count - 1].Syntax.Span.End))
            : value.Syntax.GetLocation();
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.WeightsNotNormalised, location, message));
    }

    private static double Sum(double[] weights)
    {
        var sum = 0.0;
        foreach (var weight in weights)
        {
            sum += weight;
        }

        return sum;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

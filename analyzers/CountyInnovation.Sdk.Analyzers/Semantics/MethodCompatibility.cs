using System;
using System.Collections.Generic;
using System.Globalization;

namespace CountyInnovation.Sdk.Analyzers.Semantics;

/// <summary>
/// The engine's up-front check of a normalisation followed by the aggregations of each level
/// (<c>ScoringCompatibility.Check</c>), restated for the compiler over the built-in methods' declared
/// traits, with the same messages. A test holds it to the engine over every built-in combination.
/// Methods it does not know (a user's own, registered by name) end the check without a verdict.
/// </summary>
internal static class MethodCompatibility
{
    /// <summary>A method chosen by name with its numeric parameters.</summary>
    internal sealed class Choice(string name, IReadOnlyDictionary<string, double> numbers)
    {
        /// <summary>The registry name, lower case.</summary>
        public string Name { get; } = name.ToLowerInvariant();

        /// <summary>The numeric parameters.</summary>
        public IReadOnlyDictionary<string, double> Numbers { get; } = numbers;

        /// <summary>A numeric parameter, or <paramref name="fallback"/> when absent.</summary>
        public double Get(string parameter, double fallback) => Numbers.TryGetValue(parameter, out var value) ? value : fallback;
    }

    /// <summary>Every problem of the combination, in the engine's words; empty when it can run or is not known.</summary>
    internal static IReadOnlyList<string> Check(Choice normalisation, IEnumerable<Choice> levels)
    {
        var problems = new List<string>();
        if (NormalisationLowerBound(normalisation) is not { } bound)
        {
            return problems;
        }

        var mayBeZeroOrNegative = bound.MayBeZeroOrNegative;
        var cause = !double.IsInfinity(bound.Lower)
            ? $"normalisation '{normalisation.Name}' can output zero or negative values (its lower bound is {bound.Lower.ToString("R", CultureInfo.InvariantCulture)}, reached by the worst unit)"
            : $"normalisation '{normalisation.Name}' outputs values that can be zero or negative (it is unbounded below)";
        var level = 1;
        foreach (var aggregation in levels)
        {
            if (AggregationTraits(aggregation) is not { } traits)
            {
                break;
            }

            if (traits.RequiresPositiveInput && mayBeZeroOrNegative)
            {
                problems.Add(
                    $"level {level} aggregation '{aggregation.Name}' needs strictly positive values, but {cause}. " +
                    "Choose a normalisation with a positive lower bound (for example min-max with lower 1 and upper 100) " +
                    "or an aggregation that accepts zero (arithmetic).");
            }

            if (!traits.PreservesPositivity)
            {
                mayBeZeroOrNegative = true;
                cause = $"the level {level} aggregation '{aggregation.Name}' can produce zero or negative scores";
            }

            level++;
        }

        return problems;
    }

    /// <summary>The lower bound of a built-in normalisation and whether its output may be zero or negative.</summary>
    private static (double Lower, bool MayBeZeroOrNegative)? NormalisationLowerBound(Choice choice)
    {
        switch (choice.Name)
        {
            case "min-max":
                var lower = choice.Get("lower", 0);
                return (lower, !(lower > 0));
            case "z-score":
                return (double.NegativeInfinity, true);
            case "goalposts" or "distance-to-target" or "distance-to-reference" or "percentile-rank":
                return (0, true);
            case "vector":
                return (-1, true);
            case "fraction-of-max":
                return (0, false);
            case "rank":
                return (1, false);
            default:
                return null;
        }
    }

    /// <summary>Whether a built-in aggregation needs strictly positive input and keeps positive input positive.</summary>
    private static (bool RequiresPositiveInput, bool PreservesPositivity)? AggregationTraits(Choice choice) =>
        choice.Name switch
        {
            "arithmetic" => (false, true),
            "geometric" or "harmonic" => (true, true),
            "generalised-mean" when choice.Numbers.TryGetValue("p", out var p) && !double.IsNaN(p) && !double.IsInfinity(p) => (p <= 0, true),
            "topsis" or "copeland" => (false, false),
            _ => null,
        };
}

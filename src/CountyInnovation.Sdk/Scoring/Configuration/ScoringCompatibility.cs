using System.Globalization;
using System.Collections.Immutable;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Normalisation;

namespace CountyInnovation.Sdk.Scoring.Configuration;

/// <summary>
/// The static, up-front check of a scoring configuration: run it when a method file is loaded, before
/// any data is touched, so that an impossible combination (a geometric mean after min-max with lower
/// bound 0, for example: the worst unit scores 0 and ln 0 is undefined) is refused with the reason,
/// not discovered midway.
/// </summary>
public static class ScoringCompatibility
{
    /// <summary>
    /// Checks a normalisation followed by the aggregations of each level of the tree, from the
    /// indicators upwards.
    /// </summary>
    /// <param name="normalisation">The normalisation applied to the indicators.</param>
    /// <param name="levels">The aggregation of each level, lowest first (the same method may repeat).</param>
    /// <returns>Every problem found; empty when the combination can run.</returns>
    public static ImmutableArray<ScoringProblem> Check(INormalisation normalisation, IEnumerable<IAggregation> levels)
    {
        ArgumentNullException.ThrowIfNull(normalisation);
        ArgumentNullException.ThrowIfNull(levels);
        var problems = ImmutableArray.CreateBuilder<ScoringProblem>();
        var sign = normalisation.Traits.Sign;
        var cause = DescribeSign(normalisation);
        var level = 1;
        foreach (var aggregation in levels)
        {
            ArgumentNullException.ThrowIfNull(aggregation);
            if (aggregation.Traits.RequiresPositiveInput && sign == OutputSign.MayBeZeroOrNegative)
            {
                problems.Add(ScoringProblem.Of(
                    ScoringProblemKind.NonPositiveInputForAggregation,
                    aggregation.Name,
                    $"level {level} aggregation '{aggregation.Name}' needs strictly positive values, but {cause}. " +
                    "Choose a normalisation with a positive lower bound (for example min-max with lower 1 and upper 100) " +
                    "or an aggregation that accepts zero (arithmetic)."));
            }

            if (!aggregation.Traits.PreservesPositivity)
            {
                sign = OutputSign.MayBeZeroOrNegative;
                cause = $"the level {level} aggregation '{aggregation.Name}' can produce zero or negative scores";
            }

            level++;
        }

        return problems.ToImmutable();
    }

    /// <summary>Checks that an indicator's context gives a normalisation what it needs (goalposts, target, reference unit).</summary>
    /// <param name="normalisation">The normalisation.</param>
    /// <param name="context">The indicator's context.</param>
    /// <param name="indicator">The indicator's code, for the message.</param>
    /// <returns>Every problem found; empty when the normalisation can run.</returns>
    public static ImmutableArray<ScoringProblem> Check(INormalisation normalisation, NormalisationContext context, string indicator)
    {
        ArgumentNullException.ThrowIfNull(normalisation);
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        var needs = normalisation.Traits.Requirements;
        var problems = ImmutableArray.CreateBuilder<ScoringProblem>();
        if (needs.HasFlag(NormalisationRequirements.Goalposts) && context.Goalposts is null)
        {
            problems.Add(Missing(normalisation, indicator, "goalposts (L and U)"));
        }

        if (needs.HasFlag(NormalisationRequirements.Target) && context.Target is null)
        {
            problems.Add(Missing(normalisation, indicator, "a target value"));
        }

        if (needs.HasFlag(NormalisationRequirements.ReferenceUnit) && context.ReferenceUnit is null)
        {
            problems.Add(Missing(normalisation, indicator, "a reference unit"));
        }

        return problems.ToImmutable();
    }

    /// <summary>Throws when <see cref="Check(INormalisation, IEnumerable{IAggregation})"/> finds a problem.</summary>
    /// <param name="normalisation">The normalisation.</param>
    /// <param name="levels">The aggregations, lowest level first.</param>
    /// <exception cref="ScoringConfigurationException">The combination cannot run; every reason is listed.</exception>
    public static void ThrowIfIncompatible(INormalisation normalisation, IEnumerable<IAggregation> levels)
    {
        var problems = Check(normalisation, levels);
        if (!problems.IsEmpty)
        {
            throw new ScoringConfigurationException(problems);
        }
    }

    private static string DescribeSign(INormalisation normalisation) =>
        double.IsFinite(normalisation.Traits.LowerBound)
            ? $"normalisation '{normalisation.Name}' can output zero or negative values (its lower bound is {normalisation.Traits.LowerBound.ToString("R", CultureInfo.InvariantCulture)}, reached by the worst unit)"
            : $"normalisation '{normalisation.Name}' outputs values that can be zero or negative (it is unbounded below)";

    private static ScoringProblem Missing(INormalisation normalisation, string indicator, string what) =>
        ScoringProblem.Of(
            ScoringProblemKind.MissingNormalisationContext,
            normalisation.Name,
            $"indicator '{indicator}' has no {what}, which normalisation '{normalisation.Name}' needs; add it to the framework or choose another normalisation.");
}

using System.Collections.Immutable;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Testing.Formatting;
using CountyInnovation.Sdk.Testing.Generators;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// The laws a whole scoring rule, an <see cref="EvaluationPipeline"/> (a framework with a method
/// configuration), is held to on generated panels: the published scores, ranks and A/B/C classes.
/// Each law is usable alone; <see cref="Check"/> and <see cref="ShouldSatisfyAllLaws"/> run all that apply.
/// </summary>
public static class EvaluationLaws
{
    /// <summary>
    /// Every score lies on the 100-point scale. Applies when the built-in normalisation declares a range
    /// within [0, 100] and every level's built-in aggregation declares per-unit scope (a mean), read
    /// from <see cref="ScoringMethodRegistry.Default"/>; rules using methods it does not know are "n/a".
    /// </summary>
    public static Law<EvaluationPipeline> ScoresOnTheHundredPointScale { get; } = Law<EvaluationPipeline>.Create(
        "scores-on-the-100-point-scale",
        "The bulletin reports scores out of 100 and classes by thresholds on that scale; a score of 104 or −3 would be a visible error in a published document.",
        Cases,
        (pipeline, c) =>
        {
            var result = Evaluate(pipeline, c);
            var bad = result.Counties.FirstOrDefault(x => x.Score is { } s && !(Tolerance.AtMost(0, s) && Tolerance.AtMost(s, 100)));
            return bad is null ? null : $"county {bad.Code} scored {CaseText.Number(bad.Score!.Value)}";
        })
        .When("the normalisation declares a range within [0, 100] and every level aggregates with a mean (per-unit scope)", OnHundredPointScale);

    /// <summary>Each county's class is the one its score gives under the configured thresholds (inclusive lower bounds); no score, no class.</summary>
    public static Law<EvaluationPipeline> ClassesFollowTheThresholds { get; } = Law<EvaluationPipeline>.Create(
        "classes-follow-the-thresholds",
        "A county at exactly 80 points is class A under the published rule; a class that contradicts the printed score undermines the whole bulletin.",
        Cases,
        (pipeline, c) =>
        {
            var result = Evaluate(pipeline, c);
            var thresholds = pipeline.Method.ClassThresholds;
            var bad = result.Counties.FirstOrDefault(x => x.Class != thresholds.Classify(x.Score));
            return bad is null ? null : $"county {bad.Code} scored {(bad.Score is { } s ? CaseText.Number(s) : "nothing")} but is class {bad.Class?.ToString() ?? "none"} under {thresholds}";
        });

    /// <summary>Ranks are descending by score, ties share the best rank, and only scored counties are ranked.</summary>
    public static Law<EvaluationPipeline> RanksFollowTheScores { get; } = Law<EvaluationPipeline>.Create(
        "ranks-follow-the-scores",
        "The published rank must be recomputable from the published scores by anyone: one plus the number of counties that scored strictly more.",
        Cases,
        (pipeline, c) =>
        {
            var result = Evaluate(pipeline, c);
            var bad = result.Counties.FirstOrDefault(x =>
                (x.Score is null) != (x.Rank is null)
                || (x.Score is { } s && x.Rank != 1 + result.Counties.Count(o => o.Score > s)));
            return bad is null ? null : $"county {bad.Code} scored {(bad.Score is { } s ? CaseText.Number(s) : "nothing")} and was ranked {bad.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}";
        });

    /// <summary>Listing the counties in another order changes no county's score, rank or class.</summary>
    public static Law<EvaluationPipeline> InvariantToCountyOrder { get; } = Law<EvaluationPipeline>.Create(
        "invariant-to-county-order",
        "Whether a statistics file is sorted by code or by name must not change any county's score, rank or class.",
        Cases,
        (pipeline, c) =>
        {
            var original = Evaluate(pipeline, c);
            var reordered = Evaluate(pipeline, c.Reordered());
            var bad = original.Counties.FirstOrDefault(x => reordered.Find(x.Code) is not { } y || !Same(x, y));
            return bad is null ? null
                : $"listed in the order [{string.Join(", ", c.Order)}], county {bad.Code} went from {Describe(bad)} to {Describe(reordered.Find(bad.Code))}";
        });

    /// <summary>Two counties of the same city with identical data get exactly equal scores, the same rank and the same class.</summary>
    public static Law<EvaluationPipeline> EqualInputsEqualScoresAndRanks { get; } = Law<EvaluationPipeline>.Create(
        "equal-inputs-equal-scores-and-ranks",
        "Counties with identical statistics must be indistinguishable in the bulletin; otherwise a rounding accident decides who is class A.",
        Cases,
        (pipeline, c) =>
        {
            var result = Evaluate(pipeline, c);
            for (var a = 0; a < c.Counties.Length; a++)
            {
                for (var b = a + 1; b < c.Counties.Length; b++)
                {
                    if (!c.AreTwins(a, b))
                    {
                        continue;
                    }

                    var x = result.Find(c.Counties[a].Code.ToString());
                    var y = result.Find(c.Counties[b].Code.ToString());
                    if (x is not null && y is not null && !(Nullable.Equals(x.Score, y.Score) && x.Rank == y.Rank && x.Class == y.Class))
                    {
                        return $"counties {x.Code} and {y.Code} have identical data but got {Describe(x)} and {Describe(y)}";
                    }
                }
            }

            return null;
        });

    /// <summary>Improving one county's indicator (in its direction) in the data year never lowers its score. Applies when weights are fixed or equal at every level.</summary>
    public static Law<EvaluationPipeline> MonotoneInEachIndicator { get; } = Law<EvaluationPipeline>.Create(
        "monotone-in-each-indicator",
        "A county that raises its R&D spending, all else equal, must not fall in the bulletin; with data-driven weights this can legitimately fail, so the law applies to fixed and equal weights.",
        Cases,
        (pipeline, c) =>
        {
            var last = PanelCase.DataYears.Length - 1;
            var at = c.At(c.Indicator, last, c.Unit);
            if (double.IsNaN(c.Values[at]))
            {
                return null;
            }

            var direction = pipeline.Framework.GetIndicator(c.Indicators[c.Indicator]).Direction;
            var improved = c.Values[at] + (direction == IndicatorDirection.LessIsBetter ? -c.Step : c.Step);
            if (improved < 0)
            {
                return null;
            }

            var code = c.Counties[c.Unit].Code.ToString();
            var before = Evaluate(pipeline, c).Find(code)?.Score;
            var after = Evaluate(pipeline, c.WithValues(c.Values.SetItem(at, improved))).Find(code)?.Score;
            return before is not { } b || after is not { } a || Tolerance.AtMost(b, a) ? null
                : $"improving county {code}'s {c.Indicators[c.Indicator]} ({direction}) from {CaseText.Number(c.Values[at])} to {CaseText.Number(improved)} lowered its score from {CaseText.Number(b)} to {CaseText.Number(a)}";
        })
        .When("every level's weights are fixed or equal", p => p.Method.Levels.All(l => l.Weighting.Name is "fixed" or "equal"));

    /// <summary>The same panel gives an equal result every time, whichever thread runs it.</summary>
    public static Law<EvaluationPipeline> Deterministic { get; } = Law<EvaluationPipeline>.Create(
        "deterministic",
        "Anyone re-running the published evaluation must get the published bulletin, on any machine and any number of threads.",
        Cases,
        (pipeline, c) =>
        {
            var reference = Evaluate(pipeline, c);
            var results = new EvaluationResult[3];
            Parallel.For(0, results.Length, i => results[i] = Evaluate(pipeline, c));
            var bad = Array.FindIndex(results, r => !r.Equals(reference));
            return bad < 0 ? null : $"run {bad + 2} on another thread gave a different result";
        });

    /// <summary>Every pipeline law, in report order.</summary>
    public static ImmutableArray<Law<EvaluationPipeline>> All { get; } =
    [
        ScoresOnTheHundredPointScale, ClassesFollowTheThresholds, RanksFollowTheScores, InvariantToCountyOrder,
        EqualInputsEqualScoresAndRanks, MonotoneInEachIndicator, Deterministic,
    ];

    /// <summary>Checks <paramref name="pipeline"/> against every law that applies and returns the report.</summary>
    /// <param name="pipeline">The framework and method configuration.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null (consider fewer cases: each runs whole evaluations).</param>
    public static LawReport Check(EvaluationPipeline pipeline, LawCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return LawRunner.Check(pipeline, pipeline.Method.Name, All, options);
    }

    /// <summary>Checks every law that applies and throws a <see cref="LawViolationException"/> with the readable report when any fails.</summary>
    /// <param name="pipeline">The framework and method configuration.</param>
    /// <param name="options">Seed and number of cases; <see cref="LawCheckOptions.Default"/> when null.</param>
    /// <returns>The report, when every applicable law holds.</returns>
    public static LawReport ShouldSatisfyAllLaws(this EvaluationPipeline pipeline, LawCheckOptions? options = null) =>
        Check(pipeline, options).ThrowIfAnyFailed();

    private static FsCheck.Arbitrary<PanelCase> Cases(EvaluationPipeline pipeline) => PanelCase.Arbitrary(pipeline.Framework);

    private static EvaluationResult Evaluate(EvaluationPipeline pipeline, PanelCase c) => pipeline.Evaluate(c.Panel, c.Year);

    private static bool OnHundredPointScale(EvaluationPipeline pipeline)
    {
        var method = pipeline.Method;
        var registry = ScoringMethodRegistry.Default;
        try
        {
            var traits = registry.CreateNormalisation(method.Normalisation.Name, Parameters(method.Normalisation)).Traits;
            return traits.LowerBound >= 0 && traits.UpperBound <= 100
                && method.IndicatorNormalisation.IsEmpty
                && method.Levels.All(l => registry.CreateAggregation(l.Aggregation.Name, Parameters(l.Aggregation)).Traits.Scope == AggregationScope.PerUnit
                    && l.GroupAggregation.Values.All(g => registry.CreateAggregation(g.Name, Parameters(g)).Traits.Scope == AggregationScope.PerUnit));
        }
        catch (ScoringConfigurationException)
        {
            return false; // a method the built-in registry does not know: its range is not declared here
        }
    }

    private static MethodParameters Parameters(MethodChoice choice)
    {
        var parameters = MethodParameters.Empty;
        foreach (var (name, value) in choice.Parameters)
        {
            parameters = parameters.With(name, value);
        }

        foreach (var (name, value) in choice.TextParameters)
        {
            parameters = parameters.With(name, value);
        }

        return parameters;
    }

    private static bool Same(CountyEvaluation x, CountyEvaluation y) =>
        x.Rank == y.Rank && x.Class == y.Class
        && (x.Score, y.Score) switch
        {
            (null, null) => true,
            ({ } a, { } b) => Tolerance.Close(a, b),
            _ => false,
        };

    private static string Describe(CountyEvaluation? x) => x is null
        ? "absent"
        : $"score {(x.Score is { } s ? CaseText.Number(s) : "none")}, rank {x.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, class {x.Class?.ToString() ?? "none"}";
}

using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// An analysis made ready to run: the specification validated, the nominal evaluation done, each
/// assumption's uniforms located, and the engine chosen (with, for the fast one, every combination
/// of discrete choices evaluated once).
/// </summary>
internal sealed class UncertaintyModel
{
    /// <summary>Relative tolerance of the fast engine's self-check against the pipeline's own scores.</summary>
    internal const double SelfCheckTolerance = 1e-9;

    private const long MaxCompositeBytes = 512L * 1024 * 1024;

    private UncertaintyModel(
        IScenarioEvaluator evaluator,
        UncertaintySpecification specification,
        int[] offsets,
        ScenarioOutcome nominalOutcome,
        int[] nominalRanks,
        CompositeLayout? layout,
        string engineNote)
    {
        Evaluator = evaluator;
        Specification = specification;
        Offsets = offsets;
        NominalOutcome = nominalOutcome;
        NominalRanks = nominalRanks;
        Layout = layout;
        EngineNote = engineNote;
    }

    public IScenarioEvaluator Evaluator { get; }

    public UncertaintySpecification Specification { get; }

    /// <summary>Where each assumption's uniforms start; the last entry is the run dimension.</summary>
    public int[] Offsets { get; }

    public int Dimension => Offsets[^1];

    public ScenarioOutcome NominalOutcome { get; }

    public int[] NominalRanks { get; }

    /// <summary>The fast engine's layout, or null when the general engine runs.</summary>
    public CompositeLayout? Layout { get; }

    /// <summary>Which engine runs, and why.</summary>
    public string EngineNote { get; }

    public double[] ClassThresholds =>
        [Specification.Nominal.Method.ClassThresholds.A, Specification.Nominal.Method.ClassThresholds.B];

    /// <summary>A scorer for one worker.</summary>
    public IRunScorer CreateScorer() => Layout is not null
        ? new CompositeScorer(Layout)
        : new ScenarioScorer(Evaluator, Specification.Nominal, Specification.Assumptions, Offsets);

    /// <summary>Validates and prepares; every specification problem is reported at once.</summary>
    /// <exception cref="InvalidInputException">The specification cannot apply, or the nominal scenario cannot be evaluated.</exception>
    public static UncertaintyModel Prepare(
        IScenarioEvaluator evaluator,
        UncertaintySpecification specification,
        ScoringMethodRegistry registry,
        UncertaintyEngine engine,
        int threads,
        CancellationToken cancellationToken)
    {
        specification.ThrowIfInvalid(registry);
        var nominal = specification.Nominal;
        ScenarioOutcome nominalOutcome;
        try
        {
            nominalOutcome = evaluator.Evaluate(nominal);
        }
        catch (Exception e) when (RunFailures.IsMethodFailure(e) && e is not InvalidInputException)
        {
            throw Problem($"The nominal method cannot be evaluated on these data: {RunFailures.Describe(e)}");
        }

        var offsets = new int[specification.Assumptions.Length + 1];
        for (var a = 0; a < specification.Assumptions.Length; a++)
        {
            offsets[a + 1] = offsets[a] + specification.Assumptions[a].Dimension(nominal);
        }

        var nominalRanks = new int[nominalOutcome.Scores.Length];
        new DescendingRanker(nominalRanks.Length).Rank(nominalOutcome.Scores, nominalRanks);

        CompositeLayout? layout = null;
        string note;
        if (engine == UncertaintyEngine.General)
        {
            note = "general engine (requested): the whole evaluation re-run for every run";
        }
        else
        {
            var (built, whyNot) = TryBuildComposite(evaluator, specification, registry, offsets, nominalOutcome, threads, cancellationToken);
            layout = built;
            if (built is null && engine == UncertaintyEngine.Fast)
            {
                throw Problem($"The fast engine cannot run this specification: {whyNot}");
            }

            note = built is not null
                ? string.Create(CultureInfo.InvariantCulture, $"fast engine: {built.Tables.Length} combination(s) of discrete choices evaluated once, each run re-aggregates {built.Components} first-level columns")
                : $"general engine: {whyNot}";
        }

        return new UncertaintyModel(evaluator, specification, offsets, nominalOutcome, nominalRanks, layout, note);
    }

    private static (CompositeLayout? Layout, string? WhyNot) TryBuildComposite(
        IScenarioEvaluator evaluator,
        UncertaintySpecification specification,
        ScoringMethodRegistry registry,
        int[] offsets,
        ScenarioOutcome nominalOutcome,
        int threads,
        CancellationToken cancellationToken)
    {
        var nominal = specification.Nominal;
        var framework = nominal.Framework;
        var units = nominalOutcome.Scores.Length;
        var discrete = new List<(IDiscreteAssumption Assumption, int Offset)>();
        WeightPerturbation? weights = null;
        var weightOffset = -1;
        for (var a = 0; a < specification.Assumptions.Length; a++)
        {
            switch (specification.Assumptions[a])
            {
                case IDiscreteAssumption d:
                    discrete.Add((d, offsets[a]));
                    break;
                case WeightPerturbation { Level: 1 } w when weights is null:
                    weights = w;
                    weightOffset = offsets[a];
                    break;
                case var other:
                    return (null, $"assumption '{other.Name}' is continuous and not the first-level weights, so runs cannot reuse cached first-level scores");
            }
        }

        if (framework.Indicators.Any(i => framework.LevelOf(i.Code) == 1))
        {
            return (null, "some indicators sit directly under the index, so the first-level columns are not all groups");
        }

        var components = framework.FirstLevel.Length;
        if (nominalOutcome.Components != components)
        {
            return (null, "the evaluation does not report one sub-score per first-level indicator");
        }

        long combinations = 1;
        foreach (var (d, _) in discrete)
        {
            combinations *= d.Alternatives.Length;
        }

        if (combinations * components * units * 8 > MaxCompositeBytes)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"{combinations} combinations of discrete choices would need more than {MaxCompositeBytes >> 20} MB of cached columns"));
        }

        var nominalWeights = framework.FirstLevel.Select(g => g.Weight).ToArray();
        var tables = new CompositeTable[combinations];
        var whyNot = new string?[combinations];

        // Combinations are independent: evaluate them on every worker, each writing its own slot.
        Parallel.For(
            0,
            (int)combinations,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken },
            c =>
            {
                var scenario = nominal;
                var rest = c;
                var choice = new int[discrete.Count];
                for (var i = discrete.Count - 1; i >= 0; i--)
                {
                    var k = discrete[i].Assumption.Alternatives.Length;
                    choice[i] = rest % k;
                    rest /= k;
                }

                for (var i = 0; i < discrete.Count; i++)
                {
                    scenario = discrete[i].Assumption.Apply(scenario, choice[i]);
                }

                (tables[c], whyNot[c]) = BuildTable(evaluator, registry, scenario, framework.Depth, units, nominalWeights);
            });

        if (whyNot.FirstOrDefault(w => w is not null) is { } reason)
        {
            return (null, reason);
        }

        var layout = new CompositeLayout(
            units,
            nominalWeights,
            weightOffset,
            weights?.Factor ?? 0,
            [.. discrete.Select(d => d.Offset)],
            [.. discrete.Select(d => d.Assumption.Alternatives.Length)],
            tables);
        return (layout, null);
    }

    /// <summary>One combination's table, or why the fast path cannot serve it.</summary>
    private static (CompositeTable Table, string? WhyNot) BuildTable(
        IScenarioEvaluator evaluator,
        ScoringMethodRegistry registry,
        EvaluationScenario scenario,
        int depth,
        int units,
        double[] nominalWeights)
    {
        if (scenario.Method.FinalScaling.Name != "none")
        {
            return (CompositeTable.Failed("unused"), $"final scaling '{scenario.Method.FinalScaling.Name}' rescales the scores across units after aggregation");
        }

        ScenarioOutcome outcome;
        try
        {
            outcome = evaluator.Evaluate(scenario);
        }
        catch (Exception e) when (RunFailures.IsMethodFailure(e))
        {
            return (CompositeTable.Failed(RunFailures.Describe(e)), null);
        }

        var top = scenario.Method.LevelFor(depth - 1);
        IAggregation aggregation;
        try
        {
            aggregation = registry.CreateAggregation(top.Aggregation.Name, Parameters(top.Aggregation));
        }
        catch (Exception e) when (RunFailures.IsMethodFailure(e))
        {
            return (CompositeTable.Failed("unused"), $"the top-level aggregation '{top.Aggregation.Name}' cannot be created from the registry: {RunFailures.Describe(e)}");
        }

        var options = top.MinimumDataAvailability > 0
            ? AggregationOptions.WithAvailabilityThreshold(top.MinimumDataAvailability)
            : AggregationOptions.Default;
        var table = CompositeTable.Create(aggregation, options, outcome.SubScores);
        return (table, SelfCheck(table, units, nominalWeights, outcome.Scores));
    }

    /// <summary>Re-aggregates the table with the nominal weights; a difference from the pipeline's own scores disqualifies the fast path.</summary>
    private static string? SelfCheck(CompositeTable table, int units, double[] nominalWeights, double[] expected)
    {
        var layout = new CompositeLayout(units, nominalWeights, -1, 0, [], [], [table]);
        var scores = new double[units];
        var failure = new CompositeScorer(layout).Score([], scores);
        if (failure is not null)
        {
            return $"re-aggregating the first-level scores fails where the evaluation did not: {failure}";
        }

        for (var u = 0; u < units; u++)
        {
            var a = scores[u];
            var b = expected[u];
            if (double.IsNaN(a) != double.IsNaN(b) || (!double.IsNaN(b) && Math.Abs(a - b) > SelfCheckTolerance * Math.Max(1, Math.Abs(b))))
            {
                return string.Create(CultureInfo.InvariantCulture, $"the evaluation's score of unit {u} ({b:R}) is not the top-level aggregation of its first-level scores ({a:R})");
            }
        }

        return null;
    }

    internal static MethodParameters Parameters(MethodChoice choice)
    {
        var parameters = MethodParameters.Empty;
        foreach (var (name, value) in choice.Parameters)
        {
            parameters = parameters.With(name, value);
        }

        return parameters;
    }

    internal static InvalidInputException Problem(string message) =>
        new([DataProblem.At(UncertaintySpecification.Location, message)]);
}

using System.Globalization;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// Uncertainty and sensitivity analysis of the county ranking (排名的不确定性与敏感性分析): how much
/// each county's rank and class depend on the method's arbitrary choices.
/// </summary>
/// <remarks>
/// Same panel, specification and settings give bit-identical results whatever the thread count.
/// Time is read only from the <see cref="TimeProvider"/> given, and only for the progress rate.
/// </remarks>
public static class UncertaintyAnalysis
{
    /// <summary>The most memory the per-county rank histograms may take (4·n·(n + 1) bytes for n counties).</summary>
    public const long MaxRankHistogramBytes = 1L << 30;

    /// <summary>Runs a Monte Carlo uncertainty analysis of the ranking of <paramref name="year"/>.</summary>
    /// <param name="panel">The panel data (any number of years; the pipeline reads what the method needs).</param>
    /// <param name="year">The evaluation year (it evaluates the data of the year before).</param>
    /// <param name="specification">The nominal scenario and the uncertain assumptions.</param>
    /// <param name="settings">Runs, seed, threads, engine; <see cref="UncertaintySettings.Default"/> when null.</param>
    /// <param name="registry">The scoring methods by name; <see cref="ScoringMethodRegistry.Default"/> when null.</param>
    /// <param name="progress">Receives runs done and runs per second after each block of runs.</param>
    /// <param name="time">Where the progress rate's time comes from; no rate when null.</param>
    /// <param name="cancellationToken">Stops the runs between blocks.</param>
    /// <exception cref="InvalidInputException">The specification cannot apply, or the nominal method cannot be evaluated on the data.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static UncertaintyResult Run(
        Panel panel,
        EvaluationYear year,
        UncertaintySpecification specification,
        UncertaintySettings? settings = null,
        ScoringMethodRegistry? registry = null,
        IProgress<UncertaintyProgress>? progress = null,
        TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(panel);
        registry ??= ScoringMethodRegistry.Default;
        return Run(new PipelineEvaluator(panel, year, registry), year, specification, settings, registry, progress, time, cancellationToken);
    }

    /// <summary>Runs a sensitivity analysis (Saltelli design, N(d + 2) runs) and leaves each indicator out in turn.</summary>
    /// <param name="panel">The panel data.</param>
    /// <param name="year">The evaluation year.</param>
    /// <param name="specification">The nominal scenario and the uncertain assumptions.</param>
    /// <param name="settings">N (base runs), seed, threads, engine, bootstrap resamples.</param>
    /// <param name="registry">The scoring methods by name.</param>
    /// <param name="progress">Receives runs done and runs per second.</param>
    /// <param name="time">Where the progress rate's time comes from; no rate when null.</param>
    /// <param name="cancellationToken">Stops the runs between blocks.</param>
    /// <exception cref="InvalidInputException">The specification cannot apply, or the nominal method cannot be evaluated on the data.</exception>
    public static SensitivityResult Sensitivity(
        Panel panel,
        EvaluationYear year,
        UncertaintySpecification specification,
        UncertaintySettings? settings = null,
        ScoringMethodRegistry? registry = null,
        IProgress<UncertaintyProgress>? progress = null,
        TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(panel);
        registry ??= ScoringMethodRegistry.Default;
        return Sensitivity(new PipelineEvaluator(panel, year, registry), year, specification, settings, registry, progress, time, cancellationToken);
    }

    internal static UncertaintyResult Run(
        IScenarioEvaluator evaluator,
        EvaluationYear year,
        UncertaintySpecification specification,
        UncertaintySettings? settings,
        ScoringMethodRegistry registry,
        IProgress<UncertaintyProgress>? progress,
        TimeProvider? time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        settings ??= UncertaintySettings.Default;
        var model = UncertaintyModel.Prepare(evaluator, specification, registry, settings.Engine, settings.Threads, cancellationToken);
        var units = model.NominalRanks.Length;
        var bytes = RankHistogram.BytesFor(units, settings.Runs);
        if (bytes > MaxRankHistogramBytes)
        {
            throw UncertaintyModel.Problem(string.Create(CultureInfo.InvariantCulture, $"Rank histograms for {units} units would take {bytes >> 20} MB (n·(n + 1) counts of 2 bytes, 4 beyond 65,535 runs), more than the {MaxRankHistogramBytes >> 20} MB allowed."));
        }

        var sample = UncertaintySample.Draw(settings.Runs, model.Dimension, settings.Seed);
        var request = new MonteCarloRequest(units, model.Dimension, sample, model.NominalRanks, model.ClassThresholds, CollectRanks: true);
        var outcome = MonteCarloDriver.Run(request, model.CreateScorer, settings.Threads, progress, time, cancellationToken);
        using var histogram = outcome.Ranks!;

        var thresholds = specification.Nominal.Method.ClassThresholds;
        var counties = new CountyUncertainty[units];
        for (var u = 0; u < units; u++)
        {
            var (code, name, city) = evaluator.Units[u];
            var summary = histogram.Summarise(u);
            double ranked = summary.Ranked;
            double a = outcome.AtLeastA[u];
            var b = outcome.AtLeastB[u] - a;
            var c = ranked - outcome.AtLeastB[u];
            var score = model.NominalOutcome.Scores[u];
            double? nominalScore = double.IsNaN(score) ? null : score;
            counties[u] = CountyUncertainty.Of(
                code,
                name,
                city,
                nominalScore,
                model.NominalRanks[u] == 0 ? null : model.NominalRanks[u],
                thresholds.Classify(nominalScore),
                summary.Ranked,
                (summary.Mean, summary.Median, summary.Percentile5, summary.Percentile95, summary.Best, summary.Worst),
                ranked == 0 ? (double.NaN, double.NaN, double.NaN) : (a / ranked, b / ranked, c / ranked));
        }

        return UncertaintyResult.Create(year, evaluator.DataSource, evaluator.IsSynthetic, specification, settings, model.EngineNote, bytes, counties, sample, outcome.Failures);
    }

    internal static SensitivityResult Sensitivity(
        IScenarioEvaluator evaluator,
        EvaluationYear year,
        UncertaintySpecification specification,
        UncertaintySettings? settings,
        ScoringMethodRegistry registry,
        IProgress<UncertaintyProgress>? progress,
        TimeProvider? time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        settings ??= UncertaintySettings.Default;
        var model = UncertaintyModel.Prepare(evaluator, specification, registry, settings.Engine, settings.Threads, cancellationToken);
        var groups = new int[specification.Assumptions.Length];
        for (var a = 0; a < groups.Length; a++)
        {
            groups[a] = model.Offsets[a + 1] - model.Offsets[a];
        }

        var design = SaltelliDesign.Create(settings.Runs, groups, settings.Seed);
        var request = new MonteCarloRequest(model.NominalRanks.Length, design.Dimension, design.Rows, model.NominalRanks, model.ClassThresholds, CollectRanks: false);
        var outcome = MonteCarloDriver.Run(request, model.CreateScorer, settings.Threads, progress, time, cancellationToken);
        var names = specification.Assumptions.Select(a => a.Name).ToArray();
        var indices = SaltelliEstimator.Estimate(outcome.Outputs, design.BaseRuns, names, settings.BootstrapResamples, settings.Seed);
        var removals = LeaveOneIndicatorOut(evaluator, specification.Nominal, model.NominalRanks, cancellationToken);
        return SensitivityResult.Create(
            year,
            evaluator.IsSynthetic,
            design.BaseRuns,
            design.RunCount,
            outcome.Failures.Count(f => f is not null),
            model.EngineNote,
            indices,
            removals);
    }

    private static List<IndicatorRemoval> LeaveOneIndicatorOut(IScenarioEvaluator evaluator, EvaluationScenario nominal, int[] nominalRanks, CancellationToken cancellationToken)
    {
        var framework = nominal.Framework;
        var removals = new List<IndicatorRemoval>(framework.Indicators.Length);
        var ranks = new int[nominalRanks.Length];
        var ranker = new DescendingRanker(nominalRanks.Length);
        foreach (var indicator in framework.Indicators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var code = indicator.Code.ToString();
            try
            {
                var reduced = Without(framework, indicator.Code);
                var outcome = evaluator.Evaluate(nominal.WithFramework(reduced));
                ranker.Rank(outcome.Scores, ranks);
                var max = 0;
                var moved = 0;
                for (var u = 0; u < ranks.Length; u++)
                {
                    if (ranks[u] != 0 && nominalRanks[u] != 0)
                    {
                        var shift = Math.Abs(ranks[u] - nominalRanks[u]);
                        max = Math.Max(max, shift);
                        moved += shift == 0 ? 0 : 1;
                    }
                }

                removals.Add(IndicatorRemoval.Of(code, indicator.NameZh, MonteCarloDriver.MeanAbsoluteShift(ranks, nominalRanks), max, moved));
            }
            catch (Exception e) when (RunFailures.IsMethodFailure(e))
            {
                removals.Add(IndicatorRemoval.Of(code, indicator.NameZh, double.NaN, 0, 0, RunFailures.Describe(e)));
            }
        }

        return removals;
    }

    /// <summary>The framework without one indicator; groups left empty go too.</summary>
    internal static IndicatorFramework Without(IndicatorFramework framework, IndicatorCode indicator)
    {
        var indicators = framework.Indicators.Where(i => i.Code != indicator).ToList();
        var groups = framework.Groups.ToList();
        while (true)
        {
            var used = new HashSet<IndicatorCode>(indicators.Select(i => i.ParentCode));
            foreach (var g in groups.Where(g => g.ParentCode is not null))
            {
                used.Add(g.ParentCode!.Value);
            }

            var empty = groups.Where(g => !g.IsRoot && !used.Contains(g.Code)).ToList();
            if (empty.Count == 0)
            {
                break;
            }

            groups.RemoveAll(empty.Contains);
        }

        return IndicatorFramework.Create(groups, indicators, $"framework without {indicator}");
    }
}

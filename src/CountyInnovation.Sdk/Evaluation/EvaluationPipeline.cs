using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Imputation;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Scoring.Treatment;
using CountyInnovation.Sdk.Scoring.Weighting;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// The annual evaluation (年度监测评价) as a pure function: a framework and a method configuration,
/// checked and compiled once by <see cref="Create"/> — every impossible combination is refused there,
/// before any data is touched — then <see cref="Evaluate(Panel, EvaluationYear)"/> turns a panel and an evaluation year
/// into an <see cref="EvaluationResult"/>. Steps: screening by data availability, imputation,
/// outlier treatment, normalisation (qualitative scores scaled), weighting and aggregation level by
/// level up the indicator tree, final scaling, ranks and classes. No I/O, no clock, no randomness:
/// equal inputs give bit-identical results.
/// </summary>
public sealed partial class EvaluationPipeline : IEquatable<EvaluationPipeline>
{
    private readonly IImputation[] imputations;
    private readonly IOutlierTreatment? treatment;
    private readonly IndicatorPlan[] indicatorPlans;
    private readonly GroupPlan[] groupPlans; // children before parents
    private readonly int rootGroup;
    private readonly int[] firstLevelGroups;
    private readonly ScoringMethodRegistry registry;

    private EvaluationPipeline(
        IndicatorFramework framework,
        MethodConfiguration method,
        ScoringMethodRegistry registry,
        IImputation[] imputations,
        IOutlierTreatment? treatment,
        IndicatorPlan[] indicatorPlans,
        GroupPlan[] groupPlans,
        int rootGroup,
        int[] firstLevelGroups)
    {
        Framework = framework;
        Method = method;
        this.registry = registry;
        this.imputations = imputations;
        this.treatment = treatment;
        this.indicatorPlans = indicatorPlans;
        this.groupPlans = groupPlans;
        this.rootGroup = rootGroup;
        this.firstLevelGroups = firstLevelGroups;
    }

    /// <summary>The indicator framework.</summary>
    public IndicatorFramework Framework { get; }

    /// <summary>The method configuration.</summary>
    public MethodConfiguration Method { get; }

    /// <summary>
    /// Checks a framework and a method configuration together and compiles the pipeline. Every
    /// problem is reported at once: unknown methods or parameters, overrides naming indicators or
    /// groups the framework lacks, normalisations missing what they need (goalposts, a target), and
    /// aggregations that cannot take what the step before produces (a geometric mean after min-max
    /// with lower bound 0, for example).
    /// </summary>
    /// <param name="framework">The indicator framework.</param>
    /// <param name="method">The method configuration.</param>
    /// <param name="registry">Where method names are looked up; <see cref="ScoringMethodRegistry.Default"/> when omitted.</param>
    /// <exception cref="InvalidInputException">The combination cannot run; each problem names the step, indicator or group.</exception>
    public static EvaluationPipeline Create(IndicatorFramework framework, MethodConfiguration method, ScoringMethodRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(method);
        registry ??= ScoringMethodRegistry.Default;
        var place = SourceLocation.Of($"method '{method.Name}'");
        var problems = new List<DataProblem>();
        void Report(string message, string? indicator = null)
        {
            var problem = DataProblem.At(place, message, indicator: indicator);
            if (!problems.Contains(problem))
            {
                problems.Add(problem);
            }
        }

        T? Build<T>(MethodChoice choice, Func<string, MethodParameters, T> factory, string step)
            where T : class
        {
            try
            {
                return factory(choice.Name, ToParameters(choice));
            }
            catch (ScoringConfigurationException e)
            {
                foreach (var p in e.Problems)
                {
                    Report($"{step} '{choice.Name}': {p.Message}");
                }

                return null;
            }
        }

        var imputations = method.Imputation.Select(c => Build(c, (n, p) => registry.CreateImputation(n, p), "imputation")).ToArray();
        var treatment = method.OutlierTreatmentEnabled ? Build(method.OutlierTreatment, (n, p) => registry.CreateOutlierTreatment(n, p), "outlier treatment") : null;
        CheckScaling(method.QualitativeScaling, "qualitative scaling", Report);
        CheckScaling(method.FinalScaling, "final scaling", Report);

        foreach (var code in method.IndicatorNormalisation.Keys)
        {
            if (!IndicatorCode.TryParse(code, out var parsed) || !framework.TryGetIndicator(parsed, out _))
            {
                Report($"The normalisation override names '{code}', which is not an indicator of the framework '{framework.Root.Code}'.");
            }
        }

        var groups = framework.Groups;
        var groupIndex = new Dictionary<IndicatorCode, int>();
        for (var g = 0; g < groups.Length; g++)
        {
            groupIndex[groups[g].Code] = g;
        }

        var heights = new int[groups.Length];
        for (var g = groups.Length - 1; g >= 0; g--)
        {
            var height = 0;
            foreach (var child in framework.ChildrenOf(groups[g].Code))
            {
                height = Math.Max(height, groupIndex.TryGetValue(child, out var c) ? heights[c] : 0);
            }

            heights[g] = height + 1;
        }

        var levelCount = heights.Length == 0 ? 0 : heights.Max();
        foreach (var (level, levelMethod) in method.Levels.Select((l, i) => (i, l)))
        {
            foreach (var code in levelMethod.GroupAggregation.Keys)
            {
                if (!IndicatorCode.TryParse(code, out var parsed) || !groupIndex.TryGetValue(parsed, out var g))
                {
                    Report($"The aggregation override of level {level} names '{code}', which is not a group of the framework '{framework.Root.Code}'.");
                }
                else if (heights[g] - 1 != level && !(level == method.Levels.Length - 1 && heights[g] - 1 >= level))
                {
                    Report($"The aggregation override of level {level} names the group '{code}', which is aggregated at level {heights[g] - 1}.");
                }
            }
        }

        var indicatorPlans = new IndicatorPlan[framework.Indicators.Length];
        for (var i = 0; i < indicatorPlans.Length; i++)
        {
            var indicator = framework.Indicators[i];
            var polarity = indicator.Direction == IndicatorDirection.LessIsBetter ? Polarity.LessIsBetter : Polarity.MoreIsBetter;
            if (indicator.Kind == IndicatorKind.Qualitative)
            {
                indicatorPlans[i] = new IndicatorPlan(indicator, polarity, null, default, false);
                continue;
            }

            var choice = method.NormalisationFor(indicator.Code.ToString());
            var pooled = MethodNames.IsPooled(choice, out var pooledProblem);
            if (pooledProblem is not null)
            {
                Report($"normalisation of '{indicator.Code}': {pooledProblem}", indicator.Code.ToString());
            }

            var normalisation = Build(MethodNames.WithoutPooled(choice), (n, p) => registry.CreateNormalisation(n, p), $"normalisation of '{indicator.Code}'");
            var context = NormalisationContext.For(polarity);
            if (indicator.Goalposts is { } gp)
            {
                context = context.WithGoalposts(Scoring.Normalisation.Goalposts.Of(gp.Lower, gp.Upper));
            }

            if (indicator.StandardValue is { } target)
            {
                context = context.WithTarget(target);
            }

            if (normalisation is not null)
            {
                foreach (var p in ScoringCompatibility.Check(normalisation, context, indicator.Code.ToString()))
                {
                    Report(p.Message, indicator.Code.ToString());
                }
            }

            indicatorPlans[i] = new IndicatorPlan(indicator, polarity, normalisation, context, pooled);
        }

        var groupPlans = new GroupPlan[groups.Length];
        var weightings = new Dictionary<int, IWeighting?>();
        for (var g = groups.Length - 1; g >= 0; g--)
        {
            var level = heights[g] - 1;
            var levelMethod = method.LevelFor(level);
            var aggregation = Build(levelMethod.AggregationFor(groups[g].Code.ToString()), (n, p) => registry.CreateAggregation(n, p), $"level {level} aggregation of '{groups[g].Code}'");
            if (!weightings.TryGetValue(level, out var weighting))
            {
                weighting = MethodNames.IsFrameworkWeights(levelMethod.Weighting) ? null : Build(levelMethod.Weighting, (n, p) => registry.CreateWeighting(n, p), $"level {level} weighting");
                weightings[level] = weighting;
            }

            var children = framework.ChildrenOf(groups[g].Code);
            var sources = new int[children.Length];
            var fixedWeights = new double[children.Length];
            for (var c = 0; c < children.Length; c++)
            {
                if (groupIndex.TryGetValue(children[c], out var childGroup))
                {
                    sources[c] = ~childGroup;
                    fixedWeights[c] = groups[childGroup].Weight;
                }
                else
                {
                    var leaf = framework.IndexOf(children[c]);
                    sources[c] = leaf;
                    fixedWeights[c] = framework.Indicators[leaf].Weight;
                }
            }

            var total = fixedWeights.Sum();
            for (var c = 0; c < fixedWeights.Length; c++)
            {
                fixedWeights[c] /= total;
            }

            groupPlans[groups.Length - 1 - g] = new GroupPlan(g, sources, fixedWeights, weighting, aggregation!, AggregationOptions.WithAvailabilityThreshold(levelMethod.MinimumDataAvailability), levelMethod.Weighting.Name);
        }

        CheckChains(framework, method, indicatorPlans, groupPlans, groupIndex, Report);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var firstLevel = framework.FirstLevel.Select(f => groupIndex[f.Code]).ToArray();
        return new EvaluationPipeline(framework, method, registry, imputations!, treatment, indicatorPlans, groupPlans, groupIndex[framework.Root.Code], firstLevel);
    }

    /// <summary>Checks a framework and a method and evaluates the panel for one year (see <see cref="Create"/> and <see cref="Evaluate(Panel, EvaluationYear)"/>).</summary>
    /// <param name="panel">The data.</param>
    /// <param name="framework">The indicator framework.</param>
    /// <param name="method">The method configuration.</param>
    /// <param name="year">The evaluation year; its data year (year − 1) must be in the panel.</param>
    /// <exception cref="InvalidInputException">The method cannot run, or the panel lacks the data year or an indicator.</exception>
    public static EvaluationResult Evaluate(Panel panel, IndicatorFramework framework, MethodConfiguration method, EvaluationYear year) =>
        Create(framework, method).Evaluate(panel, year);

    /// <summary>Evaluates one year.</summary>
    /// <param name="panel">The data; the counties present in the data year are evaluated.</param>
    /// <param name="year">The evaluation year; it uses the data of year − 1.</param>
    /// <exception cref="InvalidInputException">The panel has no data for the data year, or lacks an indicator.</exception>
    public EvaluationResult Evaluate(Panel panel, EvaluationYear year) => Prepare(panel, year, detail: false).Execute()!;

    /// <summary>
    /// Evaluates one year as <see cref="Evaluate(Panel, EvaluationYear)"/> does but keeps only the
    /// scores and first-level sub-scores: no ranks, classes or records. The uncertainty engine
    /// evaluates every combination of discrete choices this way.
    /// </summary>
    internal PipelineScores EvaluateScores(Panel panel, EvaluationYear year)
    {
        var run = Prepare(panel, year, detail: false, scoresOnly: true);
        run.Execute();
        return run.Scores!;
    }

    /// <summary>Checks a framework and a method and evaluates the panel for one year with every intermediate number (see <see cref="EvaluateInDetail(Panel, EvaluationYear)"/>).</summary>
    /// <param name="panel">The data.</param>
    /// <param name="framework">The indicator framework.</param>
    /// <param name="method">The method configuration.</param>
    /// <param name="year">The evaluation year.</param>
    /// <exception cref="InvalidInputException">The method cannot run, or the panel lacks the data year or an indicator.</exception>
    public static EvaluationDetail EvaluateInDetail(Panel panel, IndicatorFramework framework, MethodConfiguration method, EvaluationYear year) =>
        Create(framework, method).EvaluateInDetail(panel, year);

    /// <summary>
    /// Evaluates one year as <see cref="Evaluate(Panel, EvaluationYear)"/> does and keeps every
    /// intermediate number: raw, imputed, treated and normalised values of every indicator, the
    /// weights applied and the aggregate and rank of every group at every level, and the imputed and
    /// treated panels. The <see cref="EvaluationDetail.Result"/> equals what <see cref="Evaluate(Panel, EvaluationYear)"/> returns.
    /// </summary>
    /// <param name="panel">The data; the counties present in the data year are evaluated.</param>
    /// <param name="year">The evaluation year; it uses the data of year − 1.</param>
    /// <exception cref="InvalidInputException">The panel has no data for the data year, or lacks an indicator.</exception>
    public EvaluationDetail EvaluateInDetail(Panel panel, EvaluationYear year)
    {
        var run = Prepare(panel, year, detail: true);
        run.Execute();
        return run.Detail!;
    }

    private Run Prepare(Panel panel, EvaluationYear year, bool detail, bool scoresOnly = false)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var dataYear = year.DataYear;
        var yearIndex = panel.IndexOfYear(dataYear);
        var problems = new List<DataProblem>();
        var source = SourceLocation.Of(panel.Metadata.Source);
        if (yearIndex < 0)
        {
            var years = panel.Years.IsEmpty ? "none" : $"{panel.Years[0]}–{panel.Years[^1]}";
            problems.Add(DataProblem.At(source, $"The {year} evaluation needs the data of {dataYear}, which the data do not have (data years: {years}; evaluation years: {(panel.Years.IsEmpty ? "none" : $"{panel.Years[0] + 1}–{panel.Years[^1] + 1}")})."));
        }

        if (indicatorPlans.Any(p => !panel.Contains(p.Indicator.Code)))
        {
            try
            {
                panel = DerivedIndicators.Derive(panel, Framework).Panel;
            }
            catch (InvalidInputException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return new Run(this, panel, yearIndex, year, detail, scoresOnly);
    }

    /// <inheritdoc />
    public bool Equals(EvaluationPipeline? other) =>
        other is not null && Framework.Equals(other.Framework) && Method.Equals(other.Method) && registry.Equals(other.registry);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EvaluationPipeline);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Framework, Method);

    /// <summary>Formats as the framework and the method.</summary>
    public override string ToString() => $"{Framework} × {Method}";

    internal static MethodParameters ToParameters(MethodChoice choice)
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

    private static void CheckScaling(MethodChoice choice, string step, Action<string, string?> report)
    {
        var known = MethodNames.Known(step == "final scaling" ? MethodStep.FinalScaling : MethodStep.QualitativeScaling);
        if (!known.Contains(choice.Name))
        {
            report($"Unknown {step} method '{choice.Name}'; known: {string.Join(", ", known)}.", null);
        }

        if (choice.Name is "linear" or "min-max" && choice.Get("lower", 0) >= choice.Get("upper", 100))
        {
            report($"The {step} '{choice}' needs lower < upper.", null);
        }

        if (choice.Name == "fraction-of-max" && !(choice.Get("scale", 100) > 0))
        {
            report($"The {step} '{choice}' needs a positive scale.", null);
        }
    }

    /// <summary>The compatibility check of every indicator's chain: its normalisation (or qualitative scaling) and the aggregations above it.</summary>
    private static void CheckChains(
        IndicatorFramework framework,
        MethodConfiguration method,
        IndicatorPlan[] indicators,
        GroupPlan[] groups,
        Dictionary<IndicatorCode, int> groupIndex,
        Action<string, string?> report)
    {
        var aggregationOf = new IAggregation?[framework.Groups.Length];
        foreach (var plan in groups)
        {
            aggregationOf[plan.Group] = plan.Aggregation;
        }

        // The same reason usually holds for many indicators: report it once, naming them all.
        var reasons = new List<(string Message, string Indicator)>();
        foreach (var plan in indicators)
        {
            var chain = new List<IAggregation>();
            IndicatorCode? current = plan.Indicator.ParentCode;
            while (current is { } c && groupIndex.TryGetValue(c, out var g))
            {
                if (aggregationOf[g] is { } a)
                {
                    chain.Add(a);
                }

                current = framework.ParentOf(c);
            }

            var code = plan.Indicator.Code.ToString();
            if (plan.Normalisation is { } normalisation)
            {
                reasons.AddRange(ScoringCompatibility.Check(normalisation, chain).Select(p => (p.Message, code)));
            }
            else if (plan.Indicator.Kind == IndicatorKind.Qualitative && chain.Count > 0 && chain[0].Traits.RequiresPositiveInput)
            {
                var lowest = method.QualitativeScaling.Name == "linear" ? method.QualitativeScaling.Get("lower", 0) : plan.Indicator.Goalposts?.Lower ?? 0;
                if (lowest <= 0)
                {
                    reasons.Add((
                        string.Create(CultureInfo.InvariantCulture, $"the aggregation '{chain[0].Name}' needs strictly positive values, but the qualitative scaling '{method.QualitativeScaling}' gives the lowest score {lowest}. Give the scaling a positive lower bound or aggregate arithmetically."),
                        code));
                }
            }
        }

        foreach (var reason in reasons.GroupBy(r => r.Message, StringComparer.Ordinal))
        {
            var codes = reason.Select(r => r.Indicator).ToList();
            report(
                codes.Count == 1 ? reason.Key : $"Indicators {string.Join(", ", codes)}: {reason.Key}",
                codes.Count == 1 ? codes[0] : null);
        }
    }

    // Pooled: the normalisation's statistics are taken over every year of the panel stacked.
    private readonly record struct IndicatorPlan(Indicator Indicator, Polarity Polarity, INormalisation? Normalisation, NormalisationContext Context, bool Pooled);

    private sealed record GroupPlan(int Group, int[] Sources, double[] FixedWeights, IWeighting? Weighting, IAggregation Aggregation, AggregationOptions Options, string WeightingName);

    /// <summary>One evaluation's working state: columns per indicator and per group, over the scored units.</summary>
    private sealed class Run
    {
        private readonly EvaluationPipeline pipeline;
        private readonly Panel panel;
        private readonly int yearIndex;
        private readonly EvaluationYear year;
        private readonly DetailCapture? capture;
        private readonly bool scoresOnly;

        public Run(EvaluationPipeline pipeline, Panel panel, int yearIndex, EvaluationYear year, bool detail, bool scoresOnly)
        {
            this.pipeline = pipeline;
            this.panel = panel;
            this.yearIndex = yearIndex;
            this.year = year;
            this.scoresOnly = scoresOnly;
            capture = detail ? new DetailCapture() : null;
        }

        /// <summary>The scores of the run, after <see cref="Execute()"/> when only they were asked for.</summary>
        public PipelineScores? Scores { get; private set; }

        /// <summary>The detail of the run, after <see cref="Execute()"/> when it was asked for.</summary>
        public EvaluationDetail? Detail { get; private set; }

        /// <summary>Runs the evaluation: its result, or null when only the <see cref="Scores"/> were asked for.</summary>
        public EvaluationResult? Execute()
        {
            var m = pipeline.indicatorPlans.Length;
            var presence = panel.Presence(yearIndex);
            var present = new List<int>(presence.Length);
            for (var c = 0; c < presence.Length; c++)
            {
                if (presence[c])
                {
                    present.Add(c);
                }
            }

            var p = present.Count;
            var presentUnits = present.ToArray();

            // The working columns live in pooled buffers for the one evaluation: at 100,000 units
            // each is a large-object-heap array, and allocating them anew every time costs gen-2 collections.
            var pool = ArrayPool<double>.Shared;
            var raw = pool.Rent(Math.Max(m * p, 1));
            double[]? screened = null;
            var scratch = pool.Rent(Math.Max(p, 1));
            var groupValues = pool.Rent(Math.Max(pipeline.Framework.Groups.Length * p, 1));
            var maxChildren = 0;
            foreach (var plan in pipeline.groupPlans)
            {
                maxChildren = Math.Max(maxChildren, plan.Sources.Length);
            }

            var buffer = pool.Rent(Math.Max(maxChildren * p, 1));
            var scores = pool.Rent(Math.Max(p, 1));
            var treatedFlags = ArrayPool<bool>.Shared.Rent(Math.Max(m * p, 1));
            try
            {
                return Execute(present, presentUnits, raw, ref screened, scratch, groupValues, buffer, scores, treatedFlags);
            }
            finally
            {
                pool.Return(raw);
                if (screened is not null)
                {
                    pool.Return(screened);
                }

                pool.Return(scratch);
                pool.Return(groupValues);
                pool.Return(buffer);
                pool.Return(scores);
                ArrayPool<bool>.Shared.Return(treatedFlags);
            }
        }

        private EvaluationResult? Execute(List<int> present, int[] presentUnits, double[] raw, ref double[]? screened, double[] scratchArray, double[] groupValues, double[] buffer, double[] scoresArray, bool[] treatedFlags)
        {
            var plans = pipeline.indicatorPlans;
            var m = plans.Length;
            var p = present.Count;

            // Raw values of every present county, indicator-major.
            var observed = new int[p];
            for (var i = 0; i < m; i++)
            {
                var column = raw.AsSpan(i * p, p);
                Gather(panel.Column(panel.IndexOf(plans[i].Indicator.Code), yearIndex), presentUnits, column);
                for (var u = 0; u < p; u++)
                {
                    if (!double.IsNaN(column[u]))
                    {
                        observed[u]++;
                    }
                }
            }

            // Screening: the scored units.
            var threshold = pipeline.Method.ScreeningThreshold;
            var scoredIndex = new int[p];
            var units = new List<int>(p);
            for (var u = 0; u < p; u++)
            {
                var share = m == 0 ? 1 : (double)observed[u] / m;
                scoredIndex[u] = share >= threshold && observed[u] > 0 ? units.Count : -1;
                if (scoredIndex[u] >= 0)
                {
                    units.Add(u);
                }
            }

            var s = units.Count;
            var values = raw;
            if (s < p)
            {
                // Some counties screened out: keep a copy of the raw values for their report.
                values = screened = ArrayPool<double>.Shared.Rent(Math.Max(m * s, 1));
                for (var i = 0; i < m; i++)
                {
                    for (var k = 0; k < s; k++)
                    {
                        values[(i * s) + k] = raw[(i * p) + units[k]];
                    }
                }
            }

            var imputed = new List<(int Unit, int Indicator, ImputedValue Value)>();
            var treatments = new List<(int Indicator, TreatmentOutcome Outcome)>();
            var anyTreated = false;
            treatedFlags.AsSpan(0, m * s).Clear();
            var scratch = scratchArray.AsSpan(0, s);
            int[]? groupLabels = null;
            capture?.Start(raw.AsSpan(0, m * p), m * s, pipeline.Framework.Groups.Length);
            for (var i = 0; i < m; i++)
            {
                var column = values.AsSpan(i * s, s);
                foreach (var imputation in pipeline.imputations)
                {
                    if (!HasMissing(column))
                    {
                        break;
                    }

                    if (imputation.Requirements == ImputationRequirements.History)
                    {
                        ImputeFromOwnHistory(imputation, plans[i].Indicator, i, column, units, presentUnits, imputed);
                        continue;
                    }

                    var input = imputation.Requirements.HasFlag(ImputationRequirements.History)
                        ? ImputationInput.ForYear(History(plans[i].Indicator, PanelPositions(units, presentUnits), column), panel.Years[yearIndex])
                        : ImputationInput.ForColumn(column);
                    if (imputation.Requirements.HasFlag(ImputationRequirements.Groups))
                    {
                        groupLabels ??= GroupLabels(units, presentUnits);
                        input = input.WithGroups(groupLabels);
                    }

                    var outcome = imputation.Impute(input, scratch);
                    scratch.CopyTo(column);
                    foreach (var value in outcome.Imputed)
                    {
                        imputed.Add((value.UnitIndex, i, value));
                    }
                }

                capture?.KeepImputed(i, column);
                if (pipeline.treatment is { } treatment && plans[i].Indicator.Kind == IndicatorKind.Quantitative)
                {
                    var outcome = treatment.Treat(column, scratch);
                    scratch.CopyTo(column);
                    if (outcome.Action is TreatmentAction.Winsorised or TreatmentAction.LogTransformed)
                    {
                        treatments.Add((i, outcome));
                        anyTreated = true;
                        var flags = treatedFlags.AsSpan(i * s, s);
                        foreach (var point in outcome.Points)
                        {
                            flags[point.UnitIndex] = true;
                        }

                        if (outcome.Action == TreatmentAction.LogTransformed)
                        {
                            for (var k = 0; k < s; k++)
                            {
                                if (!double.IsNaN(column[k]))
                                {
                                    flags[k] = true;
                                }
                            }
                        }
                    }
                }

                capture?.KeepTreated(i, column);
                try
                {
                    Normalise(plans[i], column, scratch);
                }
                catch (NormalisationException e)
                {
                    throw Failed($"normalising indicator '{plans[i].Indicator.Code}' failed: {e.Message}", plans[i].Indicator.Code.ToString());
                }

                scratch.CopyTo(column);
            }

            // Aggregation, children before parents.
            foreach (var plan in pipeline.groupPlans)
            {
                var k = plan.Sources.Length;

                for (var c = 0; c < k; c++)
                {
                    var source = plan.Sources[c];
                    var from = source >= 0 ? values.AsSpan(source * s, s) : groupValues.AsSpan(~source * s, s);
                    from.CopyTo(buffer.AsSpan(c * s, s));
                }

                var components = buffer.AsSpan(0, k * s);
                ReadOnlySpan<double> weights = plan.FixedWeights;
                if (plan.Weighting is { } weighting && s > 0)
                {
                    var polarities = new Polarity[k];
                    polarities.AsSpan().Fill(Polarity.MoreIsBetter);
                    try
                    {
                        weights = weighting.Weigh(ComponentMatrix.FromColumnMajor(s, k, components), polarities).AsSpan();
                    }
                    catch (WeightingException e)
                    {
                        throw Failed($"weighting the components of '{pipeline.Framework.Groups[plan.Group].Code}' failed: {e.Message}", null);
                    }
                }

                capture?.KeepWeights(plan.Group, weights);
                try
                {
                    plan.Aggregation.Aggregate(components, s, weights, plan.Options, groupValues.AsSpan(plan.Group * s, s));
                }
                catch (AggregationException e)
                {
                    throw Failed($"aggregating '{pipeline.Framework.Groups[plan.Group].Code}' failed: {e.Message}", null);
                }
            }

            var scores = scoresArray.AsSpan(0, s);
            groupValues.AsSpan(pipeline.rootGroup * s, s).CopyTo(scores);
            FinalScaling(scores);
            if (scoresOnly)
            {
                Scores = ScoresOf(presentUnits, scoredIndex, s, groupValues, scores);
                return null;
            }

            var result = Assemble(present, presentUnits, observed, scoredIndex, units, values, groupValues, scores, imputed, treatments, anyTreated ? treatedFlags : null);
            if (capture is not null)
            {
                Detail = capture.Build(pipeline, panel, result, scoredIndex, units, presentUnits, values.AsSpan(0, m * s), groupValues.AsSpan(0, pipeline.Framework.Groups.Length * s));
            }

            return result;
        }

        /// <summary>A scoring step that cannot run on these data (every value equal under a strict zero-range policy, for example), placed in the data and the year.</summary>
        private InvalidInputException Failed(string message, string? indicator) =>
            new([DataProblem.At(SourceLocation.Of(panel.Metadata.Source), $"The {year} evaluation (data of {year.DataYear}): {message}", indicator: indicator)]);

        private static void Gather(ReadOnlySpan<double> column, ReadOnlySpan<int> units, Span<double> destination)
        {
            for (var u = 0; u < units.Length; u++)
            {
                destination[u] = column[units[u]];
            }
        }

        private static bool HasMissing(ReadOnlySpan<double> column)
        {
            foreach (var v in column)
            {
                if (double.IsNaN(v))
                {
                    return true;
                }
            }

            return false;
        }

        private void Normalise(IndicatorPlan plan, ReadOnlySpan<double> column, Span<double> destination)
        {
            if (plan.Normalisation is { } normalisation)
            {
                var context = plan.Context;
                if (plan.Pooled)
                {
                    // Panel ("pooled") normalisation: min, max, mean and sd over every year of the
                    // panel stacked, so that scores of different years compare.
                    var index = panel.IndexOf(plan.Indicator.Code);
                    var stats = ColumnStatistics.Pooled(Enumerable.Range(0, panel.Years.Length).Select(y => panel.ColumnMemory(index, y)));
                    if (stats.Count > 0)
                    {
                        context = context.WithReferenceStatistics(stats);
                    }
                }

                normalisation.Normalise(column, context, destination);
                return;
            }

            var scaling = pipeline.Method.QualitativeScaling;
            if (scaling.Name != "linear" || plan.Indicator.Goalposts is not { } scale)
            {
                column.CopyTo(destination);
                return;
            }

            var lower = scaling.Get("lower", 0);
            var upper = scaling.Get("upper", 100);
            var width = scale.Upper - scale.Lower;
            for (var k = 0; k < column.Length; k++)
            {
                var x = column[k];
                destination[k] = double.IsNaN(x) ? double.NaN : lower + (Math.Clamp((x - scale.Lower) / width, 0, 1) * (upper - lower));
            }
        }

        private void FinalScaling(Span<double> scores)
        {
            var scaling = pipeline.Method.FinalScaling;
            if (scaling.Name == "none")
            {
                return;
            }

            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            foreach (var x in scores)
            {
                if (!double.IsNaN(x))
                {
                    min = Math.Min(min, x);
                    max = Math.Max(max, x);
                }
            }

            if (double.IsInfinity(min))
            {
                return;
            }

            for (var k = 0; k < scores.Length; k++)
            {
                var x = scores[k];
                if (double.IsNaN(x))
                {
                    continue;
                }

                scores[k] = scaling.Name switch
                {
                    // All equal: every unit gets the top of the scale.
                    "min-max" => max == min ? scaling.Get("upper", 100) : scaling.Get("lower", 0) + ((x - min) / (max - min) * (scaling.Get("upper", 100) - scaling.Get("lower", 0))),
                    _ => max > 0 ? x / max * scaling.Get("scale", 100) : throw new InvalidInputException([DataProblem.At(SourceLocation.Of(panel.Metadata.Source), string.Create(CultureInfo.InvariantCulture, $"The final scaling 'fraction-of-max' needs a positive best score; the best is {max}."))]),
                };
            }
        }

        /// <summary>
        /// A history-only imputation (carry forward, interpolation) works county by county on the
        /// county's own past, so it is given the counties with a gap only: the cost follows the
        /// number of gaps, not the number of counties times years.
        /// </summary>
        private void ImputeFromOwnHistory(IImputation imputation, Indicator indicator, int indicatorIndex, Span<double> column, List<int> units, int[] presentUnits, List<(int Unit, int Indicator, ImputedValue Value)> imputed)
        {
            var gaps = new List<int>();
            for (var k = 0; k < column.Length; k++)
            {
                if (double.IsNaN(column[k]))
                {
                    gaps.Add(k);
                }
            }

            var positions = new int[gaps.Count];
            for (var g = 0; g < gaps.Count; g++)
            {
                positions[g] = presentUnits[units[gaps[g]]];
            }

            var missing = new double[gaps.Count];
            missing.AsSpan().Fill(double.NaN);
            var filled = new double[gaps.Count];
            var outcome = imputation.Impute(ImputationInput.ForYear(History(indicator, positions, missing), panel.Years[yearIndex]), filled);
            for (var g = 0; g < gaps.Count; g++)
            {
                column[gaps[g]] = filled[g];
            }

            foreach (var value in outcome.Imputed)
            {
                imputed.Add((gaps[value.UnitIndex], indicatorIndex, value));
            }
        }

        private static int[] PanelPositions(List<int> units, int[] presentUnits)
        {
            var positions = new int[units.Count];
            for (var k = 0; k < units.Count; k++)
            {
                positions[k] = presentUnits[units[k]];
            }

            return positions;
        }

        /// <summary>The indicator's values for the counties at <paramref name="positions"/> (panel order), every year up to the data year, whose own column is <paramref name="current"/>.</summary>
        private IndicatorHistory History(Indicator indicator, int[] positions, ReadOnlySpan<double> current)
        {
            // Only years up to the data year: an evaluation never reads the future, so re-running an
            // old evaluation gives what was computable then.
            var columns = new List<KeyValuePair<int, IReadOnlyList<double>>>(yearIndex + 1);
            for (var y = 0; y <= yearIndex; y++)
            {
                var column = new double[positions.Length];
                if (y == yearIndex)
                {
                    current.CopyTo(column);
                }
                else
                {
                    Gather(panel.Column(panel.IndexOf(indicator.Code), y), positions, column);
                }

                columns.Add(KeyValuePair.Create(panel.Years[y], (IReadOnlyList<double>)column));
            }

            return IndicatorHistory.Create(columns);
        }

        private int[] GroupLabels(List<int> units, int[] presentUnits)
        {
            var labels = new int[units.Count];
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < units.Count; k++)
            {
                var group = panel.Counties[presentUnits[units[k]]].EvaluationGroup.NameZh;
                if (!index.TryGetValue(group, out var label))
                {
                    label = index.Count;
                    index.Add(group, label);
                }

                labels[k] = label;
            }

            return labels;
        }

        /// <summary>Each present unit's score and first-level sub-scores, NaN where <see cref="Assemble"/> would give none.</summary>
        private PipelineScores ScoresOf(int[] presentUnits, int[] scoredIndex, int s, double[] groupValues, ReadOnlySpan<double> scores)
        {
            var n = presentUnits.Length;
            var firstLevel = pipeline.firstLevelGroups;
            var all = new double[n];
            var sub = new double[firstLevel.Length * n];
            var counties = new County[n];
            for (var u = 0; u < n; u++)
            {
                counties[u] = panel.Counties[presentUnits[u]];
                var k = scoredIndex[u];
                all[u] = k < 0 ? double.NaN : scores[k];
                for (var f = 0; f < firstLevel.Length; f++)
                {
                    sub[(f * n) + u] = k < 0 ? double.NaN : groupValues[(firstLevel[f] * s) + k];
                }
            }

            return new PipelineScores(ImmutableCollectionsMarshal.AsImmutableArray(counties), all, sub, firstLevel.Length);
        }

        private EvaluationResult Assemble(
            List<int> present,
            int[] presentUnits,
            int[] observed,
            int[] scoredIndex,
            List<int> units,
            double[] values,
            double[] groupValues,
            ReadOnlySpan<double> scores,
            List<(int Unit, int Indicator, ImputedValue Value)> imputed,
            List<(int Indicator, TreatmentOutcome Outcome)> treatments,
            bool[]? treatedFlags)
        {
            var plans = pipeline.indicatorPlans;
            var m = plans.Length;
            var s = units.Count;
            var ranks = new int[s];
            Ranking.Descending(scores, ranks);
            var thresholds = pipeline.Method.ClassThresholds;
            var codes = new string[m];
            for (var i = 0; i < m; i++)
            {
                codes[i] = plans[i].Indicator.Code.ToString();
            }

            var imputedByUnit = new List<string>?[s];
            var records = ImmutableArray.CreateBuilder<ImputationRecord>(imputed.Count);
            // (unit, indicator) pairs are unique, so an unstable sort gives the one order.
            imputed.Sort(static (x, y) => x.Unit != y.Unit ? x.Unit.CompareTo(y.Unit) : x.Indicator.CompareTo(y.Indicator));
            foreach (var (unit, indicator, value) in imputed)
            {
                var county = panel.Counties[presentUnits[units[unit]]].Code.ToString();
                records.Add(ImputationRecord.Of(county, codes[indicator], value.Value, value.Method, value.SourceYear, value.SecondSourceYear));
                (imputedByUnit[unit] ??= []).Add(codes[indicator]);
            }

            var treatmentRecords = ImmutableArray.CreateBuilder<TreatmentRecord>(treatments.Count);
            foreach (var (indicator, outcome) in treatments)
            {
                treatmentRecords.Add(TreatmentRecord.Of(
                    codes[indicator],
                    outcome.Action.ToString(),
                    outcome.SkewnessBefore,
                    outcome.KurtosisBefore,
                    outcome.SkewnessAfter,
                    outcome.KurtosisAfter,
                    outcome.Points.Select(pt => TreatedValue.Of(panel.Counties[presentUnits[units[pt.UnitIndex]]].Code.ToString(), pt.Original, pt.Treated))));
            }

            var lines = new List<CountyEvaluation>(present.Count);
            for (var u = 0; u < present.Count; u++)
            {
                var county = panel.Counties[presentUnits[u]];
                var k = scoredIndex[u];
                var availability = m == 0 ? 1 : (double)observed[u] / m;
                if (k < 0)
                {
                    var allMissing = Enumerable.Range(0, m).Where(i => double.IsNaN(RawAt(i, u))).Select(i => codes[i]);
                    lines.Add(CountyEvaluation.Of(county.Code.ToString(), county.NameZh, county.EvaluationGroup.NameZh, null, null, null, null, availability, true, null, null, allMissing));
                    continue;
                }

                var score = scores[k];
                double? finalScore = double.IsNaN(score) ? null : score;
                var subScores = new double?[pipeline.firstLevelGroups.Length];
                for (var f = 0; f < subScores.Length; f++)
                {
                    var v = groupValues[(pipeline.firstLevelGroups[f] * s) + k];
                    subScores[f] = double.IsNaN(v) ? null : v;
                }

                List<string>? treated = null;
                List<string>? missing = null;
                for (var i = 0; i < m; i++)
                {
                    if (treatedFlags is not null && treatedFlags[(i * s) + k])
                    {
                        (treated ??= []).Add(codes[i]);
                    }

                    if (double.IsNaN(values[(i * s) + k]))
                    {
                        (missing ??= []).Add(codes[i]);
                    }
                }

                lines.Add(CountyEvaluation.Of(
                    county.Code.ToString(),
                    county.NameZh,
                    county.EvaluationGroup.NameZh,
                    finalScore,
                    finalScore is null ? null : ranks[k],
                    thresholds.Classify(finalScore),
                    ImmutableCollectionsMarshal.AsImmutableArray(subScores),
                    availability,
                    false,
                    imputedByUnit[k],
                    treated,
                    missing));
            }

            var framework = pipeline.Framework;
            var cityOrder = present
                .Select(c => panel.Counties[c].EvaluationGroup)
                .Distinct()
                .Order()
                .Select(g => g.NameZh);
            return EvaluationResult.Create(
                year,
                panel.Metadata.Source,
                panel.IsSynthetic,
                $"{framework.Root.Code} {framework.Root.NameZh}",
                pipeline.Method,
                [.. framework.FirstLevel.Select(f => f.Code.ToString())],
                [.. framework.FirstLevel.Select(f => f.NameZh)],
                lines,
                records.ToImmutable(),
                treatmentRecords.ToImmutable(),
                [.. cityOrder]);

            double RawAt(int indicator, int unit) => panel.Column(panel.IndexOf(plans[indicator].Indicator.Code), yearIndex)[presentUnits[unit]];
        }
    }
}

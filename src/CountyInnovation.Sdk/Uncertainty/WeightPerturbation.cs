using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// A continuous assumption on the weights of one level of the framework: each weight is perturbed
/// independently, w′ = w·(1 + (2U − 1)·f) with U uniform on [0, 1), so it varies uniformly within
/// ±f of its nominal value (the aggregation renormalises the weights of siblings).
/// </summary>
public sealed class WeightPerturbation : IUncertainAssumption, IEquatable<WeightPerturbation>
{
    private WeightPerturbation(int level, double factor)
    {
        Level = level;
        Factor = factor;
    }

    /// <inheritdoc />
    public string Name => Level == 1 ? "first-level-weights" : $"level-{Level}-weights";

    /// <summary>The level whose weights vary: 1 for the first-level indicators (一级指标), 2 for the indicators below them.</summary>
    public int Level { get; }

    /// <summary>f: the largest relative change of a weight, in (0, 1).</summary>
    public double Factor { get; }

    /// <inheritdoc />
    public AssumptionKind Kind => AssumptionKind.Continuous;

    /// <summary>Weights of <paramref name="level"/> within ±<paramref name="factor"/> of their nominal value.</summary>
    /// <param name="level">The level, 1 or more.</param>
    /// <param name="factor">f, strictly between 0 and 1 (0.25 for ±25 %).</param>
    public static WeightPerturbation Of(int level, double factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        if (!(factor > 0 && factor < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "A weight perturbation factor is strictly between 0 and 1 (0.25 for ±25 %): a weight must stay positive.");
        }

        return new WeightPerturbation(level, factor);
    }

    /// <summary>The weights of <see cref="Level"/> in <paramref name="framework"/>, in framework order.</summary>
    /// <param name="framework">The framework.</param>
    public ImmutableArray<IndicatorCode> Nodes(IndicatorFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return [
            .. framework.Groups.Where(g => !g.IsRoot && framework.LevelOf(g.Code) == Level).Select(g => g.Code),
            .. framework.Indicators.Where(i => framework.LevelOf(i.Code) == Level).Select(i => i.Code)];
    }

    /// <inheritdoc />
    public int Dimension(EvaluationScenario nominal)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        return Math.Max(1, Nodes(nominal.Framework).Length);
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(EvaluationScenario nominal, ScoringMethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        var nodes = Nodes(nominal.Framework);
        if (nodes.Length == 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Assumption '{Name}': the framework has no level {Level} (its depth is {nominal.Framework.Depth}).");
        }
        else if (nodes.Length == 1)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Assumption '{Name}': level {Level} has a single node, whose weight is renormalised to 1 whatever it is.");
        }

        var weighting = nominal.Method.LevelFor(Math.Max(0, nominal.Framework.Depth - Level)).Weighting.Name;
        if (nodes.Length > 0 && weighting != "fixed")
        {
            yield return $"Assumption '{Name}': level {Level} is weighted by '{weighting}', which computes its own weights from the data; only 'fixed' weights can be perturbed.";
        }
    }

    /// <inheritdoc />
    public EvaluationScenario Apply(EvaluationScenario scenario, ReadOnlySpan<double> uniforms)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var framework = scenario.Framework;
        var nodes = Nodes(framework);
        var changed = new Dictionary<IndicatorCode, double>(nodes.Length);
        for (var k = 0; k < nodes.Length; k++)
        {
            changed[nodes[k]] = CompositeLayout.Perturb(WeightOf(framework, nodes[k]), uniforms[k], Factor);
        }

        var groups = framework.Groups.Select(g => changed.TryGetValue(g.Code, out var w)
            ? IndicatorGroup.Create(g.Code, g.ParentCode, g.NameZh, g.NameEn, w, g.Provenance, g.WeightProvenance, g.Note)
            : g);
        var indicators = framework.Indicators.Select(i => changed.TryGetValue(i.Code, out var w)
            ? Indicator.Create(i.Code, i.ParentCode, i.NameZh, i.NameEn, i.Unit, i.Direction, w, i.Kind, i.Goalposts, i.StandardValue, i.Formula, i.Provenance, i.WeightProvenance, i.Note)
            : i);
        return scenario.WithFramework(IndicatorFramework.Create(groups, indicators, "weight perturbation"));
    }

    /// <inheritdoc />
    public string Describe(EvaluationScenario nominal, ReadOnlySpan<double> uniforms)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        var nodes = Nodes(nominal.Framework);
        var parts = new string[nodes.Length];
        for (var k = 0; k < nodes.Length; k++)
        {
            var w = CompositeLayout.Perturb(WeightOf(nominal.Framework, nodes[k]), uniforms[k], Factor);
            parts[k] = string.Create(CultureInfo.InvariantCulture, $"{nodes[k]}={w:0.###}");
        }

        return string.Join(" ", parts);
    }

    /// <inheritdoc />
    public bool Equals(WeightPerturbation? other) => other is not null && Level == other.Level && Factor.Equals(other.Factor);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WeightPerturbation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Factor);

    /// <summary>Formats as <c>first-level-weights ±25%</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ±{Factor * 100:0.##}%");

    internal static double WeightOf(IndicatorFramework framework, IndicatorCode code) =>
        framework.TryGetGroup(code, out var group) ? group.Weight : framework.GetIndicator(code).Weight;
}

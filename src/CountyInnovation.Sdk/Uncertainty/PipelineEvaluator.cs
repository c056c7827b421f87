using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>The real evaluation pipeline behind <see cref="IScenarioEvaluator"/>: one panel, one evaluation year.</summary>
internal sealed class PipelineEvaluator : IScenarioEvaluator
{
    private readonly Panel _panel;
    private readonly EvaluationYear _year;
    private readonly ScoringMethodRegistry _registry;
    private IReadOnlyList<(string Code, string Name, string City)>? _units;

    public PipelineEvaluator(Panel panel, EvaluationYear year, ScoringMethodRegistry registry)
    {
        _panel = panel;
        _year = year;
        _registry = registry;
    }

    /// <inheritdoc />
    public IReadOnlyList<(string Code, string Name, string City)> Units =>
        _units ?? throw new InvalidOperationException("Evaluate the nominal scenario first.");

    /// <inheritdoc />
    public bool IsSynthetic => _panel.IsSynthetic;

    /// <inheritdoc />
    public string DataSource => _panel.Metadata.Source;

    /// <summary>The evaluation year.</summary>
    public EvaluationYear Year => _year;

    /// <summary>The full result of a scenario (used for the nominal run and leave-one-out).</summary>
    public EvaluationResult EvaluateFully(EvaluationScenario scenario) =>
        EvaluationPipeline.Create(scenario.Framework, scenario.Method, _registry).Evaluate(_panel, _year);

    /// <inheritdoc />
    public ScenarioOutcome Evaluate(EvaluationScenario scenario)
    {
        var result = EvaluateFully(scenario);
        var counties = result.Counties;
        var components = result.FirstLevelCodes.Length;
        var n = counties.Length;
        var scores = new double[n];
        var sub = new double[components * n];
        for (var u = 0; u < n; u++)
        {
            var county = counties[u];
            scores[u] = county.Score ?? double.NaN;
            for (var j = 0; j < components; j++)
            {
                sub[(j * n) + u] = county.SubScores.IsDefaultOrEmpty || county.SubScores.Length <= j ? double.NaN : county.SubScores[j] ?? double.NaN;
            }
        }

        if (_units is null)
        {
            _units = [.. counties.Select(c => (c.Code, c.Name, c.City))];
        }
        else if (_units.Count != n || !_units.Select(u => u.Code).SequenceEqual(counties.Select(c => c.Code)))
        {
            throw new InvalidOperationException("The evaluation listed different counties under another method.");
        }

        return new ScenarioOutcome(scores, sub, components);
    }
}

using System.Collections.Immutable;
using CountyInnovation.Sdk.Counties;
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
    private ImmutableArray<County> _counties;

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
        var result = EvaluationPipeline.Create(scenario.Framework, scenario.Method, _registry).EvaluateScores(_panel, _year);
        var counties = result.Counties;
        if (_units is null)
        {
            _counties = counties;
            _units = [.. counties.Select(c => (c.Code.ToString(), c.NameZh, c.EvaluationGroup.NameZh))];
        }
        else if (_counties.Length != counties.Length || !_counties.Select(c => c.Code).SequenceEqual(counties.Select(c => c.Code)))
        {
            throw new InvalidOperationException("The evaluation listed different counties under another method.");
        }

        return new ScenarioOutcome(result.Scores, result.SubScores, result.FirstLevel);
    }
}

using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Reports.Tests;

/// <summary>The bulletins the tests render: the embedded sample, in full, and one of hostile names.</summary>
internal static class ReportFixtures
{
    public static readonly EvaluationPipeline Pipeline = EvaluationPipeline.Create(HebeiFramework.Default, MethodConfiguration.Default);

    private static readonly Lazy<Bulletin> Full = new(() =>
    {
        var panel = SamplePanel.Load();
        var latest = panel.Years.Max() + 1;
        return Bulletin.Evaluate(Pipeline, panel, EvaluationYear.Of(latest));
    });

    private static readonly Lazy<Bulletin> WithRanks = new(() =>
    {
        var year = Full.Value.Result.Year;
        var specification = UncertaintySpecification.Of(EvaluationScenario.Of(HebeiFramework.Default, MethodConfiguration.Default), WeightPerturbation.Of(1, 0.25));
        var uncertainty = UncertaintyAnalysis.Run(SamplePanel.Load(), year, specification, UncertaintySettings.Default.WithRuns(64).WithSeed(7));
        return Full.Value.WithUncertainty(uncertainty);
    });

    /// <summary>The sample's latest evaluation with its detail, history and leap.</summary>
    public static Bulletin Sample => Full.Value;

    /// <summary><see cref="Sample"/> with a small Monte Carlo analysis of its ranks (64 runs, seed 7): section 7.</summary>
    public static Bulletin SampleWithUncertainty => WithRanks.Value;

    /// <summary>Names a report must never let through as markup, formulas or Markdown.</summary>
    public static readonly string[] HostileNames =
    [
        "<script>alert('x')</script>县",
        "\"引号\" & 'apostrophe' 县",
        "=HYPERLINK(\"http://example.invalid\",\"点击\")",
        "+1+1",
        "-2+3",
        "@SUM(A1:A9)",
        "| **粗体** [链接](javascript:alert(1)) # 标题",
        "\tTAB县",
    ];

    /// <summary>A bulletin whose counties and cities carry <see cref="HostileNames"/>, and whose method is named hostilely too.</summary>
    public static Bulletin Hostile()
    {
        var counties = HostileNames.Select((name, i) => (Code: $"13990{i}", Name: name, City: HostileNames[(i + 3) % HostileNames.Length], Score: (double?)(95 - (i * 7))));
        var result = EvaluationResult.FromScores(EvaluationYear.Of(2024), counties);
        return Bulletin.Create(result);
    }
}

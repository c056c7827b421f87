using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Tests.Evaluation;

public class EvaluationPipelineTests
{
    private static readonly EvaluationYear Year2021 = EvaluationYear.Of(2021);

    private static readonly MethodChoice MinMax = MethodChoice.Of("min-max", ("lower", 0), ("upper", 100));

    /// <summary>Min-max 0–100, fixed weights, arithmetic means, no treatment, no imputation.</summary>
    private static readonly MethodConfiguration Plain = MethodConfiguration.Default.WithNormalisation(MinMax).WithImputation().WithOutlierTreatment(false);

    [Fact]
    public void Scores_ranks_classes_and_sub_scores_match_hand_computation()
    {
        // a: 10 20 30 40 → 0, 33.3, 66.7, 100; b (less is better): 4 3 2 1 → the same;
        // c: 5 5 15 25 → 0, 0, 50, 100. g1 = mean(a, b), g2 = c, score = 0.6·g1 + 0.4·g2 = 0, 20, 60, 100.
        var counties = SmallPanels.Counties(4);
        var panel = SmallPanels.OneYear(counties, ("a", [10, 20, 30, 40]), ("b", [4, 3, 2, 1]), ("c", [5, 5, 15, 25]));
        var result = EvaluationPipeline.Evaluate(panel, SmallPanels.Framework(), Plain, Year2021);

        Assert.Equal(2020, result.DataYear);
        var scores = result.Counties.Select(c => c.Score!.Value).ToArray();
        Assert.Equal(0, scores[0], 10);
        Assert.Equal(20, scores[1], 10);
        Assert.Equal(60, scores[2], 10);
        Assert.Equal(100, scores[3], 10);
        Assert.Equal(new int?[] { 4, 3, 2, 1 }, result.Counties.Select(c => c.Rank));
        Assert.Equal(new CountyClass?[] { CountyClass.C, CountyClass.C, CountyClass.B, CountyClass.A }, result.Counties.Select(c => c.Class));
        Assert.Equal(new[] { "g1", "g2" }, result.FirstLevelCodes.ToArray());
        Assert.Equal(100.0 / 3, result.Counties[1].SubScores[0]!.Value, 10);
        Assert.Equal(0, result.Counties[1].SubScores[1]!.Value, 10);
        Assert.Equal(45, result.AverageScore!.Value, 10);
        Assert.Equal(ClassCounts.Of(1, 1, 2), result.Classes);
        Assert.Equal(new[] { "石家庄市", "唐山市" }, result.Cities.Select(c => c.City).ToArray());
        Assert.Equal(10, result.Cities[0].AverageScore!.Value, 10);
        Assert.Equal(counties[3].Code.ToString(), Assert.Single(result.ClassA).Code);
        Assert.False(result.IsSynthetic);
        Assert.Equal(Plain, result.Method);
    }

    [Fact]
    public void Qualitative_scores_are_scaled_from_their_goalposts()
    {
        // q on 0–10 → ×10; g2 = mean(c, q).
        var counties = SmallPanels.Counties(2);
        var panel = SmallPanels.OneYear(counties, ("a", [1, 2]), ("b", [2, 1]), ("c", [1, 2]), ("q", [5, 10]));
        var result = EvaluationPipeline.Evaluate(panel, SmallPanels.Framework(withQualitative: true), Plain, Year2021);
        // county 0: g1 = 0, g2 = (0 + 50)/2 = 25 → 10; county 1: g1 = 100, g2 = 100 → 100.
        Assert.Equal(10, result.Counties[0].Score!.Value, 10);
        Assert.Equal(100, result.Counties[1].Score!.Value, 10);
    }

    [Fact]
    public void Derived_indicators_are_computed_from_their_formula()
    {
        var counties = SmallPanels.Counties(3);
        var derived = SmallPanels.OneYear(counties, ("a", [1, 2, 3]), ("b", [3, 2, 1]), ("num", [1, 3, 2]), ("den", [10, 10, 10]));
        var direct = SmallPanels.OneYear(counties, ("a", [1, 2, 3]), ("b", [3, 2, 1]), ("c", [10, 30, 20]));
        var viaFormula = EvaluationPipeline.Evaluate(derived, SmallPanels.Framework(derivedC: true), Plain, Year2021);
        var viaColumn = EvaluationPipeline.Evaluate(direct, SmallPanels.Framework(), Plain, Year2021);
        Assert.Equal(viaColumn.Counties.Select(c => c.Score), viaFormula.Counties.Select(c => c.Score));
    }

    [Fact]
    public void Group_median_imputation_fills_logs_and_flags_the_value()
    {
        // Counties 0, 1 in city X, 2, 3 in city Y; county 1 lacks a: X's median of a is 10.
        var counties = SmallPanels.Counties(4);
        var gap = SmallPanels.OneYear(counties, ("a", [10, double.NaN, 30, 40]), ("b", [4, 3, 2, 1]), ("c", [5, 5, 15, 25]));
        var filled = SmallPanels.OneYear(counties, ("a", [10, 10, 30, 40]), ("b", [4, 3, 2, 1]), ("c", [5, 5, 15, 25]));
        var method = Plain.WithImputation(MethodChoice.Of("group-median"));
        var result = EvaluationPipeline.Evaluate(gap, SmallPanels.Framework(), method, Year2021);
        var reference = EvaluationPipeline.Evaluate(filled, SmallPanels.Framework(), method, Year2021);

        var record = Assert.Single(result.Imputations);
        Assert.Equal(counties[1].Code.ToString(), record.County);
        Assert.Equal("a", record.Indicator);
        Assert.Equal(10, record.Value);
        Assert.Equal(new[] { "a" }, result.Counties[1].ImputedIndicators.ToArray());
        Assert.True(result.Counties[1].IsImputed);
        Assert.Equal(2.0 / 3, result.Counties[1].DataAvailability, 12);
        Assert.Empty(result.Counties[1].MissingIndicators);
        Assert.Equal(reference.Counties.Select(c => c.Score), result.Counties.Select(c => c.Score));
    }

    [Fact]
    public void Carry_forward_takes_the_latest_earlier_year_and_never_a_later_one()
    {
        var counties = SmallPanels.Counties(3);
        double[][] a = [[1, 7, 3], [1, double.NaN, 3], [1, 99, 3]];
        double[][] same = [[1, 2, 3], [1, 2, 3], [1, 2, 3]];
        var panel = SmallPanels.Panel([2019, 2020, 2021], counties, true, ("a", a), ("b", same), ("c", same));
        var method = Plain.WithImputation(MethodChoice.Of("carry-forward", ("max-years", 1)));
        var result = EvaluationPipeline.Evaluate(panel, SmallPanels.Framework(), method, Year2021);
        var record = Assert.Single(result.Imputations);
        Assert.Equal(7, record.Value);
        Assert.Equal(2019, record.SourceYear);
        Assert.True(result.IsSynthetic);
    }

    [Fact]
    public void Pooled_normalisation_takes_min_and_max_over_every_year()
    {
        // a: 2019 [0, 10], 2020 [10, 20] → pooled [0, 20] → 2020: 50, 100 (per year it would be 0, 100).
        // b (less is better): 2019 [20, 10], 2020 [10, 0] → 50, 100. c as a. Score 50, 100.
        var counties = SmallPanels.Counties(2);
        double[][] up = [[0, 10], [10, 20]];
        double[][] down = [[20, 10], [10, 0]];
        var panel = SmallPanels.Panel([2019, 2020], counties, false, ("a", up), ("b", down), ("c", up));
        var pooled = Plain.WithNormalisation(MethodChoice.Of("min-max", [new("lower", 0), new("upper", 100)], [new("pooled", "true")]));
        var result = EvaluationPipeline.Evaluate(panel, SmallPanels.Framework(), pooled, Year2021);
        Assert.Equal(50, result.Counties[0].Score!.Value, 10);
        Assert.Equal(100, result.Counties[1].Score!.Value, 10);
        var perYear = EvaluationPipeline.Evaluate(panel, SmallPanels.Framework(), Plain, Year2021);
        Assert.Equal(0, perYear.Counties[0].Score!.Value, 10);

        var bad = Plain.WithNormalisation(MethodChoice.Of("min-max", [], [new("pooled", "yes")]));
        var e = Assert.Throws<InvalidInputException>(() => EvaluationPipeline.Create(SmallPanels.Framework(), bad));
        Assert.Contains(e.Problems, p => p.Message.Contains("'pooled' is true or false", StringComparison.Ordinal));
    }

    [Fact]
    public void A_step_that_cannot_run_on_the_data_is_reported_with_the_year_and_indicator()
    {
        // Every county has the same a: min-max with zero-range "error" cannot normalise it.
        var counties = SmallPanels.Counties(3);
        var panel = SmallPanels.OneYear(counties, ("a", [5, 5, 5]), ("b", [3, 2, 1]), ("c", [1, 2, 3]));
        var strict = Plain.WithNormalisation(MethodChoice.Of("min-max", [new("lower", 0), new("upper", 100)], [new("zero-range", "error")]));
        var e = Assert.Throws<InvalidInputException>(() => EvaluationPipeline.Evaluate(panel, SmallPanels.Framework(), strict, Year2021));
        Assert.Equal("a", e.First.Indicator);
        Assert.Equal("test.csv", e.First.Location.Source);
        Assert.Contains("2021 evaluation (data of 2020)", e.First.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_imputation_a_missing_value_is_reported_and_the_rest_aggregated()
    {
        var counties = SmallPanels.Counties(3);
        var panel = SmallPanels.OneYear(counties, ("a", [1, double.NaN, 3]), ("b", [3, 2, 1]), ("c", [1, 2, 3]));
        var result = EvaluationPipeline.Evaluate(panel, SmallPanels.Framework(), Plain, Year2021);
        Assert.Equal(new[] { "a" }, result.Counties[1].MissingIndicators.ToArray());
        // g1 of county 1 = b alone = 50; g2 = 50; score 50.
        Assert.Equal(50, result.Counties[1].Score!.Value, 10);
    }

    [Fact]
    public void Screening_leaves_a_county_with_too_little_data_unscored_but_listed()
    {
        var counties = SmallPanels.Counties(4);
        var panel = SmallPanels.OneYear(counties, ("a", [1, double.NaN, 3, 4]), ("b", [3, double.NaN, 1, 0]), ("c", [1, 2, 3, 4]));
        var result = EvaluationPipeline.Evaluate(panel, SmallPanels.Framework(), Plain.WithScreeningThreshold(0.5), Year2021);
        var screened = result.Counties[1];
        Assert.True(screened.ScreenedOut);
        Assert.Null(screened.Score);
        Assert.Null(screened.Rank);
        Assert.Equal(new[] { "a", "b" }, screened.MissingIndicators.ToArray());
        Assert.Equal(1, result.Classes.Unscored);
        Assert.Equal(new int?[] { 3, null, 2, 1 }, result.Counties.Select(c => c.Rank));
        // The screened county does not move the others' min and max: county 0 is still the worst.
        Assert.Equal(0, result.Counties[0].Score!.Value, 10);
    }

    [Fact]
    public void Outlier_treatment_is_logged_with_every_changed_value()
    {
        // methodology.md: [1, 2, 3, 4, 100] fails (skew 2.23, kurt 4.99) and winsorises to [1, 2, 3, 4, 4].
        var counties = SmallPanels.Counties(5);
        var panel = SmallPanels.OneYear(counties, ("a", [1, 2, 3, 4, 100]), ("b", [5, 4, 3, 2, 1]), ("c", [1, 2, 3, 4, 5]));
        var method = Plain.WithOutlierTreatment(true);
        var result = EvaluationPipeline.Evaluate(panel, SmallPanels.Framework(), method, Year2021);
        var record = Assert.Single(result.Treatments);
        Assert.Equal("a", record.Indicator);
        Assert.Equal(2.232396, record.SkewnessBefore, 5);
        var value = Assert.Single(record.Values);
        Assert.Equal(counties[4].Code.ToString(), value.County);
        Assert.Equal(100, value.Original);
        Assert.Equal(4, value.Treated);
        Assert.Equal(new[] { "a" }, result.Counties[4].TreatedIndicators.ToArray());
        // After winsorising, counties 3 and 4 tie on a (both 4 → 100).
        Assert.Equal(result.Counties[3].SubScores[0]!.Value + 12.5, result.Counties[4].SubScores[0]!.Value, 10);
    }

    [Fact]
    public void An_impossible_combination_is_refused_before_any_data_is_read()
    {
        var geometric = Plain.WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")));
        var e = Assert.Throws<InvalidInputException>(() => EvaluationPipeline.Create(SmallPanels.Framework(), geometric));
        Assert.Contains(e.Problems, p => p.Message.Contains("geometric", StringComparison.Ordinal) && p.Message.Contains("strictly positive", StringComparison.Ordinal));
        Assert.All(e.Problems, p => Assert.Equal("method 'default'", p.Location.Source));

        // With lower bound 1 for quantitative and qualitative scores, the geometric mean is accepted.
        var positive = geometric
            .WithNormalisation(MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)))
            .WithQualitativeScaling(MethodChoice.Of("linear", ("lower", 1), ("upper", 100)));
        Assert.NotNull(EvaluationPipeline.Create(SmallPanels.Framework(withQualitative: true), positive));
        var e2 = Assert.Throws<InvalidInputException>(() => EvaluationPipeline.Create(
            SmallPanels.Framework(withQualitative: true),
            positive.WithQualitativeScaling(MethodChoice.Of("linear", ("lower", 0), ("upper", 100)))));
        Assert.Contains(e2.Problems, p => p.Indicator == "q");
    }

    [Fact]
    public void Overrides_naming_unknown_indicators_or_groups_are_refused()
    {
        var method = Plain
            .WithNormalisation(MinMax, [KeyValuePair.Create("nope", MethodChoice.Of("rank"))])
            .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("arithmetic"), 0, [KeyValuePair.Create("g9", MethodChoice.Of("harmonic"))]));
        var e = Assert.Throws<InvalidInputException>(() => EvaluationPipeline.Create(SmallPanels.Framework(), method));
        Assert.Contains(e.Problems, p => p.Message.Contains("'nope'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("'g9'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_data_year_or_indicator_is_reported_with_the_place()
    {
        var counties = SmallPanels.Counties(2);
        var panel = SmallPanels.OneYear(counties, ("a", [1, 2]), ("b", [2, 1]));
        var e = Assert.Throws<InvalidInputException>(() => EvaluationPipeline.Evaluate(panel, SmallPanels.Framework(), Plain, EvaluationYear.Of(2023)));
        Assert.Contains(e.Problems, p => p.Message.Contains("needs the data of 2022", StringComparison.Ordinal) && p.Location.Source == "test.csv");
        Assert.Contains(e.Problems, p => p.Indicator == "c");
    }

    [Fact]
    public void Equal_inputs_give_equal_results_and_a_county_with_equal_values_shares_score_and_rank()
    {
        var counties = SmallPanels.Counties(4);
        var panel = SmallPanels.OneYear(counties, ("a", [1, 3, 3, 2]), ("b", [2, 1, 1, 5]), ("c", [0, 4, 4, 1]));
        var pipeline = EvaluationPipeline.Create(SmallPanels.Framework(), Plain.WithImputation(MethodConfiguration.Default.Imputation).WithOutlierTreatment(true));
        var first = pipeline.Evaluate(panel, Year2021);
        var second = pipeline.Evaluate(panel, Year2021);
        Assert.Equal(first, second);
        Assert.Equal(first.Counties[1].Score, first.Counties[2].Score);
        Assert.Equal(first.Counties[1].Rank, first.Counties[2].Rank);
    }
}

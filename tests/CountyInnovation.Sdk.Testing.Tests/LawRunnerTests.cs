using System.Collections.Immutable;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Testing.Generators;
using CountyInnovation.Sdk.Testing.Laws;

namespace CountyInnovation.Sdk.Testing.Tests;

public sealed class LawRunnerTests
{
    // A toy "rule": a threshold on the column total, with a declared trait deciding applicability.
    private sealed record Threshold(double Limit, bool DeclaresBound);

    private static readonly Law<Threshold> TotalBelowLimit = Law<Threshold>.Create(
        "total-below-limit",
        "Toy law for the engine's own tests.",
        _ => Columns.Arbitrary(ColumnOptions.Default.WithMissing(false).WithDomain(ValueDomain.NonNegative)),
        (rule, column) => column.Sum() < rule.Limit ? null : $"total {column.Sum()} reached {rule.Limit}")
        .When("the rule declares a bound", rule => rule.DeclaresBound);

    [Fact]
    public void A_failing_law_reports_its_shrunk_counterexample_and_what_was_observed()
    {
        var outcome = LawRunner.CheckOne(new Threshold(50, true), TotalBelowLimit);

        Assert.Equal(LawStatus.Failed, outcome.Status);
        var shrunk = Assert.IsType<ImmutableArray<double>>(Assert.Single(outcome.CounterexampleArguments));
        // Shrinking removes every county but the ones needed and rounds values: the sum is just over the limit.
        Assert.Equal(2, shrunk.Length);
        Assert.All(shrunk, v => Assert.Equal(Math.Round(v), v));
        Assert.Contains("reached 50", outcome.Violation);
        Assert.NotNull(outcome.Replay);
        Assert.NotEqual(outcome.OriginalCounterexample, outcome.Counterexample);
    }

    [Fact]
    public void A_replay_seed_reproduces_the_failing_case_in_one_test()
    {
        var rule = new Threshold(50, true);
        var failed = LawRunner.CheckOne(rule, TotalBelowLimit);

        var replayed = LawRunner.CheckOne(rule, TotalBelowLimit, LawCheckOptions.Default.WithReplay(failed.Replay!.Value.ToString()));

        Assert.Equal(LawStatus.Failed, replayed.Status);
        Assert.Equal(1, replayed.TestsRun);
        Assert.Equal(failed.Counterexample, replayed.Counterexample);
    }

    [Fact]
    public void The_same_seed_gives_the_same_report_and_another_seed_other_cases()
    {
        var rule = new Threshold(50, true);
        var first = LawRunner.Check(rule, "toy", [TotalBelowLimit]);
        var second = LawRunner.Check(rule, "toy", [TotalBelowLimit]);
        var other = LawRunner.Check(rule, "toy", [TotalBelowLimit], LawCheckOptions.Default.WithSeed(7));

        Assert.Equal(first, second);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.NotEqual(first["total-below-limit"].OriginalCounterexample, other["total-below-limit"].OriginalCounterexample);
    }

    [Fact]
    public void A_law_whose_condition_the_rule_does_not_declare_is_reported_not_applicable()
    {
        var report = LawRunner.Check(new Threshold(50, false), "toy", [TotalBelowLimit]);

        var outcome = Assert.Single(report.Outcomes);
        Assert.Equal(LawStatus.NotApplicable, outcome.Status);
        Assert.True(report.AllLawsHold);
        Assert.Contains("the rule declares a bound", report.ToString());
    }

    [Fact]
    public void A_law_that_holds_passes_with_the_configured_number_of_cases()
    {
        var outcome = LawRunner.CheckOne(new Threshold(double.PositiveInfinity, true), TotalBelowLimit, LawCheckOptions.Default.WithMaxTests(37));

        Assert.Equal(LawStatus.Passed, outcome.Status);
        Assert.Equal(37, outcome.TestsRun);
    }

    [Fact]
    public void Cases_the_rule_rejects_with_a_typed_error_are_discarded_and_too_many_exhaust_the_law()
    {
        var rejectsAll = Law<Threshold>.Create(
            "rejects-all",
            "Toy law.",
            _ => Columns.Arbitrary(),
            (_, _) => throw new InvalidInputException([DataProblem.At(SourceLocation.Of("toy"), "no")]));

        var outcome = LawRunner.CheckOne(new Threshold(1, true), rejectsAll);

        Assert.Equal(LawStatus.Exhausted, outcome.Status);
        Assert.True(outcome.IsFailure);
    }

    [Fact]
    public void Any_other_exception_is_a_violation_naming_the_exception()
    {
        var crashes = Law<Threshold>.Create(
            "crashes",
            "Toy law.",
            _ => Columns.Arbitrary(),
            (_, column) => column.Length > 3 ? throw new IndexOutOfRangeException("county 4") : null);

        var outcome = LawRunner.CheckOne(new Threshold(1, true), crashes);

        Assert.Equal(LawStatus.Failed, outcome.Status);
        Assert.Contains("IndexOutOfRangeException: county 4", outcome.Violation);
        Assert.Equal(4, ((ImmutableArray<double>)outcome.CounterexampleArguments[0]).Length);
    }

    [Fact]
    public void ThrowIfAnyFailed_throws_an_exception_whose_message_is_the_readable_report()
    {
        var report = LawRunner.Check(new Threshold(50, true), "toy", [TotalBelowLimit]);

        var exception = Assert.Throws<LawViolationException>(() => report.ThrowIfAnyFailed());

        Assert.Same(report, exception.Report);
        Assert.Contains("'toy' violates 1 of 1 applicable law(s)", exception.Message);
        Assert.Contains("counterexample (shrunk): " + report["total-below-limit"].Counterexample, exception.Message);
        Assert.Contains("WithReplay(\"" + report["total-below-limit"].Replay, exception.Message);
    }

    [Fact]
    public void Replay_seeds_round_trip_through_text_and_reject_malformed_text()
    {
        var seed = ReplaySeed.Create(5139283748462763858, 18341244530856488645, 3);

        Assert.Equal(seed, ReplaySeed.Parse(seed.ToString()));
        Assert.Throws<FormatException>(() => ReplaySeed.Parse("1,2,3"));
        Assert.Throws<FormatException>(() => ReplaySeed.Parse("1,3"));
    }
}

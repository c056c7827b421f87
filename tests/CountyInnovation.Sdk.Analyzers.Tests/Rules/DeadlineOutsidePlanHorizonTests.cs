using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.DeadlineOutsidePlanHorizonAnalyzer>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class DeadlineOutsidePlanHorizonTests
{
    private const string Usings = """
        using CountyInnovation.Sdk.Policy;
        using CountyInnovation.Sdk.Targets;
        using NodaTime;

        """;

    [Fact]
    public async Task Measure_targets_due_outside_2019_to_2025_are_reported()
    {
        const string source = Usings + """
            class C
            {
                TrackedTarget Colleges() => TrackedTarget.Create(
                    "M19-1", MeasureNumber.From(19), "25 higher vocational colleges",
                    NumericRule.For(NumericGoal.Reach(25, {|#0:new LocalDate(2026, 12, 31)|})));

                TrackedTarget Enterprises()
                {
                    var rule = DoublingRule.From(2017, 3174, deadline: {|#1:new LocalDate(2018, 12, 31)|});
                    return TrackedTarget.Create("M7-1", MeasureNumber.From(7), "High-tech enterprises double", rule);
                }

                TrackedTarget Spending() => TrackedTarget.Create(
                    "M22-1", MeasureNumber.From(22), "Fiscal S&T share rises", YearlyRiseRule.For(2019, {|#2:2030|}));
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("2026-12-31"),
            Verify.Diagnostic().WithLocation(1).WithArguments("2018-12-31"),
            Verify.Diagnostic().WithLocation(2).WithArguments("in 2030 (the last year of the rule)"));
    }

    [Fact]
    public async Task Deadlines_within_the_horizon_user_targets_and_computed_dates_are_not_reported()
    {
        const string source = Usings + """
            class C
            {
                TrackedTarget Colleges() => TrackedTarget.Create(
                    "M19-1", MeasureNumber.From(19), "25 colleges", NumericRule.For(NumericGoal.Reach(25, new LocalDate(2025, 12, 31))));

                TrackedTarget Certificates() => TrackedTarget.Create(
                    "M27-2", MeasureNumber.From(27), "175 certificates", NumericRule.For(NumericGoal.Reach(175, new LocalDate(2019, 1, 1))));

                TrackedTarget Own() => TrackedTarget.Create(
                    "own-1", null, "Our 2030 goal", NumericRule.For(NumericGoal.Reach(10, new LocalDate(2030, 12, 31))));

                TrackedTarget Computed(int year) => TrackedTarget.Create(
                    "M19-2", MeasureNumber.From(19), "Computed", NumericRule.For(NumericGoal.Reach(4, new LocalDate(year, 12, 31))));

                NumericGoal Loose() => NumericGoal.Reach(4, new LocalDate(2030, 12, 31));
            }
            """;

        await Verify.VerifyAsync(source);
    }
}

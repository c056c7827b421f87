using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.DeadlineOutsidePlanHorizonUnderTest>;

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
    public async Task Catalogue_targets_with_deadlines_and_horizons_outside_the_plan_are_reported()
    {
        const string source = Usings + """
            class C
            {
                QuantityTarget Colleges() => QuantityTarget.Create(
                    MeasureNumber.From(19), "重点建设25所", "25 colleges", "到2025年，重点建设25所", 25, "colleges", "所",
                    {|#0:Deadline.FromPhrase("到2026年")|});

                QuantityTarget Centres() => QuantityTarget.Create(
                    MeasureNumber.From(24), "35个", "35 centres", "…", 35, "centres", "个", {|#1:Deadline.On(new LocalDate(2018, 6, 30))|});

                QuantityTarget Certificates()
                {
                    var due = Deadline.Parse("2030-12-31");
                    return QuantityTarget.Create(MeasureNumber.From(27), "175个", "175 certificates", "…", 175, "certificates", "个", {|#2:due|});
                }

                RisingShareTarget Spending() => RisingShareTarget.Create(
                    MeasureNumber.From(22), "逐年提高", "rises every year", "…",
                    PlanHorizon.From(new LocalDate(2019, 1, 1), {|#3:new LocalDate(2026, 12, 31)|}));
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("2026-12-31"),
            Verify.Diagnostic().WithLocation(1).WithArguments("2018-06-30"),
            Verify.Diagnostic().WithLocation(2).WithArguments("2030-12-31"),
            Verify.Diagnostic().WithLocation(3).WithArguments("2026-12-31"));
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

                QuantityTarget InTime() => QuantityTarget.Create(
                    MeasureNumber.From(19), "…", "…", "…", 4, "colleges", "所", Deadline.FromPhrase("2020年底前"));

                QuantityTarget Stated() => QuantityTarget.Create(
                    MeasureNumber.From(19), "…", "…", "…", 4, "colleges", "所", Deadline.Parse("2025-12-31"));

                RisingShareTarget Plan() => RisingShareTarget.Create(
                    MeasureNumber.From(22), "…", "…", "…", PlanHorizon.From(new LocalDate(2019, 1, 1), new LocalDate(2025, 12, 31)));

                PlanHorizon Longer() => PlanHorizon.From(new LocalDate(2019, 1, 1), new LocalDate(2035, 12, 31));
            }
            """;

        await Verify.VerifyAsync(source);
    }
}

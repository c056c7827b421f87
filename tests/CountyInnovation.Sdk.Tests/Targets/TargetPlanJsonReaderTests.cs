using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Targets;

public class TargetPlanJsonReaderTests
{
    private static TargetPlan Read(string json) => TargetPlanJsonReader.Read(new StringReader(json), "plan.json");

    [Fact]
    public void Reads_every_kind()
    {
        var plan = Read("""
            {
              "name": "Shijiazhuang county plan",
              "targets": [
                { "id": "sjz-1", "measure": 19, "title": "10 colleges", "kind": "quantity", "value": 10, "deadline": "2025-12-31",
                  "start": "2021-01-01", "base": { "period": "2020", "value": 4 }, "unit": "colleges" },
                { "id": "sjz-2", "title": "halve emissions", "kind": "quantity", "value": 50, "deadline": "2030-12-31", "direction": "decrease" },
                { "id": "sjz-3", "measure": 7, "title": "double HTEs", "kind": "doubling", "baselineYear": 2020, "deadline": "2025-12-31" },
                { "id": "sjz-4", "measure": 22, "title": "share rises", "kind": "rises-every-year", "firstYear": 2021, "lastYear": 2025,
                  "thresholds": { "onTrack": 0.03, "accelerationNeeded": 0.01, "limitedProgress": 0 } },
                { "id": "sjz-5", "title": "online ≥ 98 %", "kind": "standing-threshold", "minimum": 98, "levels": ["county"] },
                { "id": "sjz-6", "measure": 1, "title": "evaluate", "kind": "yearly-duty", "firstYear": 2021, "lastYear": 2025, "due": "06-30" }
              ]
            }
            """);

        Assert.Equal("Shijiazhuang county plan", plan.Name);
        Assert.Equal(6, plan.Targets.Length);
        var q = Assert.IsType<NumericRule>(plan.Targets[0].Rule);
        Assert.Equal(DatedValue.OfYear(2020, 4), q.Goal.DeclaredBase);
        Assert.Equal(GoalDirection.Decrease, Assert.IsType<NumericRule>(plan.Targets[1].Rule).Goal.Direction);
        Assert.Null(Assert.IsType<DoublingRule>(plan.Targets[2].Rule).BaselineValue);
        Assert.Equal(0.03, Assert.IsType<YearlyRiseRule>(plan.Targets[3].Rule).Thresholds.OnTrack);
        Assert.Equal([GovernmentLevel.County], Assert.IsType<StandingThresholdRule>(plan.Targets[4].Rule).Levels.AsEnumerable());
        Assert.Equal(new LocalDate(2022, 6, 30), Assert.IsType<RecurringDutyRule>(plan.Targets[5].Rule).DueDate(2022));
        Assert.Null(plan.Targets[1].Measure);
    }

    [Fact]
    public void Can_extend_the_policy_targets()
    {
        var plan = Read("""{ "name": "extended", "includePolicyTargets": true, "targets": [ { "id": "x", "title": "t", "kind": "yearly-duty", "firstYear": 2021, "lastYear": 2022 } ] }""");

        Assert.Equal(PolicyTargets.Hebei2020.Targets.Length + 1, plan.Targets.Length);
        Assert.NotNull(plan.Find("M27-2"));
    }

    [Fact]
    public void Collects_every_problem_with_its_place()
    {
        var json = """
            {
              "name": "bad",
              "targets": [
                { "id": "a b", "title": "t", "kind": "quantity", "value": -1, "deadline": "2025-13-01" },
                { "id": "c", "title": "t", "kind": "teleport" },
                { "id": "d", "measure": 29, "title": "t", "kind": "yearly-duty", "firstYear": 2025, "lastYear": 2020 },
                { "id": "e", "title": "t", "kind": "standing-threshold", "minimum": 95, "levels": ["town"], "colour": 1 },
                { "id": "f", "title": "t", "kind": "doubling", "baselineYear": 2020, "deadline": "2020-06-30" },
                { "id": "g", "title": "t", "kind": "rises-every-year", "firstYear": 2020, "lastYear": 2021, "thresholds": { "onTrack": 0.01, "accelerationNeeded": 0.02, "limitedProgress": 0 } },
                { "id": "h", "title": "t", "kind": "yearly-duty", "firstYear": 2020, "lastYear": 2021 },
                { "id": "h", "title": "t", "kind": "yearly-duty", "firstYear": 2020, "lastYear": 2021 }
              ]
            }
            """;

        var e = Assert.Throws<InvalidInputException>(() => Read(json));

        string[] expected =
        [
            "not a target id", "\"value\" must be a number ≥ 0", "\"deadline\" must be a date", "\"kind\" must be one of",
            "\"measure\" must be a whole number 1–28", "lastYear 2020 is before firstYear 2025", "Unknown property \"colour\"",
            "A level is", "must be after the baseline year", "Thresholds must decrease", "used twice",
        ];
        Assert.Equal(expected.Length, e.Problems.Length);
        foreach (var (problem, text) in e.Problems.Zip(expected))
        {
            Assert.Contains(text, problem.Message, StringComparison.Ordinal);
        }

        Assert.Equal(SourceLocation.Of("plan.json", 4, 13), e.Problems[0].Location);
        Assert.Equal(11, e.Problems[^1].Location.Line);
    }

    [Theory]
    [InlineData("[]", "Expected an object")]
    [InlineData("{ \"name\": \"p\", \"targets\": [] }", "no targets")]
    [InlineData("{ \"targets\": [] }", "\"name\" is missing")]
    [InlineData("{ \"name\": \"p\", \"targets\": [ { \"id\": \"d\", \"title\": \"t\", \"kind\": \"doubling\", \"baselineYear\": 2020, \"baselineValue\": 0, \"deadline\": \"2025-12-31\" } ] }", "must be > 0")]
    [InlineData("{ \"name\": \"p\", \"includePolicyTargets\": true, \"targets\": [ { \"id\": \"M1-1\", \"title\": \"t\", \"kind\": \"yearly-duty\", \"firstYear\": 2020, \"lastYear\": 2021 } ] }", "already a policy target")]
    public void Structural_errors_are_reported(string json, string message)
    {
        var e = Assert.Throws<InvalidInputException>(() => Read(json));

        Assert.Contains(e.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_problem_with_a_target_of_a_measure_names_the_measure()
    {
        var json = """
            { "name": "p", "targets": [
              { "id": "a", "measure": 19, "title": "t", "kind": "quantity", "value": -1, "deadline": "2025-12-31" },
              { "id": "b", "title": "t", "kind": "quantity", "value": -1, "deadline": "2025-12-31" },
              { "id": "c", "measure": 24, "title": "t", "kind": "yearly-duty", "firstYear": 2020, "lastYear": 2021 },
              { "id": "c", "measure": 24, "title": "t", "kind": "yearly-duty", "firstYear": 2020, "lastYear": 2021 } ] }
            """;

        var e = Assert.Throws<InvalidInputException>(() => Read(json));

        Assert.Equal([19, null, 24], e.Problems.Select(p => p.Measure));
        Assert.Contains("measure 19", e.Problems[0].ToString(), StringComparison.Ordinal);
    }
}

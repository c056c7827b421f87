using System.Text.Json;
using CountyInnovation.Sdk.Accountability;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Accountability;

public class WriterTests
{
    private static readonly PlanAssessment Status = PlanAssessment.Of(PolicyTargets.Hebei2020, IllustrativeObservations.Hebei2020, new LocalDate(2023, 6, 30));

    private static string Write(Action<TextWriter> write)
    {
        var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    [Fact]
    public void The_matrix_csv_has_one_row_per_assignment_with_inferred_roles()
    {
        var matrix = PolicyCatalogue.Hebei2020.Responsibilities;

        var lines = Write(w => ResponsibilityMatrixWriter.Write(w, matrix, ReportFormat.Csv)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("measure,position,unit,unit_full_name,unit_name_en,role,role_inferred,collective_members", lines[0]);
        Assert.Equal(matrix.Assignments.Length + 1, lines.Length);
        Assert.StartsWith("1,1,省科技厅,河北省科学技术厅,Hebei Provincial Department of Science and Technology,lead,true,", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("3,1,各市政府,", StringComparison.Ordinal) && l.EndsWith("石家庄市政府、唐山市政府、秦皇岛市政府、邯郸市政府、邢台市政府、保定市政府、张家口市政府、承德市政府、沧州市政府、廊坊市政府、衡水市政府", StringComparison.Ordinal));
    }

    [Fact]
    public void The_matrix_markdown_and_json_agree_with_the_matrix()
    {
        var matrix = PolicyCatalogue.Hebei2020.Responsibilities;

        var markdown = Write(w => ResponsibilityMatrixWriter.Write(w, matrix, ReportFormat.Markdown));
        using var json = JsonDocument.Parse(Write(w => ResponsibilityMatrixWriter.Write(w, matrix, ReportFormat.Json)));

        Assert.Equal(28, markdown.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)) - 1);
        Assert.Contains("| 22 | 各市政府\\* | 雄安新区管委会\\* |", markdown, StringComparison.Ordinal);
        Assert.Equal(matrix.Assignments.Length, json.RootElement.GetProperty("assignments").GetArrayLength());
    }

    [Fact]
    public void Status_csv_quotes_fields_and_labels_illustrative_data()
    {
        var csv = Write(w => StatusReportWriter.Write(w, Status, ReportFormat.Csv));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("# ILLUSTRATIVE DATA", lines[1], StringComparison.Ordinal);
        Assert.Equal(10, lines.Count(l => l.StartsWith('M')));
        Assert.Contains("M27-1,27,\"Online availability rate of government services at least 95 % at province, city and county level\",achieved,StandingThreshold,minimum ≥ 95,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_json_round_trips_the_assessment()
    {
        using var json = JsonDocument.Parse(Write(w => StatusReportWriter.Write(w, Status, ReportFormat.Json)));
        var targets = json.RootElement.GetProperty("targets");

        Assert.Equal(Status.Targets.Select(t => t.Status.ToString()), targets.EnumerateArray().Select(t => t.GetProperty("status").GetString()!).Select(s => char.ToUpperInvariant(s[0]) + s[1..]));
        Assert.Equal(Status.Targets[5].Result.ProgressValue, targets[5].GetProperty("progressValue").GetDouble());
        Assert.Equal(JsonValueKind.Null, targets[0].GetProperty("progressValue").ValueKind);
        // Every check of M22-1 is written, and the one that failed carries its numbers.
        var m22 = Status.Targets[6].Result;
        var checks = targets[6].GetProperty("checks");
        Assert.Equal(m22.Checks.Length, checks.GetArrayLength());
        var failed = m22.Checks.Single(c => c.Outcome == CheckOutcome.Failed);
        var written = Assert.Single(checks.EnumerateArray(), c => c.GetProperty("outcome").GetString() == "failed");
        Assert.Equal(failed.Subject, written.GetProperty("subject").GetString());
        Assert.Equal(failed.Previous, written.GetProperty("previous").GetDouble());
        Assert.Equal(failed.Value, written.GetProperty("value").GetDouble());
        Assert.Equal(failed.Shortfall, written.GetProperty("shortfall").GetDouble());
        Assert.Equal(m22.Shortfall, targets[6].GetProperty("shortfall").GetDouble());
    }

    [Fact]
    public void Markdown_escapes_pipes()
    {
        var plan = TargetPlan.Of("a | b", [TrackedTarget.Create("x", null, "this | that", RecurringDutyRule.Yearly(2020, 2021))]);

        var markdown = Write(w => StatusReportWriter.Write(w, PlanAssessment.Of(plan, ObservationSet.Empty, new LocalDate(2020, 1, 1)), ReportFormat.Markdown));

        Assert.Contains("this \\| that", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("ILLUSTRATIVE", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_reports_write_in_every_format()
    {
        var report = UnitReport.For(ResponsibleUnits.Get("各市政府"), PolicyCatalogue.Hebei2020, PolicyTargets.Hebei2020, IllustrativeObservations.Hebei2020, new LocalDate(2023, 6, 30));

        var csv = Write(w => UnitReportWriter.Write(w, report, ReportFormat.Csv));
        var markdown = Write(w => UnitReportWriter.Write(w, report, ReportFormat.Markdown));
        using var json = JsonDocument.Parse(Write(w => UnitReportWriter.Write(w, report, ReportFormat.Json)));

        Assert.Contains("唐山市政府,22,lead,true,各市政府,M22-1,", csv, StringComparison.Ordinal);
        Assert.Contains("### M22-1 per city", markdown, StringComparison.Ordinal);
        Assert.Equal("collectiveCityGovernments", json.RootElement.GetProperty("unit").GetProperty("kind").GetString());
        Assert.Equal(11, json.RootElement.GetProperty("unit").GetProperty("members").GetArrayLength());
    }
}

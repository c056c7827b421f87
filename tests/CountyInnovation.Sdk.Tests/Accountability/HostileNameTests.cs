using CountyInnovation.Sdk.Accountability;
using CountyInnovation.Sdk.Output;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Tests.Accountability;

/// <summary>Names from input files that try to become formulas, table rows, headings, links or tags.</summary>
public class HostileNameTests
{
    private const string PlanJson = """
        {
          "name": "=cmd|' /C calc'!A0\n=HYPERLINK(\"http://evil\")\n# injected | heading",
          "targets": [
            { "id": "h-1", "measure": 19, "title": "<script>alert('x')</script> & \"quotes\" | pipe\n- list [x](javascript:alert(1)) `code`",
              "kind": "quantity", "value": 10, "deadline": "2025-12-31", "base": { "period": "2020", "value": 4 } },
            { "id": "h-2", "measure": 22, "title": "-1+2", "kind": "quantity", "value": 5, "deadline": "2021-12-31", "direction": "decrease" }
          ]
        }
        """;

    private static readonly PlanAssessment Assessment = PlanAssessment.Of(
        TargetPlanJsonReader.Read(new StringReader(PlanJson), "plan.json"),
        ObservationSet.Of("@observations", []),
        new LocalDate(2024, 6, 30));

    private static string Write(Action<TextWriter> write)
    {
        var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    [Fact]
    public void Status_csv_cells_cannot_become_formulas_and_numbers_stay_numbers()
    {
        var csv = Write(w => StatusReportWriter.Write(w, Assessment, ReportFormat.Csv));
        var rows = CsvRows(csv);

        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && CsvCell.FormulaTriggers.Contains(cell[0], StringComparison.Ordinal), $"cell '{cell}' can become a formula"));
        Assert.DoesNotContain("\n=", csv, StringComparison.Ordinal); // the plan name's line breaks do not end its comment line
        var second = rows.Single(r => r[0] == "h-2");
        Assert.Equal("'-1+2", second[2]);
    }

    [Fact]
    public void Status_markdown_escapes_every_name()
    {
        var markdown = Write(w => StatusReportWriter.Write(w, Assessment, ReportFormat.Markdown));

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" [x](javascript:", markdown, StringComparison.Ordinal);
        Assert.Contains("\\[x\\](javascript:", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# injected", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n- list", markdown, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>", markdown, StringComparison.Ordinal);
        var tableRows = markdown.Split('\n').Where(l => l.StartsWith("| h-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, tableRows.Count);
        var header = markdown.Split('\n').First(l => l.StartsWith("| Target", StringComparison.Ordinal));
        Assert.All(tableRows, row => Assert.Equal(UnescapedPipes(header), UnescapedPipes(row)));
    }

    private static int UnescapedPipes(string row) => row.Where((c, i) => c == '|' && (i == 0 || row[i - 1] != '\\')).Count();

    /// <summary>The rows of RFC 4180 CSV text, comment lines left out.</summary>
    internal static List<List<string>> CsvRows(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        var atLineStart = true;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (atLineStart && c == '#')
            {
                i = csv.IndexOf('\n', i);
                continue;
            }

            atLineStart = false;
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                atLineStart = true;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}

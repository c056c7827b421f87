using System.IO.Compression;
using System.Text;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Output;
using CountyInnovation.Sdk.Reports.Bulletins;
using MiniExcelLibs;

namespace CountyInnovation.Sdk.Reports.Tests.Safety;

/// <summary>County, city and method names with markup, quotes, ampersands, Markdown and spreadsheet metacharacters come out inert in every format.</summary>
public sealed class InjectionTests
{
    private static string Render(Bulletin bulletin, BulletinFormat format)
    {
        var text = new StringWriter();
        BulletinWriter.Write(bulletin, format, text);
        return text.ToString();
    }

    [Fact]
    public void Html_escapes_every_name_in_the_markup_and_in_the_chart_data()
    {
        var html = Render(ReportFixtures.Hostile(), BulletinFormat.Html);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;县", html, StringComparison.Ordinal);
        Assert.Contains("&quot;引号&quot; &amp; &#39;apostrophe&#39; 县", html, StringComparison.Ordinal);
        Assert.Equal(4, CountOf(html, "<script"));
        Assert.Equal(4, CountOf(html, "</script>"));
    }

    [Fact]
    public void A_hostile_method_name_is_escaped_in_html_and_markdown()
    {
        var method = MethodConfiguration.Default.WithName("<img src=x onerror=alert(1)> | *m*");
        var pipeline = EvaluationPipeline.Create(CountyInnovation.Sdk.Indicators.HebeiFramework.Default, method);
        var result = pipeline.Evaluate(CountyInnovation.Sdk.Data.SamplePanel.Load(), ReportFixtures.Sample.Result.Year);
        var bulletin = Bulletin.Create(result);

        // The markup outside the script elements (the vendored chart library holds "<img" in its own strings).
        var html = System.Text.RegularExpressions.Regex.Replace(Render(bulletin, BulletinFormat.Html), "<script[^>]*>.*?</script>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
        var markdown = Render(bulletin, BulletinFormat.Markdown);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)<img", markdown);
        Assert.Contains(MarkdownText.Escape("<img src=x onerror=alert(1)> | *m*"), markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_every_name()
    {
        var markdown = Render(ReportFixtures.Hostile(), BulletinFormat.Markdown);

        Assert.DoesNotMatch(@"(?<!\\)<script>", markdown);
        Assert.DoesNotContain("[链接](javascript", markdown, StringComparison.Ordinal);
        Assert.Contains(MarkdownText.Escape(ReportFixtures.HostileNames[6]), markdown, StringComparison.Ordinal);
        Assert.All(markdown.Split('\n').Where(l => l.StartsWith("| 1", StringComparison.Ordinal)), line => Assert.Equal(6, line.Count(c => c == '|') - CountOf(line, "\\|")));
    }

    [Fact]
    public void Csv_neutralises_every_cell_that_a_spreadsheet_would_read_as_a_formula()
    {
        var csv = Render(ReportFixtures.Hostile(), BulletinFormat.Csv);
        var cells = Cells(csv).Skip(1).SelectMany(row => row).ToList();

        Assert.All(cells.Where(c => c.Length > 0), cell => Assert.False(CsvCell.FormulaTriggers.Contains(cell[0], StringComparison.Ordinal), cell));
        Assert.Contains("'=HYPERLINK(\"http://example.invalid\",\"点击\")", cells);
        Assert.Contains("'@SUM(A1:A9)", cells);
        Assert.Contains("'\tTAB县", cells);
        Assert.All(ReportFixtures.HostileNames, name => Assert.Contains(cells, c => CsvCell.Restore(c) == name));
    }

    [Fact]
    public void Xlsx_stores_every_name_as_text_never_as_a_formula()
    {
        var stream = new MemoryStream();
        BulletinWriter.Write(ReportFixtures.Hostile(), BulletinFormat.Xlsx, stream);

        stream.Position = 0;
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var xml = reader.ReadToEnd();
                Assert.DoesNotContain("<x:f", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<f ", xml, StringComparison.Ordinal);
            }
        }

        stream.Position = 0;
        var names = stream.Query(useHeaderRow: true, sheetName: "县（市、区）").Cast<IDictionary<string, object?>>().Select(r => r["县（市、区）"] as string).ToList();
        Assert.Equal(ReportFixtures.HostileNames.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    /// <summary>The rows of an RFC 4180 text: fields split at commas outside quotes, "" inside quotes as one quote.</summary>
    private static List<List<string>> Cells(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        return rows;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

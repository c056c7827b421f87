using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Tests.Data;

public class CsvRecordReaderTests
{
    private static (List<CsvRecord> Records, List<DataProblem> Problems, List<string> Comments) ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text), "t.csv");
        var problems = new List<DataProblem>();
        var records = new List<CsvRecord>();
        while (reader.TryRead(out var record, problems))
        {
            records.Add(record);
        }

        return (records, problems, reader.Comments);
    }

    [Fact]
    public void Reads_quoted_fields_with_commas_doubled_quotes_and_line_breaks()
    {
        var (records, problems, _) = ReadAll("a,\"b,c\",\"say \"\"hi\"\"\"\n\"multi\nline\",x,\n\nlast,,\r\n");
        Assert.Empty(problems);
        Assert.Equal(["a", "b,c", "say \"hi\""], records[0].Fields);
        Assert.Equal(["multi\nline", "x", ""], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(["last", "", ""], records[2].Fields);
        Assert.Equal(5, records[2].Line);
    }

    [Fact]
    public void Leading_comments_and_a_byte_order_mark_are_not_records()
    {
        var (records, _, comments) = ReadAll("\uFEFF# one\n#two\nh1,h2\n# not a comment,x\n");
        Assert.Equal(["one", "two"], comments);
        Assert.Equal(["h1", "h2"], records[0].Fields);
        Assert.Equal(["# not a comment", "x"], records[1].Fields);
    }

    [Fact]
    public void Malformed_records_are_reported_with_line_and_field_and_skipped()
    {
        var (records, problems, _) = ReadAll("ok,1\nba\"d,2\n\"x\"y,3\nfine,4\n\"open,5\n");
        Assert.Equal(["ok", "fine"], records.Select(r => r.Fields[0]));
        Assert.Equal([SourceLocation.Of("t.csv", 2, 1), SourceLocation.Of("t.csv", 3, 1), SourceLocation.Of("t.csv", 5, 1)], problems.Select(p => p.Location));
    }

    [Fact]
    public void A_header_without_rows_is_an_error_for_panel_data()
    {
        var ex = Assert.Throws<InvalidInputException>(() => PanelCsvReader.ReadWide(new StringReader("county_code,year,x\n"), "t.csv"));
        Assert.Contains("no data rows", ex.First.Message, StringComparison.Ordinal);
    }
}

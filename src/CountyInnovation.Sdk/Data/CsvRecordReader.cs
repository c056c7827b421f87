using System.Globalization;
using System.Text;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// An RFC 4180 CSV reader that knows where it is: comma-separated fields, optionally in double
/// quotes (a quote inside a quoted field is doubled; quoted fields may span lines). Lines starting
/// with <c>#</c> before the first record are comments. Blank lines are skipped. Malformed records
/// are reported as <see cref="DataProblem"/>s and skipped; reading goes on to find every problem.
/// Columns in problems are 1-based field numbers.
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader reader;
    private readonly StringBuilder field = new();
    private readonly List<string> fields = [];
    private int lineNumber;
    private long characters;
    private int records;
    private bool inHeaderComments = true;

    public CsvRecordReader(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(source);
        this.reader = reader;
        Source = source;
    }

    public string Source { get; }

    /// <summary>The text of the leading comment lines, without the <c>#</c> and surrounding spaces.</summary>
    public List<string> Comments { get; } = [];

    public SourceLocation At(int line, int? column = null) => SourceLocation.Of(Source, line, column);

    /// <summary>Reads the next well-formed record; malformed ones are reported and skipped.</summary>
    public bool TryRead(out CsvRecord record, List<DataProblem> problems)
    {
        while (ReadLine() is { } read)
        {
            var line = lineNumber == 1 && read.StartsWith('\uFEFF') ? read[1..] : read;
            if (line.Length == 0)
            {
                continue;
            }

            if (inHeaderComments && line[0] == '#')
            {
                Comments.Add(line[1..].Trim());
                continue;
            }

            inHeaderComments = false;
            var start = lineNumber;
            if (ParseRecord(line, start, problems))
            {
                if (++records > InputLimits.MaxCsvRecords)
                {
                    throw Limit(problems, At(start), string.Create(CultureInfo.InvariantCulture, $"More than {InputLimits.MaxCsvRecords:N0} records, the most a file may hold (see docs/security.md)."));
                }

                record = new CsvRecord(start, [.. fields]);
                return true;
            }
        }

        record = default;
        return false;
    }

    /// <summary>The next physical line, counting lines and characters; more than <see cref="InputLimits.MaxCharacters"/> in all stops reading.</summary>
    private string? ReadLine()
    {
        var line = reader.ReadLine();
        if (line is not null)
        {
            lineNumber++;
            characters += line.Length + 1;
            if (characters > InputLimits.MaxCharacters)
            {
                throw InputLimits.TooLarge(Source);
            }
        }

        return line;
    }

    private static InvalidInputException Limit(List<DataProblem> problems, SourceLocation at, string message) =>
        new([.. problems, DataProblem.At(at, message)]);

    private bool ParseRecord(string line, int start, List<DataProblem> problems)
    {
        fields.Clear();
        var ok = true;
        var i = 0;
        while (true)
        {
            var column = fields.Count + 1;
            if (i < line.Length && line[i] == '"')
            {
                field.Clear();
                i++;
                var closed = false;
                while (!closed)
                {
                    if (i >= line.Length)
                    {
                        if (ReadLine() is not { } next)
                        {
                            problems.Add(DataProblem.At(At(start, column), "A quoted field is not closed before the end of the file: add the closing '\"'."));
                            return false;
                        }

                        field.Append('\n');
                        line = next;
                        i = 0;
                        continue;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                        }
                        else
                        {
                            i++;
                            closed = true;
                        }
                    }
                    else
                    {
                        field.Append(line[i]);
                        i++;
                    }
                }

                if (i < line.Length && line[i] != ',')
                {
                    problems.Add(DataProblem.At(At(lineNumber, column), $"Unexpected text after the closing quote of field {column}: a quoted field must end at a comma or the end of the line."));
                    ok = false;
                    var comma = line.IndexOf(',', i);
                    i = comma < 0 ? line.Length : comma;
                }

                fields.Add(field.ToString());
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                var text = line[i..end];
                if (text.Contains('"', StringComparison.Ordinal))
                {
                    problems.Add(DataProblem.At(At(lineNumber, column), $"A double quote inside the unquoted field {column}: quote the whole field and double the quote (\"\")."));
                    ok = false;
                }

                fields.Add(text);
                i = end;
            }

            if (i < line.Length && line[i] == ',')
            {
                if (fields.Count >= InputLimits.MaxCsvFields)
                {
                    throw Limit(problems, At(start, fields.Count + 1), string.Create(CultureInfo.InvariantCulture, $"More than {InputLimits.MaxCsvFields:N0} fields in one record, the most a file may have (see docs/security.md)."));
                }

                i++;
                continue;
            }

            return ok;
        }
    }
}

using System.Text;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Tests.Hardening;

/// <summary>One-line and oversized inputs: the work of locating tokens stays linear, the limits are enforced with a clear error.</summary>
public class HostileSizeTests
{
    [Fact]
    public void Locating_every_token_of_a_one_line_file_visits_each_byte_once()
    {
        var text = "[" + string.Join(",", Enumerable.Range(0, 100_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new JsonLineMap(bytes, "one-line.json");
        var reader = new System.Text.Json.Utf8JsonReader(bytes);
        var last = SourceLocation.Of("one-line.json");
        while (reader.Read())
        {
            last = lines.At(reader.TokenStartIndex);
        }

        Assert.Equal(bytes.Length, last.Column); // the closing bracket, last byte of the line
        Assert.True(lines.BytesCounted <= bytes.Length, $"{lines.BytesCounted} bytes counted for {bytes.Length}");
    }

    [Fact]
    public void Columns_count_characters_not_bytes_and_astral_characters_count_twice()
    {
        var bytes = Encoding.UTF8.GetBytes("[\"县\",\n\"😀\", 1]");
        var lines = new JsonLineMap(bytes, "x.json");
        Assert.Equal((1, 2), Place(lines.At(1)));
        Assert.Equal((2, 1), Place(lines.At(Array.IndexOf(bytes, (byte)'\n') + 1)));
        Assert.Equal((2, 7), Place(lines.At(bytes.Length - 2)));
        Assert.Equal((1, 2), Place(lines.At(1))); // asking backwards still works
    }

    [Fact]
    public void A_four_megabyte_one_line_observation_file_is_read_with_every_problem_located()
    {
        // About 80,000 observations of an unknown target on one line: each is a located problem.
        var item = """{ "target": "X-1", "period": 2021, "value": 1.5 },""";
        var text = "{ \"observations\": [" + string.Concat(Enumerable.Repeat(item, 4 * 1024 * 1024 / item.Length)) + "] }";
        Assert.True(text.Length > 4_000_000);

        var e = Assert.Throws<InvalidInputException>(() => ObservationJsonReader.Read(new StringReader(text), "big.json", PolicyTargets.Hebei2020));

        Assert.All(e.Problems, p => Assert.Equal(1, p.Location.Line));
        Assert.Equal(e.Problems.Length, e.Problems.Select(p => p.Location.Column).Distinct().Count());
    }

    [Fact]
    public void An_input_over_the_character_limit_is_refused_with_the_limit_named()
    {
        var reader = new EndlessReader('[');
        var e = Assert.Throws<InvalidInputException>(() => ObservationJsonReader.Read(reader, "endless.json", PolicyTargets.Hebei2020));
        Assert.Contains("more than 67,108,864 characters", e.First.Message, StringComparison.Ordinal);
        Assert.InRange(reader.Served, InputLimits.MaxCharacters, InputLimits.MaxCharacters + (1 << 17));

        var csv = new EndlessReader('1', lineEvery: 1000, firstLine: "target,period,value");
        var c = Assert.Throws<InvalidInputException>(() => ObservationCsvReader.Read(csv, "endless.csv", PolicyTargets.Hebei2020));
        Assert.Contains("more than 67,108,864 characters", c.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_too_many_fields_is_refused_with_its_line()
    {
        var csv = "target,period,value\n" + new string(',', InputLimits.MaxCsvFields + 5) + "\n";
        var e = Assert.Throws<InvalidInputException>(() => ObservationCsvReader.Read(new StringReader(csv), "wide.csv", PolicyTargets.Hebei2020));
        Assert.Contains(e.Problems, p => p.Location.Line == 2 && p.Message.Contains("fields in one record", StringComparison.Ordinal));
    }

    private static (int?, int?) Place(SourceLocation l) => (l.Line, l.Column);

    /// <summary>A text that never ends.</summary>
    private sealed class EndlessReader(char fill, int lineEvery = 0, string? firstLine = null) : TextReader
    {
        private bool headerServed;

        public long Served { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[index + i] = lineEvery > 0 && (Served + i) % lineEvery == lineEvery - 1 ? '\n' : fill;
            }

            Served += count;
            return count;
        }

        public override int Read() => Read(new char[1], 0, 1) > 0 ? fill : -1;

        public override int Peek() => fill;

        public override string? ReadLine()
        {
            if (firstLine is not null && !headerServed)
            {
                headerServed = true;
                return firstLine;
            }

            var line = new StringBuilder();
            while (true)
            {
                Served++;
                if (lineEvery > 0 && Served % lineEvery == 0)
                {
                    return line.ToString();
                }

                line.Append(fill);
            }
        }
    }
}

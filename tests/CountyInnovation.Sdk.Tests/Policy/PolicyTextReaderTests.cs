using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Sdk.Tests.Policy;

public class PolicyTextReaderTests
{
    private const string Valid = """
        标题
        序言（冀政办字〔2019〕9号）。
        一、第一部分
        1.措施一。（责任单位：省科技厅）
        2.措施二，参见（冀办发〔2016〕65号）。（责任单位：各市政府，雄安新区管委会、省教育厅）
        二、第二部分
        3.措施三。（责任单位：省税务局）
        """;

    private static PolicyTextReader.PolicyText Read(string text) => PolicyTextReader.Read(new StringReader(text), "test.txt");

    [Fact]
    public void Reads_a_well_formed_text()
    {
        var text = Read(Valid);
        Assert.Equal("标题", text.TitleZh);
        Assert.Equal(2, text.Sections.Length);
        Assert.Equal([1, 1, 2], text.Measures.Select(m => m.Section.Value));
        Assert.Equal(["各市政府", "雄安新区管委会", "省教育厅"], text.Measures[1].UnitNamesZh.AsEnumerable());
        Assert.Equal("措施二，参见（冀办发〔2016〕65号）。", text.Measures[1].TextZh);
        Assert.Equal(["冀政办字〔2019〕9号", "冀办发〔2016〕65号"], text.CitedDocuments.Select(d => d.ToString()));
        Assert.Equal(5, text.Measures[1].Line);
    }

    [Fact]
    public void Reports_every_problem_with_its_place()
    {
        const string broken = """
            标题
            序言。
            一、第一部分
            1.措施一。（责任单位：省科技局）
            3.措施三。
            三、跳过的部分
            4.见冀政办字[2019]9号。（责任单位：省科技厅、省科技厅）
            随便一行
            """;
        var e = Assert.Throws<InvalidInputException>(() => Read(broken));
        var messages = e.Problems.Select(p => p.ToString()).ToArray();
        Assert.Contains(messages, m => m.StartsWith("test.txt:4:", StringComparison.Ordinal) && m.Contains("unknown responsible unit '省科技局'", StringComparison.Ordinal) && m.Contains("Did you mean '省科技厅'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("test.txt:5:", StringComparison.Ordinal) && m.Contains("out of order", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("test.txt:5:", StringComparison.Ordinal) && m.Contains("（责任单位：…）", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("test.txt:6:", StringComparison.Ordinal) && m.Contains("expected section 2", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("test.txt:7:", StringComparison.Ordinal) && m.Contains("冀政办字〔2019〕9号", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("test.txt:7:", StringComparison.Ordinal) && m.Contains("twice", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("test.txt:8:1", StringComparison.Ordinal) && m.Contains("随便一行", StringComparison.Ordinal));
        Assert.All(e.Problems.Where(p => p.Location.Line is 4 or 5 or 7), p => Assert.NotNull(p.Measure));
    }

    [Fact]
    public void The_column_points_at_the_unknown_unit()
    {
        var e = Assert.Throws<InvalidInputException>(() => Read("标题\n序言。\n一、部分\n1.文。（责任单位：省科技厅、无此单位）\n"));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(4, problem.Location.Line);
        Assert.Equal("1.文。（责任单位：省科技厅、".Length + 1, problem.Location.Column);
    }

    [Theory]
    [InlineData("")]
    [InlineData("标题\n")]
    public void Empty_or_headless_texts_are_reported(string text) =>
        Assert.Throws<InvalidInputException>(() => Read(text));
}

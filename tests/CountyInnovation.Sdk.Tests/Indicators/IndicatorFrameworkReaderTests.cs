using System.Text;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Indicators;

public class IndicatorFrameworkReaderTests
{
    private const string Header = "code,level,parent,name_zh,name_en,kind,unit,direction,weight,lower,upper,target,formula,provenance";

    private static IndicatorFramework Csv(string text) => IndicatorFrameworkReader.ReadCsv(new StringReader(text), "f.csv");

    private static InvalidInputException CsvFails(string body) => Assert.Throws<InvalidInputException>(() => Csv(Header + "\n" + body));

    private static string Valid(params string[] extra) => string.Join("\n", new[]
    {
        "idx,0,,指数,Index,index,,,,,,,,official",
        "in,1,idx,投入,Input,group,,,2,,,,,",
        "rd,2,in,研发强度,R&D intensity,quantitative,%,more_is_better,1,0,2.5,2.5,\"ratio(rd_exp, gdp, 100)\",national_standard",
        "cost,2,in,成本,Cost,quantitative,元,-,1,,,,,",
    }.Concat(extra)) + "\n";

    private static string WriteCsv(IndicatorFramework framework)
    {
        var writer = new StringWriter();
        IndicatorFrameworkWriter.WriteCsv(framework, writer);
        return writer.ToString();
    }

    private static string WriteJson(IndicatorFramework framework)
    {
        using var stream = new MemoryStream();
        IndicatorFrameworkWriter.WriteJson(framework, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Reads_a_valid_csv_framework()
    {
        var framework = Csv(Header + "\n" + Valid());
        Assert.Equal(2, framework.Indicators.Length);
        var rd = framework.GetIndicator(IndicatorCode.Parse("rd"));
        Assert.Equal(Goalposts.Of(0, 2.5), rd.Goalposts);
        Assert.Equal(2.5, rd.StandardValue);
        Assert.Equal("rd_exp / gdp × 100", rd.Formula!.Describe());
        Assert.Equal(IndicatorProvenance.NationalStandard, rd.Provenance);
        Assert.Equal(IndicatorDirection.LessIsBetter, framework.GetIndicator(IndicatorCode.Parse("cost")).Direction);
    }

    [Fact]
    public void The_hebei_default_round_trips_through_csv_and_json()
    {
        var framework = HebeiFramework.Default;
        Assert.Equal(framework, Csv(WriteCsv(framework)));
        Assert.Equal(framework, IndicatorFrameworkReader.ReadJson(new StringReader(WriteJson(framework)), "f.json"));
    }

    [Fact]
    public void Reports_unknown_and_missing_columns()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Csv("code,parent,name_zh,name_en,kind,wieght\nidx,,a,b,index,\n"));
        Assert.Equal([SourceLocation.Of("f.csv", 1, 6), SourceLocation.Of("f.csv", 1)], ex.Problems.Select(p => p.Location));
    }

    [Theory]
    [InlineData("x,2,in,名,Name,quantitative,%,more_is_better,0,,,,,", 9, "positive number")]
    [InlineData("x,2,in,名,Name,quantitative,%,more_is_better,-3,,,,,", 9, "positive number")]
    [InlineData("x,2,in,名,Name,quantitative,%,more_is_better,abc,,,,,", 9, "not a finite number")]
    [InlineData("x,2,in,名,Name,quantitative,%,more_is_better,,,,,,", 9, "has no weight")]
    [InlineData("x,2,in,名,Name,quantitative,%,up,1,,,,,", 8, "not a direction")]
    [InlineData("x,2,in,名,Name,leaf,%,more_is_better,1,,,,,", 6, "not a kind")]
    [InlineData("x,2,in,名,Name,quantitative,%,more_is_better,1,0,,,,", 11, "only one goalpost")]
    [InlineData("x,2,in,名,Name,quantitative,%,more_is_better,1,5,5,,,", 11, "must be greater")]
    [InlineData("x,2,in,名,Name,quantitative,%,more_is_better,1,,,,sum(a),", 13, "not a formula")]
    [InlineData("x,2,in,名,Name,quantitative,%,more_is_better,1,,,,,guess", 14, "not a provenance")]
    [InlineData("x,2,in,,Name,quantitative,%,more_is_better,1,,,,,", 4, "no Chinese name")]
    [InlineData("x,2,,名,Name,quantitative,%,more_is_better,1,,,,,", 3, "has no parent")]
    [InlineData("1x,2,in,名,Name,quantitative,%,more_is_better,1,,,,,", 1, "start with an ASCII letter")]
    [InlineData("x,3,in,名,Name,quantitative,%,more_is_better,1,,,,,", 2, "at level 2")]
    [InlineData("x,2,in,名,Name,qualitative,分,more_is_better,1,,,,,", 6, "needs goalposts")]
    [InlineData("x,2,x,名,Name,quantitative,%,more_is_better,1,,,,,", 3, "its own parent")]
    [InlineData("x,2,x,名,Name,group,,,1,,,,,", 3, "its own parent")]
    public void Reports_a_bad_row_at_its_line_and_column(string row, int column, string message)
    {
        var problem = Assert.Single(CsvFails(Valid(row)).Problems);
        Assert.Equal(SourceLocation.Of("f.csv", 6, column), problem.Location);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_duplicates_at_the_second_occurrence_naming_the_first()
    {
        var problem = Assert.Single(CsvFails(Valid("rd,2,in,重复,Dup,quantitative,%,+,1,,,,,")).Problems);
        Assert.Equal(SourceLocation.Of("f.csv", 6, 1), problem.Location);
        Assert.Contains("f.csv:4", problem.Message, StringComparison.Ordinal);
        Assert.Equal("rd", problem.Indicator);
    }

    [Fact]
    public void Reports_orphans_cycles_and_groups_without_indicators_at_their_rows()
    {
        var orphan = Assert.Single(CsvFails(Valid("x,,ghost,名,Name,quantitative,%,+,1,,,,,")).Problems);
        Assert.Equal(SourceLocation.Of("f.csv", 6), orphan.Location);
        Assert.Contains("orphan", orphan.Message, StringComparison.Ordinal);

        var cycle = Assert.Single(CsvFails(Valid("p,,q,甲,P,group,,,1,,,,,", "q,,p,乙,Q,group,,,1,,,,,", "x,,p,名,Name,quantitative,%,+,1,,,,,")).Problems);
        Assert.Contains("cycle", cycle.Message, StringComparison.Ordinal);
        Assert.Equal("f.csv", cycle.Location.Source);
        Assert.NotNull(cycle.Location.Line);

        var empty = Assert.Single(CsvFails(Valid("lonely,1,idx,空,Empty,group,,,1,,,,,")).Problems);
        Assert.Equal(SourceLocation.Of("f.csv", 6), empty.Location);
        Assert.Equal("lonely", empty.Indicator);
    }

    [Fact]
    public void Reports_group_fields_that_apply_to_indicators_only()
    {
        var problem = Assert.Single(CsvFails(Valid("g,1,idx,组,G,group,,+,1,,,,,", "y,2,g,名,Y,quantitative,%,+,1,,,,,")).Problems);
        Assert.Equal(SourceLocation.Of("f.csv", 6, 8), problem.Location);
    }

    [Fact]
    public void Collects_every_problem_of_a_file()
    {
        var ex = CsvFails(Valid("a,2,in,名,Name,quantitative,%,up,0,,,,,", "b,2,in,名,Name,quantitative,%,+,1,1,,,,", "c,2,nowhere,名,Name,quantitative,%,+,1,,,,,"));
        Assert.Equal(4, ex.Problems.Length);
    }

    [Fact]
    public void Reads_json_and_locates_problems_by_line_and_column()
    {
        const string Json = """
            {
              "framework": "t",
              "nodes": [
                { "code": "idx", "kind": "index", "name_zh": "指数", "name_en": "Index" },
                { "code": "a", "parent": "idx", "kind": "quantitative", "name_zh": "甲", "name_en": "A", "direction": "+", "weight": 0 },
                { "code": "b", "parent": "idx", "kind": "quantitative", "name_zh": "乙", "name_en": "B", "direction": "-", "weight": 2, "colour": "red" }
              ]
            }
            """;
        var ex = Assert.Throws<InvalidInputException>(() => IndicatorFrameworkReader.ReadJson(new StringReader(Json), "f.json"));
        Assert.Equal([SourceLocation.Of("f.json", 5, 121), SourceLocation.Of("f.json", 6, 124)], ex.Problems.Select(p => p.Location));
        Assert.Contains("Unknown property 'colour'", ex.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_json_array_of_nodes_and_reports_syntax_errors_with_their_place()
    {
        var framework = IndicatorFrameworkReader.ReadJson(new StringReader("""[{"code":"i","kind":"index","name_zh":"指","name_en":"I"},{"code":"x","parent":"i","kind":"quantitative","name_zh":"x","name_en":"X","direction":1,"weight":1}]"""), "a.json");
        Assert.Single(framework.Indicators);
        var ex = Assert.Throws<InvalidInputException>(() => IndicatorFrameworkReader.ReadJson(new StringReader("[\n  {\"code\": \"i\",,}\n]"), "b.json"));
        Assert.Equal(2, ex.First.Location.Line);
        Assert.Contains("not valid JSON", ex.First.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_property_given_twice_is_reported_not_overwritten()
    {
        const string Json = """
            [
              { "code": "i", "kind": "index", "name_zh": "指", "name_en": "I" },
              { "code": "x", "parent": "i", "kind": "quantitative", "name_zh": "x", "name_en": "X", "direction": 1, "weight": 1, "weight": 2 }
            ]
            """;
        var problem = Assert.Single(Assert.Throws<InvalidInputException>(() => IndicatorFrameworkReader.ReadJson(new StringReader(Json), "d.json")).Problems);
        Assert.Equal(SourceLocation.Of("d.json", 3, 118), problem.Location);
        Assert.Equal("x", problem.Indicator);
        Assert.Contains("'weight' appears twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_after_the_framework_and_nodes_that_are_not_an_array_are_reported()
    {
        const string Nodes = """[{"code":"i","kind":"index","name_zh":"指","name_en":"I"},{"code":"x","parent":"i","kind":"quantitative","name_zh":"x","name_en":"X","direction":1,"weight":1}]""";
        var trailing = Assert.Throws<InvalidInputException>(() => IndicatorFrameworkReader.ReadJson(new StringReader(Nodes + "\n" + Nodes), "t.json"));
        Assert.Equal(SourceLocation.Of("t.json", 2, 1), Assert.Single(trailing.Problems).Location);

        var notArray = Assert.Throws<InvalidInputException>(() => IndicatorFrameworkReader.ReadJson(new StringReader("{ \"nodes\": {} }"), "n.json")).Problems;
        Assert.Equal([SourceLocation.Of("n.json"), SourceLocation.Of("n.json", 1, 12)], notArray.Select(p => p.Location));
        Assert.Contains("'nodes' must be an array", notArray[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_syntax_error_after_chinese_text_is_located_in_characters_not_bytes()
    {
        var ex = Assert.Throws<InvalidInputException>(() => IndicatorFrameworkReader.ReadJson(new StringReader("[{\"name_zh\": \"指数\" \"x\"}]"), "c.json"));
        Assert.Equal(SourceLocation.Of("c.json", 1, 19), ex.First.Location);
    }

    private static readonly Gen<IndicatorFramework> Frameworks =
        from groupCount in Gen.Choose(1, 4)
        from sizes in Gen.ArrayOf(Gen.Choose(1, 4), groupCount)
        from weights in Gen.ArrayOf(Gen.Choose(1, 1000).Select(w => w / 8.0), groupCount + sizes.Sum())
        from flags in Gen.ArrayOf(Gen.Choose(0, 7), sizes.Sum())
        select Build(sizes, weights, flags);

    private static IndicatorFramework Build(int[] sizes, double[] weights, int[] flags)
    {
        var groups = new List<IndicatorGroup> { IndicatorGroup.Root(IndicatorCode.Parse("root"), "指数, \"引号\"", "Index, with comma") };
        var indicators = new List<Indicator>();
        var w = 0;
        var k = 0;
        for (var g = 0; g < sizes.Length; g++)
        {
            var group = IndicatorCode.Parse($"g{g}");
            groups.Add(IndicatorGroup.Create(group, groups[0].Code, $"组{g}", $"Group {g}", weights[w++], (IndicatorProvenance)(g % 3), IndicatorProvenance.SdkAssumption, g % 2 == 0 ? null : "a note"));
            for (var i = 0; i < sizes[g]; i++, k++)
            {
                var f = flags[k];
                var qualitative = f == 7;
                indicators.Add(Indicator.Create(
                    IndicatorCode.Parse($"g{g}.i{i}"), group, $"指标{k}", $"Indicator {k}", f % 2 == 0 ? "%" : string.Empty,
                    f % 3 == 0 ? IndicatorDirection.LessIsBetter : IndicatorDirection.MoreIsBetter, weights[w++],
                    qualitative ? IndicatorKind.Qualitative : IndicatorKind.Quantitative,
                    qualitative || f % 2 == 1 ? Goalposts.Of(-f / 3.0, 100 + f) : null,
                    f % 4 == 0 ? f * 0.1 : null,
                    qualitative ? null : f == 5 ? IndicatorFormula.Ratio(IndicatorCode.Parse("num"), IndicatorCode.Parse("den"), 100) : f == 6 ? IndicatorFormula.GrowthRate(IndicatorCode.Parse("stock")) : null,
                    (IndicatorProvenance)(f % 3),
                    (IndicatorProvenance)((f + 1) % 3)));
            }
        }

        return IndicatorFramework.Create(groups, indicators);
    }

    [Property(MaxTest = 60)]
    public Property Any_framework_round_trips_through_csv_and_json() =>
        Prop.ForAll(Frameworks.ToArbitrary(), framework =>
            framework.Equals(Csv(WriteCsv(framework)))
            && framework.Equals(IndicatorFrameworkReader.ReadJson(new StringReader(WriteJson(framework)), "f.json")));
}

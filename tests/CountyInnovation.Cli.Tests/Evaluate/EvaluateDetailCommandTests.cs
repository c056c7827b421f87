using System.Text.Json;

namespace CountyInnovation.Cli.Tests.Evaluate;

/// <summary><c>evaluate --detail</c>, <c>--table</c>, COINr's files read as they are, units files and unlisted units.</summary>
public class EvaluateDetailCommandTests(EvaluateFixture fixture) : IClassFixture<EvaluateFixture>
{
    private static string Asem(string file)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "tests", "CountyInnovation.Sdk.Tests", "Conformance", "Data")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder!.FullName, "tests", "CountyInnovation.Sdk.Tests", "Conformance", "Data", file);
    }

    [Fact]
    public void Detail_json_has_every_level_and_the_weights()
    {
        var (exit, output, error) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "json", "--detail");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("county-innovation/evaluation-detail/v1", root.GetProperty("schema").GetString());
        var groups = root.GetProperty("groups");
        Assert.Equal(0, groups[0].GetProperty("level").GetInt32());
        foreach (var group in groups.EnumerateArray())
        {
            Assert.Equal(1.0, group.GetProperty("weights").EnumerateArray().Sum(w => w.GetProperty("weight").GetDouble()), 12);
        }

        var unit = root.GetProperty("units")[0];
        Assert.Equal(groups.GetArrayLength(), unit.GetProperty("groups").EnumerateObject().Count());
        Assert.Equal(root.GetProperty("indicators").GetArrayLength(), unit.GetProperty("indicators").EnumerateObject().Count());
    }

    [Fact]
    public void Detail_needs_json_and_table_needs_csv()
    {
        Assert.Equal(1, EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--detail").Exit);
        Assert.Equal(1, EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--table", "groups", "--format", "json").Exit);
    }

    [Theory]
    [InlineData("indicators", "evaluation_year,data_year,unit,unit_name,indicator,parent,raw,imputed,treated,normalised", 51 * 49)]
    [InlineData("groups", "evaluation_year,data_year,unit,unit_name,group,level,score,rank", 51 * 11)]
    [InlineData("weights", "evaluation_year,data_year,group,level,component,weight,weight_kind,weighting,aggregation", 49 + 10)]
    public void Coinr_files_read_as_they_are_give_tidy_tables(string table, string header, int rows)
    {
        var (exit, output, error) = EvaluateFixture.Run("evaluate", "--coinr-data", Asem("iData.csv"), "--coinr-meta", Asem("iMeta.csv"), "--format", "csv", "--table", table);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(header, lines[0]);
        Assert.Equal(rows, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("2018,2018,", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Coinr_data_group_by_a_column()
    {
        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--coinr-data", Asem("iData.csv"), "--coinr-meta", Asem("iMeta.csv"), "--group-by", "GDP_group", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var cities = json.RootElement.GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("city").GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["L", "M", "S", "XL"], cities);
        Assert.Equal(1, EvaluateFixture.Run("evaluate", "--coinr-data", Asem("iData.csv"), "--coinr-meta", Asem("iMeta.csv"), "--group-by", "Nope").Exit);
    }

    [Fact]
    public void A_units_file_decides_which_units_are_accepted_and_absent_ones_are_noted()
    {
        var counties = Sdk.Counties.HebeiCounties.All.Where((_, i) => i % 7 == 0).Take(24).ToList();
        var extra = Sdk.Counties.HebeiCounties.All[1];
        var all = fixture.Write("units-all.csv", "code,name,city\n" + string.Join('\n', counties.Append(extra).Select(c => $"{c.Code},{c.NameZh},{c.EvaluationGroup.NameZh}")) + "\n");
        var (exit, output, error) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--units", all, "--format", "markdown");
        Assert.True(exit == 0, error);
        Assert.Contains($"1 listed unit(s) without data for 2022, not evaluated: {extra.Code} {extra.NameZh}.", output, StringComparison.Ordinal);

        var missingOne = fixture.Write("units-short.csv", "code,name,city\n" + string.Join('\n', counties.Skip(1).Select(c => $"{c.Code},{c.NameZh},{c.EvaluationGroup.NameZh}")) + "\n");
        var (refused, _, why) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--units", missingOne);
        Assert.Equal(1, refused);
        Assert.Contains("allow unlisted units explicitly", why, StringComparison.Ordinal);
    }
}

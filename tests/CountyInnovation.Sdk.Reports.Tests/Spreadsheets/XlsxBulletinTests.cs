using System.Text.Json;
using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Localization;
using MiniExcelLibs;

namespace CountyInnovation.Sdk.Reports.Tests.Spreadsheets;

public sealed class XlsxBulletinTests
{
    private static MemoryStream Workbook(BulletinOptions? options = null)
    {
        var stream = new MemoryStream();
        BulletinWriter.Write(ReportFixtures.Sample, BulletinFormat.Xlsx, stream, options);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void The_workbook_has_the_six_sheets_with_Chinese_names()
    {
        using var stream = Workbook();

        Assert.Equal(["概况", "县（市、区）", "跃升", "设区市", "数据质量", "评价方法"], stream.GetSheetNames());
    }

    [Fact]
    public void A_write_only_stream_such_as_an_atomic_file_gets_the_same_workbook()
    {
        var path = Path.Combine(Path.GetTempPath(), "county-innovation-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            BulletinWriter.WriteFile(ReportFixtures.Sample, BulletinFormat.Xlsx, path);

            using var stream = File.OpenRead(path);
            Assert.Equal(6, stream.GetSheetNames().Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void English_sheet_names_when_asked()
    {
        using var stream = Workbook(BulletinOptions.Default.WithLanguage(ReportLanguage.English));

        Assert.Equal(["Summary", "Counties", "Leaps", "Cities", "Data quality", "Method"], stream.GetSheetNames());
    }

    [Fact]
    public void Read_back_the_counties_sheet_gives_the_numbers_of_the_json()
    {
        var bulletin = ReportFixtures.Sample;
        using var json = JsonDocument.Parse(BulletinJsonWriter.Write(bulletin));
        var expected = json.RootElement.GetProperty("counties").EnumerateArray().ToList();
        using var stream = Workbook();

        var rows = stream.Query(useHeaderRow: true, sheetName: "县（市、区）").Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("code").GetString(), rows[i]["代码"]);
            Assert.Equal(expected[i].GetProperty("rank").GetInt32(), Convert.ToInt32(rows[i]["排名"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].GetProperty("score").GetDouble(), Convert.ToDouble(rows[i]["得分"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].GetProperty("class").GetString() + "类", rows[i]["类别"]);
            for (var k = 0; k < bulletin.Result.FirstLevelCodes.Length; k++)
            {
                var sub = expected[i].GetProperty("subScores").GetProperty(bulletin.Result.FirstLevelCodes[k]).GetDouble();
                Assert.Equal(sub, Convert.ToDouble(rows[i][bulletin.Result.FirstLevelNames[k]], System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void The_cities_sheet_has_the_averages_of_the_json()
    {
        using var json = JsonDocument.Parse(BulletinJsonWriter.Write(ReportFixtures.Sample));
        using var stream = Workbook();

        var rows = stream.Query(useHeaderRow: true, sheetName: "设区市").Cast<IDictionary<string, object?>>().ToList();
        var cities = json.RootElement.GetProperty("cities").EnumerateArray().ToList();

        Assert.Equal(12, rows.Count);
        Assert.Equal(cities.Select(c => c.GetProperty("city").GetString()), rows.Select(r => r["设区市"] as string));
        Assert.Equal(cities.Select(c => c.GetProperty("averageScore").GetDouble()), rows.Select(r => Convert.ToDouble(r["平均得分"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_summary_names_the_method_and_says_the_data_are_synthetic()
    {
        using var stream = Workbook();

        var rows = stream.Query(useHeaderRow: true, sheetName: "概况").Cast<IDictionary<string, object?>>().ToDictionary(r => (string)r["项目"]!, r => r["内容"]);

        Assert.Equal("default", rows["评价方法"]);
        Assert.Equal("是", rows["合成数据"]);
    }
}

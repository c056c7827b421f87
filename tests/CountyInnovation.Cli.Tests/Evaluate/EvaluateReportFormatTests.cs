using System.Text;
using System.Text.Json;

namespace CountyInnovation.Cli.Tests.Evaluate;

/// <summary>The publication formats of <c>evaluate</c>: html, xlsx, the CSV byte order mark, the data file's encoding, the method warnings.</summary>
public class EvaluateReportFormatTests(EvaluateFixture fixture) : IClassFixture<EvaluateFixture>
{
    [Fact]
    public void Html_writes_one_Chinese_file_with_the_chart_library_inline()
    {
        var path = Path.Combine(fixture.Directory, "bulletin.html");

        var (exit, output, error) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "html", "--out", path);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains(path, output, StringComparison.Ordinal);
        var html = File.ReadAllText(path);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("县域科技创新能力监测评价结果（2023年）", html, StringComparison.Ordinal);
        Assert.Contains("本报告使用 SDK 默认指标体系", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_en_writes_the_html_in_English()
    {
        var (exit, output, _) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "html", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("<html lang=\"en\">", output, StringComparison.Ordinal);
        Assert.Contains("1. Overview", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_needs_out_and_then_writes_a_workbook()
    {
        var path = Path.Combine(fixture.Directory, "bulletin.xlsx");

        var refused = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "xlsx");
        var (exit, _, _) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "xlsx", "--out", path);

        Assert.Equal(1, refused.Exit);
        Assert.Contains("--out", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(path)[..2]);
    }

    [Fact]
    public void Csv_files_carry_the_byte_order_mark_unless_no_bom()
    {
        var with = Path.Combine(fixture.Directory, "with-bom.csv");
        var without = Path.Combine(fixture.Directory, "without-bom.csv");

        Assert.Equal(0, EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "csv", "--out", with).Exit);
        Assert.Equal(0, EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "csv", "--out", without, "--no-bom").Exit);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(with)[..3]);
        Assert.Equal((byte)'e', File.ReadAllBytes(without)[0]);
    }

    [Fact]
    public void A_GBK_data_file_gives_the_same_bulletin_as_its_UTF8_original()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var path = Path.Combine(fixture.Directory, "panel-gbk.csv");
        File.WriteAllBytes(path, gbk.GetBytes(File.ReadAllText(fixture.DataFile)));

        var original = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--format", "csv");
        var detected = EvaluateFixture.Run("evaluate", "--data", path, "--format", "csv");
        var chosen = EvaluateFixture.Run("evaluate", "--data", path, "--format", "csv", "--encoding", "gbk");

        Assert.Equal(0, detected.Exit);
        Assert.Equal(original.Output, detected.Output.Replace(path, fixture.DataFile, StringComparison.Ordinal));
        Assert.Equal(detected.Output, chosen.Output);
    }

    [Fact]
    public void An_undecodable_data_file_gives_one_error_about_its_encoding()
    {
        var path = Path.Combine(fixture.Directory, "binary.csv");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("county_code,year\n"), 0xFF, 0x80, 0xFF, 0x0A]);

        var (exit, _, error) = EvaluateFixture.Run("evaluate", "--data", path);

        Assert.Equal(1, exit);
        Assert.Contains("1 problem", error, StringComparison.Ordinal);
        Assert.Contains("Encoding", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scale_that_cannot_meet_the_thresholds_is_warned_about_in_the_output_and_on_stderr()
    {
        var method = fixture.Write("zscore.json", """{ "normalisation": { "default": { "method": "z-score" } } }""");

        var (exit, output, error) = EvaluateFixture.Run("evaluate", "--data", fixture.DataFile, "--method", method, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("warning: ", error, StringComparison.Ordinal);
        Assert.Contains("z-score", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Single(json.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.StartsWith("custom-", json.RootElement.GetProperty("methodName").GetString(), StringComparison.Ordinal);
    }
}

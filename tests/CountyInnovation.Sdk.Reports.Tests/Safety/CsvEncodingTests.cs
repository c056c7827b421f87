using System.Text;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Reports.Bulletins;

namespace CountyInnovation.Sdk.Reports.Tests.Safety;

public sealed class CsvEncodingTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static byte[] Csv(BulletinOptions? options)
    {
        var stream = new MemoryStream();
        BulletinWriter.Write(ReportFixtures.Sample, BulletinFormat.Csv, stream, options);
        return stream.ToArray();
    }

    [Fact]
    public void Csv_files_begin_with_the_UTF8_byte_order_mark_by_default() => Assert.Equal(Bom, Csv(null)[..3]);

    [Fact]
    public void No_bom_drops_it()
    {
        var bytes = Csv(BulletinOptions.Default.WithByteOrderMark(false));

        Assert.NotEqual(Bom, bytes[..3]);
        Assert.StartsWith("evaluation_year", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_text_formats_have_no_byte_order_mark()
    {
        var stream = new MemoryStream();
        BulletinWriter.Write(ReportFixtures.Sample, BulletinFormat.Html, stream);

        Assert.Equal((byte)'<', stream.ToArray()[0]);
    }

    [Fact]
    public void A_GBK_file_is_detected_and_decoded()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        const string text = "county_code,county_name\n130102,长安区\n";

        Assert.Equal(text, TextFileEncoding.Decode(gbk.GetBytes(text), "gbk.csv"));
        Assert.Equal(text, TextFileEncoding.Decode(gbk.GetBytes(text), "gbk.csv", "gbk"));
        Assert.Equal(text, TextFileEncoding.Decode([.. Bom, .. Encoding.UTF8.GetBytes(text)], "utf8.csv"));
        Assert.Equal(text, TextFileEncoding.Decode(Encoding.UTF8.GetBytes(text), "utf8.csv"));
    }

    [Fact]
    public void An_undecodable_file_gives_one_problem_that_names_the_encoding()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("county_code,county_name\n130102,"), 0xFF, 0xFF, 0x80, (byte)'\n'];

        var auto = Assert.Throws<InvalidInputException>(() => TextFileEncoding.Decode(bytes, "bad.csv"));
        var utf8 = Assert.Throws<InvalidInputException>(() => TextFileEncoding.Decode(Bom.Concat(bytes).ToArray(), "bad.csv"));

        Assert.Single(auto.Problems);
        Assert.Contains("UTF-8", auto.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("GBK", auto.Problems[0].Message, StringComparison.Ordinal);
        Assert.Single(utf8.Problems);
        Assert.Contains("bad.csv", utf8.Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_encoding_name_is_refused() =>
        Assert.Throws<ArgumentException>(() => TextFileEncoding.Decode([], "x.csv", "latin-1"));
}

using CountyInnovation.Sdk.Output;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Output;

public class HtmlTextTests
{
    [Theory]
    [InlineData("平山县", "平山县")]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("\" onmouseover=\"x", "&quot; onmouseover=&quot;x")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("line\nbreak\ttab", "line\nbreak\ttab")]
    [InlineData("nul\0", "nul\uFFFD")]
    [InlineData("", "")]
    public void Escape_examples(string text, string expected) => Assert.Equal(expected, HtmlText.Escape(text));

    [Fact]
    public void Unpaired_surrogates_are_replaced_and_pairs_kept()
    {
        Assert.Equal("lone\uFFFD.", HtmlText.Escape("lone\uD800."));
        Assert.Equal("\uFFFDlow", HtmlText.Escape("\uDC00low"));
        Assert.Equal("pair\uD83D\uDE00", HtmlText.Escape("pair\uD83D\uDE00"));
    }

    [Fact]
    public void Null_is_empty() => Assert.Equal(string.Empty, HtmlText.Escape(null));

    [Property]
    public Property Escaped_text_holds_no_markup_character_and_decodes_back() =>
        Prop.ForAll(CsvCellTests.HostileText().ToArbitrary(), text =>
        {
            var escaped = HtmlText.Escape(text);
            var clean = escaped.IndexOfAny(['<', '>', '"', '\'']) < 0;
            var expected = new string(text.Select(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r') ? '\uFFFD' : c).ToArray());
            return clean && System.Net.WebUtility.HtmlDecode(escaped) == expected;
        });
}

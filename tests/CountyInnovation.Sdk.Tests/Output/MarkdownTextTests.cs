using CountyInnovation.Sdk.Output;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Output;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("平山县", "平山县")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("x\r\n# heading", "x \\# heading")]
    [InlineData("# heading", "\\# heading")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("<embedded synthetic sample>", "\\<embedded synthetic sample\\>")]
    [InlineData("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))")]
    [InlineData("![i](http://x/y.png)", "\\!\\[i\\](http://x/y.png)")]
    [InlineData("- item", "\\- item")]
    [InlineData("+ item", "\\+ item")]
    [InlineData("===", "\\===")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("12) twelfth", "12\\) twelfth")]
    [InlineData("version 1.5", "version 1.5")]
    [InlineData("a-b", "a-b")]
    [InlineData("*bold* _it_ ~~s~~", "\\*bold\\* \\_it\\_ \\~\\~s\\~\\~")]
    [InlineData("&lt; & &amp;", "\\&lt; \\& \\&amp;")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("  padded  \t", "padded")]
    [InlineData("u\u2028v\u0085w\u2029x", "u v w x")]
    [InlineData("bell\u0007", "bell\uFFFD")]
    [InlineData("", "")]
    public void Escape_examples(string text, string expected) => Assert.Equal(expected, MarkdownText.Escape(text));

    [Fact]
    public void Null_is_empty() => Assert.Equal(string.Empty, MarkdownText.Escape(null));

    [Property]
    public Property Escaped_text_is_one_line_with_no_unescaped_markup() =>
        Prop.ForAll(CsvCellTests.HostileText().ToArbitrary(), text =>
        {
            var escaped = MarkdownText.Escape(text);
            var oneLine = escaped.IndexOfAny(['\r', '\n', '\u2028', '\u2029', '\u0085', '\t']) < 0;
            var trimmed = escaped == escaped.Trim();
            return oneLine && trimmed && EveryMarkupCharacterIsEscaped(escaped);
        });

    [Property]
    public Property Unescaping_gives_the_text_with_white_space_collapsed() =>
        Prop.ForAll(CsvCellTests.HostileText().ToArbitrary(), text =>
        {
            var expected = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => new string(w.Select(c => char.IsControl(c) ? '\uFFFD' : c).ToArray())));
            return Unescape(MarkdownText.Escape(text)) == expected;
        });

    private static bool EveryMarkupCharacterIsEscaped(string escaped)
    {
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\')
            {
                i++; // the escaped character
                continue;
            }

            if ("`*_[]<>|#&~!".Contains(escaped[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string Unescape(string escaped)
    {
        var chars = new List<char>();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\' && i + 1 < escaped.Length)
            {
                i++;
            }

            chars.Add(escaped[i]);
        }

        return new string(chars.ToArray());
    }
}

using System.Text;

namespace CountyInnovation.Sdk.Output;

/// <summary>
/// Text placed in a Markdown document (CommonMark with GitHub tables) so that it renders as the same
/// characters and nothing else: no table break, heading, list, link, image, code span, emphasis or
/// HTML tag can come out of a name.
/// </summary>
/// <remarks>
/// <para><see cref="Escape"/> applies these rules, in order:</para>
/// <list type="number">
/// <item><description>Every run of white space, line breaks included (CR, LF, tab, U+0085, U+2028,
/// U+2029 and the other Unicode spaces), becomes one space, and the ends are trimmed: a rendered
/// Markdown paragraph or table cell shows runs of white space as one space anyway, and a name can no
/// longer end its line or start an indented code block.</description></item>
/// <item><description>Other control characters become U+FFFD (�), shown rather than hidden.</description></item>
/// <item><description>Every ASCII punctuation character with a meaning in Markdown gets a backslash:
/// <c>\ ` * _ [ ] &lt; &gt; | # &amp; ~ !</c> anywhere, so <c>|</c> cannot split a table cell, backticks
/// cannot open code, <c>&lt;…&gt;</c> stays visible text instead of an HTML tag or autolink,
/// <c>[x](javascript:…)</c> is no link and <c>&amp;lt;</c> no entity.</description></item>
/// <item><description>At the start, <c>-</c>, <c>+</c> and <c>=</c> get a backslash, and so does the
/// <c>.</c> or <c>)</c> after leading digits, so the text cannot open a list or underline a heading
/// wherever it is placed.</description></item>
/// </list>
/// <para>The result is meant for inline places: a table cell, a list item, a heading's text, a
/// paragraph. Inside a code span or fenced block use the text unescaped.</para>
/// </remarks>
public static class MarkdownText
{
    private const string Escaped = "\\`*_[]<>|#&~!";

    /// <summary>The text escaped for an inline place of a Markdown document.</summary>
    /// <param name="text">Any text; <see langword="null"/> gives the empty string.</param>
    /// <returns>The escaped text, on one line.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length + 8);
        var pendingSpace = false;
        var start = true;
        var leadingDigits = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = !start;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
                leadingDigits = false;
            }

            if (char.IsControl(c))
            {
                result.Append('\uFFFD');
                leadingDigits = false;
            }
            else if (Escaped.Contains(c, StringComparison.Ordinal)
                || (start && c is '-' or '+' or '=')
                || (leadingDigits && !start && c is '.' or ')'))
            {
                result.Append('\\').Append(c);
                leadingDigits = false;
            }
            else
            {
                result.Append(c);
                leadingDigits = leadingDigits && char.IsAsciiDigit(c);
            }

            start = false;
        }

        return result.ToString();
    }
}

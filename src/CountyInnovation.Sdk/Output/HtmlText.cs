using System.Text;

namespace CountyInnovation.Sdk.Output;

/// <summary>Text placed in an HTML document, as element content or as a quoted attribute value.</summary>
/// <remarks>
/// <see cref="Escape"/> replaces <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> by their
/// character references (<c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;quot;</c>,
/// <c>&amp;#39;</c>), which is enough for text between tags and for attribute values in single or
/// double quotes. Control characters other than tab, line feed and carriage return, which HTML does
/// not allow, and unpaired surrogates, which no encoding can write, become U+FFFD (�). Everything else
/// (Chinese text included) is kept as it is: the documents are written in UTF-8. Never place escaped
/// text in an unquoted attribute, a <c>&lt;script&gt;</c> or <c>&lt;style&gt;</c> element, or a URL
/// attribute (<c>href</c>, <c>src</c>): those need their own encoding.
/// </remarks>
public static class HtmlText
{
    /// <summary>The text escaped for HTML element content or a quoted attribute value.</summary>
    /// <param name="text">Any text; <see langword="null"/> gives the empty string.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    result.Append("&amp;");
                    break;
                case '<':
                    result.Append("&lt;");
                    break;
                case '>':
                    result.Append("&gt;");
                    break;
                case '"':
                    result.Append("&quot;");
                    break;
                case '\'':
                    result.Append("&#39;");
                    break;
                case '\t' or '\n' or '\r':
                    result.Append(c);
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        result.Append('\uFFFD');
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        result.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        result.Append('\uFFFD');
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }
}

using System.Text;
using CountyInnovation.Sdk.Output;

namespace CountyInnovation.Sdk.Reports.Html;

/// <summary>
/// The few element shapes the HTML bulletin is made of. Every text goes through
/// <see cref="HtmlText.Escape"/> here, the one seam between report data and markup; callers pass
/// plain text, never markup.
/// </summary>
internal sealed class HtmlMarkup
{
    private readonly StringBuilder html = new(1 << 20);

    public static string Escape(string? text) => HtmlText.Escape(text);

    public HtmlMarkup Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    public HtmlMarkup Text(string? text)
    {
        html.Append(Escape(text));
        return this;
    }

    /// <summary>An element with text content and an optional class: &lt;tag class="…"&gt;text&lt;/tag&gt;.</summary>
    public HtmlMarkup Element(string tag, string? text, string? cssClass = null, string? id = null)
    {
        html.Append('<').Append(tag);
        if (id is not null)
        {
            html.Append(" id=\"").Append(Escape(id)).Append('"');
        }

        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(Escape(cssClass)).Append('"');
        }

        html.Append('>').Append(Escape(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    public HtmlMarkup TableStart(params string[] headers) => TableStart(headers, []);

    /// <summary>Opens a table with a header row; headers whose index is in <paramref name="numeric"/> are right-aligned.</summary>
    public HtmlMarkup TableStart(IReadOnlyList<string> headers, IReadOnlyCollection<int> numeric)
    {
        html.Append("<table><thead><tr>");
        for (var i = 0; i < headers.Count; i++)
        {
            html.Append(numeric.Contains(i) ? "<th class=\"n\">" : "<th>").Append(Escape(headers[i])).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        return this;
    }

    /// <summary>A row of cells: text cells, and <see cref="Cell"/>s for numbers and classes.</summary>
    public HtmlMarkup Row(params Cell[] cells)
    {
        html.Append("<tr>");
        foreach (var cell in cells)
        {
            html.Append(cell.CssClass is null ? "<td>" : $"<td class=\"{Escape(cell.CssClass)}\">").Append(Escape(cell.Text)).Append("</td>");
        }

        html.Append("</tr>\n");
        return this;
    }

    public HtmlMarkup TableEnd()
    {
        html.Append("</tbody></table>\n");
        return this;
    }

    public override string ToString() => html.ToString();

    /// <summary>One table cell: its text and its class (<c>n</c> for numbers, <c>cls-A</c>… for classes).</summary>
    internal readonly record struct Cell(string? Text, string? CssClass = null)
    {
        public static implicit operator Cell(string? text) => new(text);

        public static Cell Number(string text) => new(text, "n");
    }
}

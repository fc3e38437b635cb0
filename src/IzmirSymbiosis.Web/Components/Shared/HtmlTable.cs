using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// A read-only table (or the rows of one) built as one piece of markup. Written as Razor elements,
/// every cell is two to four render-tree frames and its own string, and an open circuit keeps them
/// all twice (the current and the previous render): the dashboard's five tables were some 200 KB of
/// frames and 120 KB of strings in every circuit. Built here they are one frame and one string each.
/// Every text and attribute value is HTML-encoded; only <see cref="TdHtml"/> takes markup, and only
/// markup built by the caller from encoded parts.
/// </summary>
public sealed class HtmlTable
{
    /// <summary>Right-aligned cell, as the dashboard's figures are.</summary>
    public const string Right = "text-align: right";

    /// <summary>Right-aligned cell that never wraps (numbers with units).</summary>
    public const string RightNoWrap = "text-align: right; white-space: nowrap";

    private readonly StringBuilder _html = new();
    private bool _rowOpen;

    /// <summary>Starts a row (closing the one before), with attributes given as name–value pairs.</summary>
    public HtmlTable Tr(params (string Name, string Value)[] attributes)
    {
        CloseRow();
        _html.Append("<tr");
        Attributes(attributes);
        _html.Append('>');
        _rowOpen = true;
        return this;
    }

    /// <summary>A data cell holding text.</summary>
    public HtmlTable Td(string text, string? style = null, params (string Name, string Value)[] attributes) =>
        Cell("td", Encode(text), style, attributes);

    /// <summary>A header cell holding text.</summary>
    public HtmlTable Th(string text, string? style = null, params (string Name, string Value)[] attributes) =>
        Cell("th", Encode(text), style, attributes);

    /// <summary>A data cell holding markup the caller built from encoded parts.</summary>
    public HtmlTable TdHtml(string html, string? style = null) => Cell("td", html, style, []);

    /// <summary>The rows built so far, as one piece of markup.</summary>
    public MarkupString ToMarkup()
    {
        CloseRow();
        return SharedMarkup.Of(_html.ToString());
    }

    /// <summary>Text encoded for markup.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    private HtmlTable Cell(string tag, string html, string? style, (string Name, string Value)[] attributes)
    {
        if (!_rowOpen)
        {
            throw new InvalidOperationException("A cell needs a row: call Tr first.");
        }

        _html.Append('<').Append(tag);
        if (style is not null)
        {
            _html.Append(" style=\"").Append(Encode(style)).Append('"');
        }

        Attributes(attributes);
        _html.Append('>').Append(html).Append("</").Append(tag).Append('>');
        return this;
    }

    private void Attributes((string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            _html.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');
        }
    }

    private void CloseRow()
    {
        if (_rowOpen)
        {
            _html.Append("</tr>");
            _rowOpen = false;
        }
    }
}

using IzmirSymbiosis.Web.Components.Shared;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// A read-only table built as one piece of markup (the dashboard's tables) is the markup Razor would
/// draw, with every text and attribute encoded: a firm's name or a sector's label cannot inject markup.
/// </summary>
public sealed class HtmlTableTests
{
    [Fact]
    public void Rows_AreTheElementsRazorDraws_WithStylesAndAttributes()
    {
        var markup = new HtmlTable()
            .Tr(("data-key", "24")).Th("24 Ana metal", "text-align: left", ("scope", "row")).Td("1.234", HtmlTable.Right)
            .Tr().Td("Yok").TdHtml("<div style=\"width: 50%\"></div>", "padding: 4px")
            .ToMarkup();

        Assert.Equal(
            "<tr data-key=\"24\"><th style=\"text-align: left\" scope=\"row\">24 Ana metal</th><td style=\"text-align: right\">1.234</td></tr>" +
            "<tr><td>Yok</td><td style=\"padding: 4px\"><div style=\"width: 50%\"></div></td></tr>",
            markup.Value);
    }

    [Fact]
    public void TextAndAttributeValues_AreEncoded()
    {
        var markup = new HtmlTable()
            .Tr(("data-key", "\"><script>")).Td("<b>Kimya & Boya</b>", null, ("title", "a\"b"))
            .ToMarkup();

        Assert.DoesNotContain("<script>", markup.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup.Value, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Kimya &amp; Boya&lt;/b&gt;", markup.Value, StringComparison.Ordinal);
        Assert.Contains("title=\"a&quot;b\"", markup.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ACell_BeforeAnyRow_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => new HtmlTable().Td("x"));
    }

    [Fact]
    public void NoRows_AreNoMarkup()
    {
        Assert.Equal(string.Empty, new HtmlTable().ToMarkup().Value);
    }
}

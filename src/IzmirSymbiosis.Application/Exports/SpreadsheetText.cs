namespace IzmirSymbiosis.Application.Exports;

/// <summary>
/// The one rule for text written into a spreadsheet cell. Excel, LibreOffice and Google Sheets read
/// a cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (and, in CSV, a tab or carriage
/// return before one) as a formula, so a firm could name a stream <c>=HYPERLINK(…)</c> and have it run
/// on an expert's machine (CWE-1236). Such text is written with a leading apostrophe, as OWASP's
/// "CSV Injection" guidance recommends: the reader sees the text, the spreadsheet computes nothing.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] s_formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary><paramref name="text"/>, with an apostrophe in front when a spreadsheet would read it as a formula.</summary>
    public static string Safe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && Array.IndexOf(s_formulaStarts, text[0]) >= 0 ? "'" + text : text;
    }

    /// <summary>
    /// The text a cell written by <see cref="Safe"/> stood for: the apostrophe in front of a
    /// formula start is dropped, so an exported file imports back to the same values.
    /// </summary>
    public static string Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 1 && text[0] == '\'' && Array.IndexOf(s_formulaStarts, text[1]) >= 0 ? text[1..] : text;
    }
}

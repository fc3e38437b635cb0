namespace IzmirSymbiosis.Application.Reports;

/// <summary>
/// A printable report as blocks of already translated text, tables and charts, composed by the
/// host (which knows the reader's language) and laid out on A4 pages by an <see cref="IPdfRenderer"/>.
/// </summary>
/// <param name="Title">The heading of the first page.</param>
/// <param name="Subtitle">A line under the title (period, exchange stage), or null.</param>
/// <param name="Footer">The text at the foot of every page, before the page number.</param>
/// <param name="Blocks">The content, top to bottom.</param>
public sealed record ReportDocument(string Title, string? Subtitle, string Footer, IReadOnlyList<ReportBlock> Blocks);

/// <summary>A part of a report.</summary>
public abstract record ReportBlock;

/// <summary>A section heading.</summary>
public sealed record ReportHeading(string Text) : ReportBlock;

/// <summary>A paragraph, wrapped to the page; <paramref name="Small"/> for notes and sources.</summary>
public sealed record ReportParagraph(string Text, bool Small = false) : ReportBlock;

/// <summary>Label–value lines (the facts of an exchange, key figures).</summary>
public sealed record ReportFacts(IReadOnlyList<KeyValuePair<string, string>> Lines) : ReportBlock;

/// <summary>A table; columns whose <paramref name="Numeric"/> flag is set are right-aligned.</summary>
public sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool>? Numeric = null) : ReportBlock;

/// <summary>
/// A horizontal bar chart of one or two series (for example forecast and verified) per label, with
/// the value written at each bar.
/// </summary>
public sealed record ReportBarChart(string Title, IReadOnlyList<string> SeriesNames, IReadOnlyList<ReportBar> Bars) : ReportBlock;

/// <summary>One label of a <see cref="ReportBarChart"/>: a value per series and its text.</summary>
public sealed record ReportBar(string Label, IReadOnlyList<decimal> Values, IReadOnlyList<string> Texts);

/// <summary>Starts a new page.</summary>
public sealed record ReportPageBreak : ReportBlock;

/// <summary>Lays a <see cref="ReportDocument"/> out as a PDF (fonts shipped with the app, so Turkish letters render everywhere).</summary>
public interface IPdfRenderer
{
    /// <summary>The PDF file of <paramref name="document"/>.</summary>
    byte[] Render(ReportDocument document);
}

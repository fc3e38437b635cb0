using System.Globalization;
using IzmirSymbiosis.Application.Reports;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace IzmirSymbiosis.Infrastructure.Reports;

/// <summary>
/// Lays reports out on A4 with PDFsharp: text wrapped at word boundaries, tables whose rows move to
/// the next page whole (with the header repeated), bar charts drawn as vectors, and on every page a
/// footer with "page / pages". The only font is DejaVu Sans, shipped in this assembly with its
/// licence (Reports/Fonts/LICENSE-DejaVu.txt), so "ğĞıİşŞçÇöÖüÜ" render on a server without fonts.
/// </summary>
public sealed class PdfRenderer : IPdfRenderer
{
    private const double Margin = 50;
    private const double FooterSpace = 30;
    private static readonly XColor s_ink = XColor.FromArgb(33, 33, 33);
    private static readonly XColor s_muted = XColor.FromArgb(110, 110, 110);
    private static readonly XColor s_rule = XColor.FromArgb(210, 210, 210);
    private static readonly XColor[] s_series = [XColor.FromArgb(144, 202, 249), XColor.FromArgb(0, 105, 92)];

    static PdfRenderer() => ShippedFonts.Register();

    /// <inheritdoc />
    public byte[] Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "IzmirSymbiosis";
        var layout = new Layout(pdf);
        layout.Title(document.Title, document.Subtitle);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    layout.Heading(h.Text);
                    break;
                case ReportParagraph p:
                    layout.Paragraph(p.Text, p.Small);
                    break;
                case ReportFacts f:
                    layout.Facts(f.Lines);
                    break;
                case ReportTable t:
                    layout.Table(t);
                    break;
                case ReportBarChart c:
                    layout.BarChart(c);
                    break;
                case ReportPageBreak:
                    layout.NewPage();
                    break;
            }
        }

        layout.Close(document.Footer);
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>The cursor over the pages: where the next line goes, and a new page when it does not fit.</summary>
    private sealed class Layout(PdfDocument pdf)
    {
        private static readonly XFont s_title = new(ShippedFonts.Family, 18, XFontStyleEx.Bold);
        private static readonly XFont s_heading = new(ShippedFonts.Family, 12.5, XFontStyleEx.Bold);
        private static readonly XFont s_body = new(ShippedFonts.Family, 9.5, XFontStyleEx.Regular);
        private static readonly XFont s_bold = new(ShippedFonts.Family, 9.5, XFontStyleEx.Bold);
        private static readonly XFont s_small = new(ShippedFonts.Family, 8, XFontStyleEx.Regular);
        private static readonly XFont s_smallBold = new(ShippedFonts.Family, 8, XFontStyleEx.Bold);

        private XGraphics? _graphics;
        private PdfPage? _page;
        private double _y;

        private double Width => _page!.Width.Point - (2 * Margin);

        private double Bottom => _page!.Height.Point - Margin - FooterSpace;

        private XGraphics G => _graphics!;

        public void NewPage()
        {
            _graphics?.Dispose();
            _page = pdf.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        public void Title(string title, string? subtitle)
        {
            NewPage();
            foreach (var line in Wrap(title, s_title, Width))
            {
                Text(line, s_title, s_ink, Margin, 24);
            }

            if (subtitle is not null)
            {
                foreach (var line in Wrap(subtitle, s_body, Width))
                {
                    Text(line, s_body, s_muted, Margin, 14);
                }
            }

            _y += 6;
            G.DrawLine(new XPen(s_rule, 1), Margin, _y, Margin + Width, _y);
            _y += 12;
        }

        public void Heading(string text)
        {
            Room(40);
            _y += 6;
            foreach (var line in Wrap(text, s_heading, Width))
            {
                Text(line, s_heading, s_ink, Margin, 18);
            }

            _y += 2;
        }

        public void Paragraph(string text, bool small)
        {
            var font = small ? s_small : s_body;
            var height = small ? 10.5 : 13;
            foreach (var line in Wrap(text, font, Width))
            {
                Room(height);
                Text(line, font, small ? s_muted : s_ink, Margin, height);
            }

            _y += 4;
        }

        public void Facts(IReadOnlyList<KeyValuePair<string, string>> lines)
        {
            var labelWidth = Math.Min(Width * 0.38, lines.Count == 0 ? 0 : lines.Max(l => G.MeasureString(l.Key, s_bold).Width) + 12);
            foreach (var (label, value) in lines)
            {
                var labels = Wrap(label, s_bold, labelWidth - 8);
                var values = Wrap(value, s_body, Width - labelWidth);
                var rows = Math.Max(labels.Count, values.Count);
                Room(rows * 13);
                for (var i = 0; i < rows; i++)
                {
                    if (i < labels.Count)
                    {
                        G.DrawString(labels[i], s_bold, new XSolidBrush(s_ink), Margin, _y + 10);
                    }

                    if (i < values.Count)
                    {
                        G.DrawString(values[i], s_body, new XSolidBrush(s_ink), Margin + labelWidth, _y + 10);
                    }

                    _y += 13;
                }

                _y += 2;
            }

            _y += 4;
        }

        public void Table(ReportTable table)
        {
            var columns = table.Headers.Count;
            if (columns == 0)
            {
                return;
            }

            // Each column at least as wide as its longest word, up to a quarter of the page (a date or a
            // number is never cut into pieces, one very long word does not starve the other columns), the
            // rest of the width shared in proportion to the longest text (headers count less).
            var least = Enumerable.Range(0, columns).Select(c => Math.Min(Width / 4,
                Math.Max(LongestWord(table.Headers[c], s_smallBold),
                    table.Rows.Select(r => c < r.Count ? LongestWord(r[c], s_small) : 0).DefaultIfEmpty(0).Max()) + 8)).ToArray();
            var wants = Enumerable.Range(0, columns).Select(c => Math.Max(least[c],
                Math.Max(G.MeasureString(table.Headers[c], s_smallBold).Width * 0.6,
                    table.Rows.Select(r => c < r.Count ? G.MeasureString(r[c], s_small).Width : 0).DefaultIfEmpty(0).Max()) + 8)).ToArray();
            var spare = Width - least.Sum();
            var extra = wants.Sum() - least.Sum();
            var widths = spare <= 0
                ? [.. least.Select(w => w / least.Sum() * Width)]
                : Enumerable.Range(0, columns).Select(c => least[c] + (extra <= 0 ? spare / columns : (wants[c] - least[c]) / extra * spare)).ToArray();
            var numeric = Enumerable.Range(0, columns).Select(c => table.Numeric is { } n && c < n.Count && n[c]).ToArray();

            void Row(IReadOnlyList<string> cells, XFont font, bool header)
            {
                var wrapped = Enumerable.Range(0, columns).Select(c => Wrap(c < cells.Count ? cells[c] : string.Empty, font, widths[c] - 6)).ToArray();
                var height = (wrapped.Max(w => w.Count) * 10) + 5;
                if (_y + height > Bottom)
                {
                    NewPage();
                    if (!header)
                    {
                        Row(table.Headers, s_smallBold, header: true);
                    }
                }

                if (header)
                {
                    G.DrawRectangle(new XSolidBrush(XColor.FromArgb(238, 238, 238)), Margin, _y, Width, height);
                }

                var x = Margin;
                for (var c = 0; c < columns; c++)
                {
                    for (var i = 0; i < wrapped[c].Count; i++)
                    {
                        var line = wrapped[c][i];
                        var lineX = numeric[c] && !header ? x + widths[c] - 3 - G.MeasureString(line, font).Width : x + 3;
                        G.DrawString(line, font, new XSolidBrush(s_ink), lineX, _y + 9 + (i * 10));
                    }

                    x += widths[c];
                }

                _y += height;
                G.DrawLine(new XPen(s_rule, 0.5), Margin, _y, Margin + Width, _y);
            }

            Room(30);
            Row(table.Headers, s_smallBold, header: true);
            foreach (var row in table.Rows)
            {
                Row(row, s_small, header: false);
            }

            _y += 10;
        }

        public void BarChart(ReportBarChart chart)
        {
            var series = Math.Max(1, chart.SeriesNames.Count);
            var barHeight = 9.0;
            var groupHeight = (series * barHeight) + 6;
            var labelWidth = Width * 0.32;
            var textWidth = 80.0;
            var plotWidth = Width - labelWidth - textWidth;
            var max = chart.Bars.SelectMany(b => b.Values).Select(Math.Abs).DefaultIfEmpty(0).Max();
            Room(30 + Math.Min(4, chart.Bars.Count) * groupHeight);
            Text(chart.Title, s_bold, s_ink, Margin, 14);

            // Legend.
            var lx = Margin;
            for (var s = 0; s < chart.SeriesNames.Count; s++)
            {
                G.DrawRectangle(new XSolidBrush(s_series[s % s_series.Length]), lx, _y + 2, 8, 8);
                G.DrawString(chart.SeriesNames[s], s_small, new XSolidBrush(s_ink), lx + 11, _y + 9);
                lx += G.MeasureString(chart.SeriesNames[s], s_small).Width + 26;
            }

            _y += 14;
            foreach (var bar in chart.Bars)
            {
                Room(groupHeight);
                var label = Wrap(bar.Label, s_small, labelWidth - 6);
                G.DrawString(label[0] + (label.Count > 1 ? "…" : string.Empty), s_small, new XSolidBrush(s_ink), Margin, _y + 9);
                for (var s = 0; s < bar.Values.Count && s < series; s++)
                {
                    var value = (double)Math.Abs(bar.Values[s]);
                    var length = max == 0 ? 0 : value / (double)max * plotWidth;
                    var top = _y + (s * barHeight);
                    G.DrawRectangle(new XSolidBrush(s_series[s % s_series.Length]), Margin + labelWidth, top + 1, Math.Max(length, 0.5), barHeight - 2);
                    if (s < bar.Texts.Count)
                    {
                        G.DrawString(bar.Texts[s], s_small, new XSolidBrush(s_muted), Margin + labelWidth + length + 4, top + 8);
                    }
                }

                _y += groupHeight;
            }

            _y += 8;
        }

        public void Close(string footer)
        {
            _graphics?.Dispose();
            _graphics = null;
            var total = pdf.PageCount;
            for (var i = 0; i < total; i++)
            {
                var page = pdf.Pages[i];
                using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
                var text = $"{footer} · {(i + 1).ToString(CultureInfo.InvariantCulture)} / {total.ToString(CultureInfo.InvariantCulture)}";
                g.DrawLine(new XPen(s_rule, 0.5), Margin, page.Height.Point - Margin - 12, page.Width.Point - Margin, page.Height.Point - Margin - 12);
                g.DrawString(text, s_small, new XSolidBrush(s_muted), Margin, page.Height.Point - Margin);
            }
        }

        private void Room(double height)
        {
            if (_y + height > Bottom)
            {
                NewPage();
            }
        }

        private void Text(string text, XFont font, XColor color, double x, double height)
        {
            G.DrawString(text, font, new XSolidBrush(color), x, _y + (height * 0.78));
            _y += height;
        }

        // Greedy word wrap; a word longer than the line is cut by characters.
        private double LongestWord(string text, XFont font) =>
            text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => G.MeasureString(w, font).Width).DefaultIfEmpty(0).Max();

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
            {
                var line = string.Empty;
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (G.MeasureString(candidate, font).Width <= width)
                    {
                        line = candidate;
                        continue;
                    }

                    if (line.Length > 0)
                    {
                        lines.Add(line);
                    }

                    line = word;
                    while (line.Length > 1 && G.MeasureString(line, font).Width > width)
                    {
                        var cut = line.Length - 1;
                        while (cut > 1 && G.MeasureString(line[..cut], font).Width > width)
                        {
                            cut--;
                        }

                        lines.Add(line[..cut]);
                        line = line[cut..];
                    }
                }

                lines.Add(line);
            }

            return lines;
        }
    }
}

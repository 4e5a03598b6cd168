using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>
/// Draws an <see cref="OfficialDocument"/> as an A4 PDF in the layout of Nghị định 30/2020/NĐ-CP:
/// margins 20/20/30/15 mm, Times-compatible type, justified 14 pt body with a 1 cm first-line
/// indent, page numbers centred in the top margin from page 2, tables whose header repeats on
/// every page. The only code that touches PDFsharp.
/// </summary>
public static class PdfRenderer
{
    private const double Mm = 72 / 25.4;

    public static byte[] Render(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        PortalFontResolver.Install();
        using var pdf = new PdfDocument();
        pdf.Info.Title = Nfc(document.TypeTitle + " " + string.Join(" ", document.Summary));
        pdf.Info.Creator = "Cổng thi đua xã Nguyễn Lương Bằng";
        var flow = new Flow(pdf);

        flow.NewPage(numbered: false);
        DrawHeader(flow, document);
        flow.Space(8);
        flow.Text(document.TypeTitle, Fonts.Bold(14), Align.Center);
        foreach (var line in document.Summary)
        {
            flow.Text(line, Fonts.Bold(14), Align.Center);
        }

        flow.Rule(flow.CenterX - 40, flow.CenterX + 40);
        flow.Space(6);
        DrawRecipients(flow, document.Recipients);
        DrawBlocks(flow, document.Body);
        DrawClosing(flow, document);

        foreach (var annex in document.Annexes)
        {
            flow.StartSection();
            flow.NewPage(numbered: false);
            flow.Text(annex.Label, Fonts.Bold(14), Align.Center);
            flow.Text(annex.Title, Fonts.Bold(14), Align.Center);
            flow.Text(annex.Note, Fonts.Italic(13), Align.Center);
            flow.Space(8);
            DrawBlocks(flow, annex.Body);
        }

        flow.Finish();
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>
    /// Giấy khen: each on its own A4 landscape page inside a double frame — national header,
    /// the awarding authority, "GIẤY KHEN", the awardee, the achievement, the decision, the place
    /// and date, the signer and the register number. One file holds one or many, for printing.
    /// </summary>
    public static byte[] RenderCertificates(IReadOnlyList<Certificate> certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        PortalFontResolver.Install();
        using var pdf = new PdfDocument();
        pdf.Info.Title = Nfc(certificates.Count == 1 ? "Giấy khen - " + certificates[0].AwardeeName : "Giấy khen");
        pdf.Info.Creator = "Cổng thi đua xã Nguyễn Lương Bằng";
        foreach (var certificate in certificates)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromMillimeter(297);
            page.Height = XUnit.FromMillimeter(210);
            using var g = XGraphics.FromPdfPage(page);
            DrawCertificate(g, certificate);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    private static void DrawCertificate(XGraphics g, Certificate certificate)
    {
        const double width = 297 * Mm;
        const double height = 210 * Mm;
        g.DrawRectangle(new XPen(XColors.Black, 2), 10 * Mm, 10 * Mm, width - (20 * Mm), height - (20 * Mm));
        g.DrawRectangle(new XPen(XColors.Black, 0.6), 13 * Mm, 13 * Mm, width - (26 * Mm), height - (26 * Mm));

        double Write(string text, XFont font, double x, double columnWidth, double y, XStringFormat format)
        {
            foreach (var line in Wrap(Nfc(text), t => g.MeasureString(t, font).Width, columnWidth))
            {
                g.DrawString(line, font, XBrushes.Black, new XRect(x, y, columnWidth, font.Size * 1.25), format);
                y += font.Size * 1.25;
            }

            return y;
        }

        var left = 25 * Mm;
        var full = width - (50 * Mm);
        var y = Write("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Fonts.Bold(14), left, full, 20 * Mm, XStringFormats.TopCenter);
        const string motto = "Độc lập - Tự do - Hạnh phúc";
        y = Write(motto, Fonts.Bold(14), left, full, y, XStringFormats.TopCenter);
        var mottoWidth = g.MeasureString(motto, Fonts.Bold(14)).Width;
        g.DrawLine(new XPen(XColors.Black, 0.5), (width - mottoWidth) / 2, y + 1, (width + mottoWidth) / 2, y + 1);
        y = Write(Certificates.Authority, Fonts.Bold(17), left, full, y + (8 * Mm), XStringFormats.TopCenter);
        y = Write("TẶNG", Fonts.Bold(16), left, full, y + (2 * Mm), XStringFormats.TopCenter);
        y = Write("GIẤY KHEN", Fonts.Bold(40), left, full, y + (2 * Mm), XStringFormats.TopCenter);
        y = Write(certificate.AwardeeName, Fonts.Bold(26), left, full, y + (4 * Mm), XStringFormats.TopCenter);
        if (!string.IsNullOrWhiteSpace(certificate.PositionAndUnit))
        {
            y = Write(certificate.PositionAndUnit, Fonts.Regular(16), left, full, y + (1 * Mm), XStringFormats.TopCenter);
        }

        Write(certificate.Achievement, Fonts.Italic(16), left + (15 * Mm), full - (30 * Mm), y + (4 * Mm), XStringFormats.TopCenter);

        var bottom = height - (68 * Mm);
        var columnWidth = 115 * Mm;
        var ly = Write(certificate.DecisionLine, Fonts.Regular(13), left, columnWidth, bottom + (14 * Mm), XStringFormats.TopLeft);
        Write("Số vào sổ: " + certificate.RegisterNumber, Fonts.Regular(13), left, columnWidth, ly + 2, XStringFormats.TopLeft);
        var right = width - left - columnWidth;
        var ry = Write(certificate.PlaceDateLine, Fonts.Italic(14), right, columnWidth, bottom, XStringFormats.TopCenter);
        foreach (var line in certificate.SignerAuthority)
        {
            ry = Write(line, Fonts.Bold(14), right, columnWidth, ry, XStringFormats.TopCenter);
        }

        Write(certificate.SignerName, Fonts.Bold(14), right, columnWidth, ry + (24 * Mm), XStringFormats.TopCenter);
    }

    /// <summary>Composed (NFC) text: PDFsharp misplaces combining marks of decomposed text.</summary>
    internal static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

    private static void DrawHeader(Flow flow, OfficialDocument document)
    {
        var leftWidth = flow.Width * 0.42;
        var left = flow.Left;
        var right = flow.Left + leftWidth;
        var rightWidth = flow.Width - leftWidth;
        var top = flow.Y;

        // Left column: issuer, bold second line with a short rule, then the number.
        var y = top;
        for (var i = 0; i < document.IssuerLines.Count; i++)
        {
            var font = i == document.IssuerLines.Count - 1 ? Fonts.Bold(13) : Fonts.Regular(13);
            y = flow.TextAt(document.IssuerLines[i], font, left, leftWidth, y, Align.Center);
        }

        var ruleHalf = leftWidth / 6;
        flow.RuleAt(left + (leftWidth / 2) - ruleHalf, left + (leftWidth / 2) + ruleHalf, y + 2);
        var numberY = y + 8;
        var leftEnd = flow.TextAt(document.NumberLine, Fonts.Regular(13), left, leftWidth, numberY, Align.Center);

        // Right column: the national motto with a rule as long as it, then place and date level with "Số:".
        var ry = flow.TextAt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Fonts.Bold(12), right, rightWidth, top, Align.Center);
        var motto = "Độc lập - Tự do - Hạnh phúc";
        ry = flow.TextAt(motto, Fonts.Bold(13), right, rightWidth, ry, Align.Center);
        var mottoWidth = flow.Measure(motto, Fonts.Bold(13));
        flow.RuleAt(right + ((rightWidth - mottoWidth) / 2), right + ((rightWidth + mottoWidth) / 2), ry + 2);
        var rightEnd = flow.TextAt(document.PlaceDateLine, Fonts.Italic(13), right, rightWidth, Math.Max(numberY, ry + 8), Align.Center);
        flow.Y = Math.Max(leftEnd, rightEnd);
    }

    private static void DrawRecipients(Flow flow, IReadOnlyList<string> recipients)
    {
        if (recipients.Count == 0)
        {
            return;
        }

        if (recipients.Count == 1)
        {
            flow.Text("Kính gửi: " + recipients[0], Fonts.Regular(14), Align.Center);
        }
        else
        {
            flow.Text("Kính gửi:", Fonts.Regular(14), Align.Center);
            foreach (var recipient in recipients)
            {
                flow.Text(recipient, Fonts.Regular(14), Align.Center);
            }
        }

        flow.Space(6);
    }

    private static void DrawBlocks(Flow flow, IReadOnlyList<DocumentBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading { Level: 1 } h:
                    flow.KeepWithNext(60);
                    flow.Paragraph(h.Text, Fonts.Bold(14), indent: 1 * 10 * Mm, justify: false);
                    break;
                case Heading h:
                    flow.KeepWithNext(50);
                    flow.Paragraph(h.Text, Fonts.Bold(14), indent: 1 * 10 * Mm, justify: false);
                    break;
                case Paragraph p:
                    flow.Paragraph(p.Text, p.Italic ? Fonts.Italic(14) : Fonts.Regular(14), indent: 1 * 10 * Mm, justify: true, p.Lead);
                    break;
                case Centered c:
                    flow.KeepWithNext(40);
                    flow.Text(c.Text, Fonts.Bold(14), Align.Center);
                    flow.Space(6);
                    break;
                case Table t:
                    flow.Table(t);
                    break;
            }
        }
    }

    private static void DrawClosing(Flow flow, OfficialDocument document)
    {
        var signerHeight = (document.SignerAuthority.Count * 18) + (30 * Mm) + 20;
        var distributionHeight = 16 + (document.Distribution.Count * 14);
        flow.Space(10);
        flow.EnsureSpace(Math.Max(signerHeight, distributionHeight));
        var top = flow.Y;
        var leftWidth = flow.Width * 0.45;
        double y;
        if (document.LeftSignature is { } second)
        {
            y = top;
            foreach (var line in second.Authority)
            {
                y = flow.TextAt(line, Fonts.Bold(14), flow.Left, leftWidth, y, Align.Center);
            }

            y = flow.TextAt(second.Name, Fonts.Bold(14), flow.Left, leftWidth, y + (30 * Mm), Align.Center);
        }
        else
        {
            y = flow.TextAt("Nơi nhận:", Fonts.BoldItalic(12), flow.Left, leftWidth, top, Align.Left);
            foreach (var line in document.Distribution)
            {
                y = flow.TextAt(line, Fonts.Regular(11), flow.Left, leftWidth, y, Align.Left);
            }
        }

        var right = flow.Left + leftWidth;
        var rightWidth = flow.Width - leftWidth;
        var ry = top;
        foreach (var line in document.SignerAuthority)
        {
            ry = flow.TextAt(line, Fonts.Bold(14), right, rightWidth, ry, Align.Center);
        }

        ry = flow.TextAt(document.SignerName, Fonts.Bold(14), right, rightWidth, ry + (30 * Mm), Align.Center);
        flow.Y = Math.Max(y, ry);
    }

    private enum Align
    {
        Left,
        Center,
        Right,
    }

    private static class Fonts
    {
        public static XFont Regular(double size) => new(PortalFontResolver.Family, size, XFontStyleEx.Regular);

        public static XFont Bold(double size) => new(PortalFontResolver.Family, size, XFontStyleEx.Bold);

        public static XFont Italic(double size) => new(PortalFontResolver.Family, size, XFontStyleEx.Italic);

        public static XFont BoldItalic(double size) => new(PortalFontResolver.Family, size, XFontStyleEx.BoldItalic);
    }

    /// <summary>The running page: where the next line goes, and page breaks with numbering.</summary>
    private sealed class Flow(PdfDocument pdf)
    {
        private const double LineFactor = 1.2;
        private readonly XPen _pen = new(XColors.Black, 0.5);
        private readonly Dictionary<(XFontStyleEx Style, double Size, string Text), double> _widths = [];
        private XGraphics? _gfx;
        private int _sectionPage;
        private Action? _repeatOnNewPage;

        public double Left { get; } = 30 * Mm;

        public double Width { get; } = (210 - 30 - 15) * Mm;

        public double Top { get; } = 20 * Mm;

        public double Bottom { get; } = (297 - 20) * Mm;

        public double CenterX => Left + (Width / 2);

        public double Y { get; set; }

        private XGraphics G => _gfx ?? throw new InvalidOperationException("No page");

        /// <summary>Annexes number their pages on their own.</summary>
        public void StartSection() => _sectionPage = 0;

        public void NewPage(bool numbered = true)
        {
            _gfx?.Dispose();
            var page = pdf.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Portrait;
            _gfx = XGraphics.FromPdfPage(page);
            _sectionPage++;
            Y = Top;
            if (numbered && _sectionPage > 1)
            {
                var number = _sectionPage.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var font = Fonts.Regular(13);
                G.DrawString(number, font, XBrushes.Black, new XRect(Left, 8 * Mm, Width, 14), XStringFormats.TopCenter);
            }

            _repeatOnNewPage?.Invoke();
        }

        public void Finish() => _gfx?.Dispose();

        public void Space(double points) => Y += points;

        public void EnsureSpace(double height)
        {
            if (Y + height > Bottom)
            {
                NewPage();
            }
        }

        public void KeepWithNext(double height) => EnsureSpace(height);

        public double Measure(string text, XFont font) => TextWidth(Nfc(text), font);

        /// <summary>A text's width in a font, measured once per render (words recur all through a report).</summary>
        private double TextWidth(string text, XFont font)
        {
            var key = (font.Style, font.Size, text);
            if (!_widths.TryGetValue(key, out var width))
            {
                width = G.MeasureString(text, font).Width;
                _widths[key] = width;
            }

            return width;
        }

        public void Rule(double x1, double x2)
        {
            RuleAt(x1, x2, Y + 4);
            Y += 8;
        }

        public void RuleAt(double x1, double x2, double y) => G.DrawLine(_pen, x1, y, x2, y);

        /// <summary>A block of text (wrapped, not justified) across the full width.</summary>
        public void Text(string text, XFont font, Align align)
        {
            foreach (var line in Wrap(Nfc(text), font, Width))
            {
                EnsureSpace(font.Size * LineFactor);
                DrawLine(line, font, Left, Width, Y, align);
                Y += font.Size * LineFactor;
            }
        }

        /// <summary>Text in a column at a given height; returns the height below it. No page break.</summary>
        public double TextAt(string text, XFont font, double x, double width, double y, Align align)
        {
            foreach (var line in Wrap(Nfc(text), font, width))
            {
                DrawLine(line, font, x, width, y, align);
                y += font.Size * LineFactor;
            }

            return y;
        }

        /// <summary>A body paragraph: first-line indent, justified, 6 pt after; a bold lead-in opens it.</summary>
        public void Paragraph(string text, XFont font, double indent, bool justify, string? lead = null)
        {
            var first = true;
            foreach (var part in Nfc(text).Split('\n'))
            {
                var leadFont = Fonts.Bold(font.Size);
                var leadWidth = first && lead is not null ? Measure(lead + " ", leadFont) : 0;
                var lines = Wrap(part, font, Width, indent + leadWidth);
                for (var i = 0; i < lines.Count; i++)
                {
                    EnsureSpace(font.Size * LineFactor);
                    if (i == 0 && leadWidth > 0)
                    {
                        DrawLine(Nfc(lead!), leadFont, Left + indent, leadWidth, Y, Align.Left);
                    }

                    var x = Left + (i == 0 ? indent + leadWidth : 0);
                    var width = Width - (i == 0 ? indent + leadWidth : 0);
                    if (justify && i < lines.Count - 1)
                    {
                        DrawJustified(lines[i], font, x, width, Y);
                    }
                    else
                    {
                        DrawLine(lines[i], font, x, width, Y, Align.Left);
                    }

                    Y += font.Size * LineFactor;
                }

                first = false;
            }

            Y += 6;
        }

        public void Table(Table table)
        {
            var font = Fonts.Regular(12);
            var bold = Fonts.Bold(12);
            var total = table.Columns.Sum(c => c.Width);
            var widths = table.Columns.Select(c => c.Width / total * Width).ToArray();
            const double pad = 3;

            void DrawRow(IReadOnlyList<string> cells, XFont rowFont, bool header)
            {
                var wrapped = cells.Select((c, i) => Wrap(Nfc(c ?? string.Empty), rowFont, widths[i] - (2 * pad))).ToArray();
                var height = (wrapped.Max(w => Math.Max(1, w.Count)) * rowFont.Size * LineFactor) + (2 * pad);
                if (!header && Y + height > Bottom)
                {
                    NewPage();
                }

                var x = Left;
                for (var i = 0; i < cells.Count; i++)
                {
                    G.DrawRectangle(_pen, x, Y, widths[i], height);
                    var y = Y + pad;
                    var align = header ? Align.Center : table.Columns[i].Align switch
                    {
                        CellAlign.Right => Align.Right,
                        CellAlign.Center => Align.Center,
                        _ => Align.Left,
                    };
                    foreach (var line in wrapped[i])
                    {
                        DrawLine(line, rowFont, x + pad, widths[i] - (2 * pad), y, align);
                        y += rowFont.Size * LineFactor;
                    }

                    x += widths[i];
                }

                Y += height;
            }

            var headers = table.Columns.Select(c => c.Header).ToArray();
            EnsureSpace(60);
            DrawRow(headers, bold, header: true);
            _repeatOnNewPage = () => DrawRow(headers, bold, header: true);
            foreach (var row in table.Rows)
            {
                DrawRow(row, font, header: false);
            }

            _repeatOnNewPage = null;
            Y += 8;
        }

        private void DrawLine(string line, XFont font, double x, double width, double y, Align align)
        {
            var format = align switch
            {
                Align.Center => XStringFormats.TopCenter,
                Align.Right => XStringFormats.TopRight,
                _ => XStringFormats.TopLeft,
            };
            G.DrawString(line, font, XBrushes.Black, new XRect(x, y, width, font.Size * LineFactor), format);
        }

        private void DrawJustified(string line, XFont font, double x, double width, double y)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                DrawLine(line, font, x, width, y, Align.Left);
                return;
            }

            var wordsWidth = words.Sum(w => TextWidth(w, font));
            var gap = (width - wordsWidth) / (words.Length - 1);
            foreach (var word in words)
            {
                G.DrawString(word, font, XBrushes.Black, new XRect(x, y, width, font.Size * LineFactor), XStringFormats.TopLeft);
                x += TextWidth(word, font) + gap;
            }
        }

        private List<string> Wrap(string text, XFont font, double width, double firstIndent = 0) =>
            PdfRenderer.Wrap(text, t => TextWidth(t, font), width, firstIndent);
    }

    /// <summary>
    /// Greedy word wrap; a word longer than the width is broken by characters. Each word is
    /// measured once and lines are summed from word and space widths (PDFsharp does not kern), so
    /// wrapping is linear in the text, not quadratic.
    /// </summary>
    private static List<string> Wrap(string text, Func<string, double> measure, double width, double firstIndent = 0)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        var currentWidth = 0.0;
        var available = width - firstIndent;

        // A line that fits is kept as typed: the blanks of a draft's "Số:      /BC-UBND" matter.
        if (measure(text) <= available)
        {
            return [text];
        }

        var space = measure(" ");
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = measure(word);
            var candidateWidth = current.Length == 0 ? wordWidth : currentWidth + space + wordWidth;
            if (candidateWidth <= available)
            {
                if (current.Length > 0)
                {
                    current.Append(' ');
                }

                current.Append(word);
                currentWidth = candidateWidth;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current.ToString());
                current.Clear();
                currentWidth = 0;
                available = width;
            }

            var rest = word;
            while (measure(rest) > available && rest.Length > 1)
            {
                var cut = rest.Length - 1;
                while (cut > 1 && measure(rest[..cut]) > available)
                {
                    cut--;
                }

                lines.Add(rest[..cut]);
                rest = rest[cut..];
                available = width;
            }

            current.Append(rest);
            currentWidth = measure(rest);
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }
}

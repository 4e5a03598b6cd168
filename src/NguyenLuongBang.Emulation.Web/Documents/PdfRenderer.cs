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

    public const string DraftMark = "DỰ THẢO";

    /// <summary>The software named in a file's properties and its signature: one portal for every commune, which the header names.</summary>
    public const string Producer = "Cổng thi đua đổi mới sáng tạo và chuyển đổi số";

    /// <param name="family">The typeface family (tests draw in each face); the portal's best one by default.</param>
    /// <param name="signer">Signs the file as it is saved, visibly in the signature area (issued documents).</param>
    public static byte[] Render(OfficialDocument document, string family = PortalFontResolver.Family, IPdfSigner? signer = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        PortalFontResolver.Install();
        using var pdf = new PdfDocument();
        pdf.Info.Title = Nfc(document.TypeTitle + " " + string.Join(" ", document.Summary));
        pdf.Info.Creator = Producer;
        var flow = new Flow(pdf, new TextMeasure(family));
        var fonts = flow.Fonts;

        flow.NewPage(numbered: false);
        if (document.Draft)
        {
            flow.DrawDraftMark();
        }

        DrawHeader(flow, document);
        flow.Space(8);
        flow.Text(document.TypeTitle, fonts.Bold(14), Align.Center);
        foreach (var line in document.Summary)
        {
            flow.Text(line, fonts.Bold(14), Align.Center);
        }

        flow.Rule(flow.CenterX - 40, flow.CenterX + 40);
        flow.Space(6);
        DrawRecipients(flow, document.Recipients);
        DrawBlocks(flow, document.Body, ClosingHeight(flow, document));
        DrawClosing(flow, document);
        if (document.Verification is { } verification)
        {
            // Below the signatures, inside the text area (NĐ 30 keeps the margins empty).
            // DrawClosing kept room for it on the signature's page; should the closing have run taller
            // than reckoned, it still never goes into the margin.
            flow.Space(4 * Mm);
            flow.EnsureSpace(15 * Mm);
            DrawVerificationFooter(flow.Graphics, fonts, verification, flow.Left, flow.Y, flow.Width);
            flow.Space(15 * Mm);
        }

        foreach (var annex in document.Annexes)
        {
            flow.StartSection();
            flow.NewPage(numbered: false);
            flow.Text(annex.Label, fonts.Bold(14), Align.Center);
            flow.Text(annex.Title, fonts.Bold(14), Align.Center);
            flow.Text(annex.Note, fonts.Italic(13), Align.Center);
            flow.Space(8);
            DrawBlocks(flow, annex.Body);
        }

        flow.Finish();
        var space = Space(pdf, flow.SignatureArea) with { Second = flow.SecondSignatureArea is { } second ? Space(pdf, second) : null };
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return signer is null ? stream.ToArray() : signer.Sign(stream.ToArray(), space);
    }

    /// <summary>Where the signers sign on the document as drawn: for signing an issued file again (the minutes' second signer).</summary>
    public static SignerSpace SignerSpaces(OfficialDocument document)
    {
        SignerSpace? found = null;
        Render(document, signer: new SpaceFinder(s => found = s));
        return found!;
    }

    private static SignerSpace Space(PdfDocument pdf, (int Page, XRect Area, double BelowName) area) =>
        SignerSpace.FromTop(area.Page, area.Area, area.BelowName, pdf.Pages[area.Page].Height.Point);

    private sealed class SpaceFinder(Action<SignerSpace> found) : IPdfSigner
    {
        public string Subject => string.Empty;

        public bool IsDemo => false;

        public byte[] Sign(byte[] pdf, SignerSpace space)
        {
            found(space);
            return pdf;
        }
    }

    /// <summary>A 14 mm QR code and, beside it, the code and the address to check it at.</summary>
    private static void DrawVerificationFooter(XGraphics g, FontSet fonts, DocumentVerification verification, double left, double top, double width)
    {
        const double size = 14 * Mm;
        verification.DrawQr(g, left, top, size);
        var textLeft = left + size + (2 * Mm);
        var textWidth = width - size - (2 * Mm);
        g.DrawString(Nfc("Mã xác thực: " + verification.DisplayCode), fonts.Bold(9), XBrushes.Black, new XRect(textLeft, top + (2 * Mm), textWidth, 11), XStringFormats.TopLeft);
        g.DrawString(Nfc("Kiểm tra văn bản tại: " + verification.Url), fonts.Italic(8), XBrushes.Black, new XRect(textLeft, top + (6.5 * Mm), textWidth, 10), XStringFormats.TopLeft);
    }

    /// <summary>
    /// Giấy khen: each on its own A4 landscape page inside a double frame — national header,
    /// the awarding authority, "GIẤY KHEN", the awardee ("Ông"/"Bà" for a person), the achievement,
    /// the decision, the place and date, the signer and the register number. One file holds one or
    /// many, for printing.
    /// </summary>
    /// <param name="signer">Signs the file (one certificate) visibly over the signer's space.</param>
    public static byte[] RenderCertificates(IReadOnlyList<Certificate> certificates, string family = PortalFontResolver.Family, IPdfSigner? signer = null) =>
        LandscapePages(certificates.Count == 1 ? "Giấy khen - " + certificates[0].AwardeeName : "Giấy khen", certificates, family,
            (g, fonts, certificate) => DrawCertificate(g, fonts, certificate), signer);

    /// <summary>
    /// For pre-printed blanks (phôi Giấy khen): only the variable fields, each centred on the
    /// position the administrator set, no frame and no fixed text.
    /// </summary>
    public static byte[] RenderCertificateBlanks(IReadOnlyList<Certificate> certificates, CertificateBlankLayout layout, string family = PortalFontResolver.Family) =>
        LandscapePages("Giấy khen (in trên phôi)", certificates, family, (g, fonts, certificate) =>
        {
            foreach (var field in CertificateBlankLayout.Fields)
            {
                var (x, y) = layout.Position(field);
                WriteCentered(g, fonts, certificate.FieldText(field), CertificateBlankLayout.Style(field), x * Mm, y * Mm, CertificateBlankLayout.Width(field) * Mm);
            }

            return default;
        });

    /// <summary>One page to hold against a blank: a cross and the field's name at every position, and a 10 mm scale.</summary>
    public static byte[] RenderBlankAlignment(CertificateBlankLayout layout, string family = PortalFontResolver.Family) =>
        LandscapePages("Trang in thử căn chỉnh phôi Giấy khen", [Certificate.Sample], family, (g, fonts, _) =>
        {
            var pen = new XPen(XColors.Black, 0.4);
            foreach (var field in CertificateBlankLayout.Fields)
            {
                var (x, y) = layout.Position(field);
                g.DrawLine(pen, (x - 4) * Mm, y * Mm, (x + 4) * Mm, y * Mm);
                g.DrawLine(pen, x * Mm, (y - 4) * Mm, x * Mm, (y + 4) * Mm);
                g.DrawString($"{CertificateBlankLayout.Label(field)} ({VietnameseMm(x)}; {VietnameseMm(y)} mm)", fonts.Italic(9), XBrushes.Black, new XPoint((x + 5) * Mm, (y - 1) * Mm), XStringFormats.BottomLeft);
            }

            for (var mm = 0; mm <= 290; mm += 10)
            {
                g.DrawLine(pen, mm * Mm, 0, mm * Mm, (mm % 50 == 0 ? 6 : 3) * Mm);
            }

            for (var mm = 0; mm <= 200; mm += 10)
            {
                g.DrawLine(pen, 0, mm * Mm, (mm % 50 == 0 ? 6 : 3) * Mm, mm * Mm);
            }

            return default;
        });

    private static string VietnameseMm(double value) => value.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    /// <param name="draw">Draws one certificate; returns the signer's space and the height under the name.</param>
    private static byte[] LandscapePages(string title, IReadOnlyList<Certificate> certificates, string family, Func<XGraphics, FontSet, Certificate, (XRect Area, double BelowName)> draw,
        IPdfSigner? signer = null)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        PortalFontResolver.Install();
        var fonts = new FontSet(new TextMeasure(family));
        using var pdf = new PdfDocument();
        pdf.Info.Title = Nfc(title);
        pdf.Info.Creator = Producer;
        var space = default(SignerSpace);
        foreach (var certificate in certificates)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromMillimeter(297);
            page.Height = XUnit.FromMillimeter(210);
            using var g = XGraphics.FromPdfPage(page);
            var (area, belowName) = draw(g, fonts, certificate);
            space = SignerSpace.FromTop(pdf.PageCount - 1, area, belowName, page.Height.Point);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return signer is null || space is null ? stream.ToArray() : signer.Sign(stream.ToArray(), space);
    }

    /// <summary>Text centred on <paramref name="center"/> from <paramref name="y"/> down, wrapped to <paramref name="width"/>; returns the height below it.</summary>
    private static double WriteCentered(XGraphics g, FontSet fonts, string text, (double Size, bool Bold, bool Italic) style, double center, double y, double width)
    {
        var font = fonts.Get(style.Size, style.Bold, style.Italic);
        foreach (var line in Wrap(Nfc(text), t => g.MeasureString(t, font).Width, width))
        {
            g.DrawString(line, font, XBrushes.Black, new XRect(center - (width / 2), y, width, font.Size * 1.25), XStringFormats.TopCenter);
            y += font.Size * 1.25;
        }

        return y;
    }

    private static (XRect Area, double BelowName) DrawCertificate(XGraphics g, FontSet fonts, Certificate certificate)
    {
        const double width = 297 * Mm;
        const double height = 210 * Mm;
        g.DrawRectangle(new XPen(XColors.Black, 2), 10 * Mm, 10 * Mm, width - (20 * Mm), height - (20 * Mm));
        g.DrawRectangle(new XPen(XColors.Black, 0.6), 13 * Mm, 13 * Mm, width - (26 * Mm), height - (26 * Mm));
        var center = width / 2;
        var full = width - (50 * Mm);
        var y = WriteCentered(g, fonts, HeaderLayout.NationalName, (14, true, false), center, 20 * Mm, full);
        y = WriteCentered(g, fonts, HeaderLayout.Motto, (14, true, false), center, y, full);
        var mottoWidth = g.MeasureString(HeaderLayout.Motto, fonts.Bold(14)).Width;
        g.DrawLine(new XPen(XColors.Black, 0.5), center - (mottoWidth / 2), y + 1, center + (mottoWidth / 2), y + 1);
        y = WriteCentered(g, fonts, certificate.Authority, (17, true, false), center, y + (8 * Mm), full);
        y = WriteCentered(g, fonts, "TẶNG", (16, true, false), center, y + (2 * Mm), full);
        y = WriteCentered(g, fonts, "GIẤY KHEN", (40, true, false), center, y + (2 * Mm), full);
        y = WriteCentered(g, fonts, certificate.FieldText(CertificateField.Awardee), CertificateBlankLayout.Style(CertificateField.Awardee), center, y + (4 * Mm), full);
        if (!string.IsNullOrWhiteSpace(certificate.PositionAndUnit))
        {
            y = WriteCentered(g, fonts, certificate.PositionAndUnit, CertificateBlankLayout.Style(CertificateField.PositionAndUnit), center, y + (1 * Mm), full);
        }

        WriteCentered(g, fonts, certificate.Achievement, CertificateBlankLayout.Style(CertificateField.Achievement), center, y + (4 * Mm), full - (30 * Mm));

        var bottom = height - (68 * Mm);
        var columnWidth = 115 * Mm;
        var leftCenter = (25 * Mm) + (columnWidth / 2);
        var rightCenter = width - (25 * Mm) - (columnWidth / 2);
        var ly = WriteCentered(g, fonts, certificate.DecisionLine, CertificateBlankLayout.Style(CertificateField.Decision), leftCenter, bottom + (14 * Mm), columnWidth);
        WriteCentered(g, fonts, certificate.FieldText(CertificateField.RegisterNumber), CertificateBlankLayout.Style(CertificateField.RegisterNumber), leftCenter, ly + 2, columnWidth);
        var ry = WriteCentered(g, fonts, certificate.PlaceDateLine, CertificateBlankLayout.Style(CertificateField.PlaceDate), rightCenter, bottom, columnWidth);
        foreach (var line in certificate.SignerAuthority)
        {
            ry = WriteCentered(g, fonts, line, (14, true, false), rightCenter, ry, columnWidth);
        }

        var belowName = WriteCentered(g, fonts, certificate.SignerName, CertificateBlankLayout.Style(CertificateField.Signer), rightCenter, ry + (24 * Mm), columnWidth);
        if (certificate.Verification is { } verification)
        {
            // Inside the frame, bottom left, clear of the decision lines.
            const double size = 16 * Mm;
            verification.DrawQr(g, 18 * Mm, height - (18 * Mm) - size, size);
            g.DrawString(Nfc("Mã xác thực: " + verification.DisplayCode), fonts.Bold(9), XBrushes.Black, new XRect(36 * Mm, height - (24 * Mm), 120 * Mm, 11), XStringFormats.TopLeft);
            g.DrawString(Nfc(verification.Url), fonts.Italic(8), XBrushes.Black, new XRect(36 * Mm, height - (20 * Mm), 120 * Mm, 10), XStringFormats.TopLeft);
        }

        // NĐ 30, Phụ lục I: the signer's image between the position and the name.
        return (new XRect(rightCenter - (columnWidth / 2), ry, columnWidth, 24 * Mm), belowName);
    }

    /// <summary>Composed (NFC) text: PDFsharp misplaces combining marks of decomposed text.</summary>
    internal static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// The two header columns of <see cref="HeaderLayout"/>: issuer (last line bold, a short rule
    /// under it) and number on the left; national name, motto with its rule, place and date on the
    /// right, level with the number. Every line on one line.
    /// </summary>
    private static void DrawHeader(Flow flow, OfficialDocument document)
    {
        var placed = HeaderLayout.Place(document, flow.Measure, flow.Width);
        // A little below the margin: capitals with two marks (Ử, Ỗ) reach above the line box.
        var top = flow.Y + 3;
        var lineHeight = 13 * 1.25;
        double RowY(int row) => top + (row * lineHeight) + (row >= 2 ? 10 : 0);
        var numberRow = placed.Max(p => p.Row);
        foreach (var line in placed)
        {
            var y = RowY(line.Row);
            flow.CenteredLine(line.Text, flow.Fonts.Get(line.Size, line.Bold, line.Italic), flow.Left + line.Center, y, line.Scale);
            if (line.LeftColumn && line.Row == numberRow - 1 && numberRow >= 2)
            {
                // The short rule under the issuer's name: two fifths of it.
                var half = line.Width * 0.2;
                flow.RuleAt(flow.Left + line.Center - half, flow.Left + line.Center + half, y + (line.Size * 1.25) + 3);
            }

            if (!line.LeftColumn && line.Text == HeaderLayout.Motto)
            {
                flow.RuleAt(flow.Left + line.Center - (line.Width / 2), flow.Left + line.Center + (line.Width / 2), y + (line.Size * 1.25) + 3);
            }
        }

        flow.Y = RowY(numberRow) + lineHeight;
    }

    private static void DrawRecipients(Flow flow, IReadOnlyList<string> recipients)
    {
        var fonts = flow.Fonts;
        if (recipients.Count == 0)
        {
            return;
        }

        if (recipients.Count == 1)
        {
            flow.Text("Kính gửi: " + recipients[0], fonts.Regular(14), Align.Center);
        }
        else
        {
            flow.Text("Kính gửi:", fonts.Regular(14), Align.Center);
            foreach (var recipient in recipients)
            {
                flow.Text(recipient, fonts.Regular(14), Align.Center);
            }
        }

        flow.Space(6);
    }

    /// <summary>
    /// The height of the closing (signatures and "Nơi nhận", and the QR code below them on an
    /// issued document), kept on one page: the first row, and the second when a third signature or
    /// "Nơi nhận" stands under the first.
    /// </summary>
    private static double ClosingHeight(Flow flow, OfficialDocument document)
    {
        var leftWidth = flow.Width * LeftShare;
        var rightWidth = flow.Width - leftWidth;
        var right = (document.SignerAuthority.Count * 18) + (30 * Mm) + 20 + (document.SignerNote is null ? 0 : 18);
        var left = document.LeftSignature is { } second ? SignatureHeight(flow, second, leftWidth) : DistributionHeight(document);
        var height = Math.Max(right, left) + 10;
        if (document.LowerSignature is not null || document.DistributionBelow)
        {
            height += RowGap + Math.Max(document.LowerSignature is { } lower ? SignatureHeight(flow, lower, rightWidth) : 0, document.DistributionBelow ? DistributionHeight(document) : 0);
        }

        return height + (document.Verification is null ? 0 : VerificationHeight);
    }

    /// <summary>The share of the text width the left column of the closing takes ("Nơi nhận", a second signer).</summary>
    private const double LeftShare = 0.45;

    /// <summary>The space between the closing's first row and a second one under it.</summary>
    private const double RowGap = 12;

    private static double DistributionHeight(OfficialDocument document) => 16 + (document.Distribution.Count * 14);

    /// <summary>A signature block as drawn in a column: its position lines (wrapped), the note, the space to sign and the name.</summary>
    private static double SignatureHeight(Flow flow, Signature signature, double width)
    {
        var fonts = flow.Fonts;
        var lines = signature.Authority.Sum(a => flow.TextHeight(a, fonts.Bold(14), width));
        var note = signature.Note is null ? 0 : flow.TextHeight(signature.Note, fonts.Italic(14), width);
        return lines + note + (30 * Mm) + flow.TextHeight(signature.Name, fonts.Bold(14), width) + 4;
    }

    /// <summary>The space the verification footer takes under the closing: a gap and the 14 mm QR code.</summary>
    private const double VerificationHeight = 19 * Mm;

    /// <param name="keepLastWith">Height that must follow the last block on its page (the closing): the last paragraph is never left alone with it.</param>
    private static void DrawBlocks(Flow flow, IReadOnlyList<DocumentBlock> blocks, double keepLastWith = 0)
    {
        var fonts = flow.Fonts;
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            if (index == blocks.Count - 1 && keepLastWith > 0 && block is Paragraph last)
            {
                flow.EnsureSpace(flow.ParagraphHeight(last.Text, last.Italic ? fonts.Italic(14) : fonts.Regular(14), 1 * 10 * Mm, last.Lead) + keepLastWith);
            }

            switch (block)
            {
                case Heading { Level: 1 } h:
                    flow.KeepWithNext(60);
                    flow.Paragraph(h.Text, fonts.Bold(14), indent: 1 * 10 * Mm, justify: false);
                    break;
                case Heading h:
                    flow.KeepWithNext(50);
                    flow.Paragraph(h.Text, fonts.Bold(14), indent: 1 * 10 * Mm, justify: false);
                    break;
                case Paragraph p:
                    flow.Paragraph(p.Text, p.Italic ? fonts.Italic(14) : fonts.Regular(14), indent: 1 * 10 * Mm, justify: true, p.Lead);
                    break;
                case Centered c:
                    flow.KeepWithNext(40);
                    flow.Text(c.Text, fonts.Bold(14), Align.Center);
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
        var fonts = flow.Fonts;
        flow.Space(10);
        flow.EnsureSpace(ClosingHeight(flow, document) - 10);
        var top = flow.Y;
        var leftWidth = flow.Width * LeftShare;
        var right = flow.Left + leftWidth;
        var rightWidth = flow.Width - leftWidth;
        double y;
        if (document.LeftSignature is { } second)
        {
            var (secondSpace, below) = DrawSignature(flow, second.Authority, second.Note, second.Name, flow.Left, leftWidth, top);
            flow.SecondSignatureArea = (flow.PageIndex, secondSpace, below);
            y = below;
        }
        else
        {
            y = DrawDistribution(flow, document, top, leftWidth);
        }

        // NĐ 30, Phụ lục I: the signer's image between the position and the name.
        var (space, ry) = DrawSignature(flow, document.SignerAuthority, document.SignerNote, document.SignerName, right, rightWidth, top);
        flow.SignatureArea = (flow.PageIndex, space, ry);
        flow.Y = Math.Max(y, ry);
        if (document.LowerSignature is not null || document.DistributionBelow)
        {
            // The second row: "Nơi nhận" on the left, the third signer (the level that certifies) on the right.
            var lowerTop = flow.Y + RowGap;
            var ly = document.DistributionBelow ? DrawDistribution(flow, document, lowerTop, leftWidth) : lowerTop;
            var lry = document.LowerSignature is { } lower ? DrawSignature(flow, lower.Authority, lower.Note, lower.Name, right, rightWidth, lowerTop).Below : lowerTop;
            flow.Y = Math.Max(ly, lry);
        }
    }

    private static double DrawDistribution(Flow flow, OfficialDocument document, double top, double width)
    {
        var fonts = flow.Fonts;
        var y = flow.TextAt("Nơi nhận:", fonts.BoldItalic(12), flow.Left, width, top, Align.Left);
        foreach (var line in document.Distribution)
        {
            y = flow.TextAt(line, fonts.Regular(11), flow.Left, width, y, Align.Left);
        }

        return y;
    }

    /// <summary>Position (bold caps), the form's note (italic), room to sign, the name (bold); returns the signing space and the height below the name.</summary>
    private static (XRect Space, double Below) DrawSignature(Flow flow, IEnumerable<string> authority, string? note, string name, double x, double width, double top)
    {
        var fonts = flow.Fonts;
        var y = top;
        foreach (var line in authority)
        {
            y = flow.TextAt(line, fonts.Bold(14), x, width, y, Align.Center);
        }

        if (note is not null)
        {
            y = flow.TextAt(note, fonts.Italic(14), x, width, y, Align.Center);
        }

        var space = new XRect(x, y, width, 30 * Mm);
        return (space, flow.TextAt(name, fonts.Bold(14), x, width, y + (30 * Mm), Align.Center));
    }

    private enum Align
    {
        Left,
        Center,
        Right,
    }

    /// <summary>The faces of one family at the sizes a document uses, made once per render.</summary>
    private sealed class FontSet(TextMeasure measure)
    {
        public XFont Get(double size, bool bold, bool italic) => measure.Font(size, bold, italic);

        public XFont Regular(double size) => measure.Font(size, false, false);

        public XFont Bold(double size) => measure.Font(size, true, false);

        public XFont Italic(double size) => measure.Font(size, false, true);

        public XFont BoldItalic(double size) => measure.Font(size, true, true);
    }

    /// <summary>The running page: where the next line goes, and page breaks with numbering.</summary>
    private sealed class Flow(PdfDocument pdf, TextMeasure measure)
    {
        private const double LineFactor = 1.2;
        private readonly XPen _pen = new(XColors.Black, 0.5);
        private XGraphics? _gfx;

        public TextMeasure Measure { get; } = measure;

        public FontSet Fonts { get; } = new(measure);
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

        public XGraphics Graphics => G;

        /// <summary>The page being drawn (0-based).</summary>
        public int PageIndex => pdf.PageCount - 1;

        /// <summary>Where the signer signs: page, the space between position and name, and the height under the name.</summary>
        public (int Page, XRect Area, double BelowName) SignatureArea { get; set; }

        /// <summary>Where the second signer (on the left, e.g. the minutes' secretary) signs, when there is one.</summary>
        public (int Page, XRect Area, double BelowName)? SecondSignatureArea { get; set; }

        public void Space(double points) => Y += points;

        public void EnsureSpace(double height)
        {
            if (Y + height > Bottom)
            {
                NewPage();
            }
        }

        public void KeepWithNext(double height) => EnsureSpace(height);

        /// <summary>A text's width in a font, measured once per render (words recur all through a report).</summary>
        private double TextWidth(string text, XFont font) =>
            Measure.Width(text, font.Size, font.Bold, font.Italic);

        /// <summary>"DỰ THẢO" boxed in the top margin of the first page: a draft cannot pass for the issued document.</summary>
        public void DrawDraftMark()
        {
            var font = Fonts.Bold(13);
            var width = TextWidth(PdfRenderer.DraftMark, font) + 8;
            G.DrawRectangle(_pen, Left, 7 * Mm, width, 20);
            G.DrawString(PdfRenderer.DraftMark, font, XBrushes.Black, new XRect(Left, (7 * Mm) + 3, width, 16), XStringFormats.TopCenter);
        }

        /// <summary>One line centred on an axis, squeezed horizontally by <paramref name="scale"/> when below 1; never wrapped.</summary>
        public void CenteredLine(string text, XFont font, double center, double y, double scale)
        {
            text = Nfc(text);
            var width = TextWidth(text, font);
            if (scale >= 0.999)
            {
                G.DrawString(text, font, XBrushes.Black, new XPoint(center - (width / 2), y), XStringFormats.TopLeft);
                return;
            }

            var state = G.Save();
            G.TranslateTransform(center, y);
            G.ScaleTransform(scale, 1);
            G.DrawString(text, font, XBrushes.Black, new XPoint(-width / 2, 0), XStringFormats.TopLeft);
            G.Restore(state);
        }

        /// <summary>The height <see cref="Paragraph"/> will take for this text.</summary>
        public double ParagraphHeight(string text, XFont font, double indent, string? lead)
        {
            var leadWidth = lead is null ? 0 : TextWidth(Nfc(lead + " "), Fonts.Bold(font.Size));
            var lines = Nfc(text).Split('\n').Select((part, i) => Wrap(part, font, Width, indent + (i == 0 ? leadWidth : 0)).Count).Sum();
            return (lines * font.Size * LineFactor) + 6;
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

        /// <summary>The height <see cref="TextAt"/> takes for this text in a column of <paramref name="width"/>.</summary>
        public double TextHeight(string text, XFont font, double width) => Wrap(Nfc(text), font, width).Count * font.Size * LineFactor;

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
                var leadWidth = first && lead is not null ? TextWidth(Nfc(lead + " "), leadFont) : 0;
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
            var font = Fonts.Regular(TableLayout.HeaderSize);
            var bold = Fonts.Bold(TableLayout.HeaderSize);
            var widths = TableLayout.Widths(table, Measure, Width);
            const double pad = TableLayout.CellPadding;

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

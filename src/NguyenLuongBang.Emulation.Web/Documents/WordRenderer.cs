using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a Word file with the same content and layout rules
/// as the PDF: A4, margins 20/20/30/15 mm, Times New Roman, page numbers centred at the top from
/// page 2, repeated table headers, each annex a section numbered on its own. The only code that
/// touches the Open XML SDK.
/// </summary>
public static class WordRenderer
{
    private const string Font = "Times New Roman";

    /// <summary>The text width between the decree's margins (A4, left 30 mm, right 15 mm), in twentieths of a point.</summary>
    private const int TextWidth = 9354;

    public static byte[] Render(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var measure = new TextMeasure(PortalFontResolver.WordLayout.Family);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body());
            var body = main.Document.Body!;
            var headerId = AddPageNumberHeader(main);
            var draftId = document.Draft ? AddDraftHeader(main) : null;

            body.Append(HeaderBlock(document, measure));
            body.Append(Para(document.TypeTitle, 28, bold: true, align: JustificationValues.Center, before: 240));
            foreach (var line in document.Summary)
            {
                body.Append(Para(line, 28, bold: true, align: JustificationValues.Center));
            }

            body.Append(Para("———", 20, align: JustificationValues.Center));
            if (document.Recipients.Count == 1)
            {
                body.Append(Para("Kính gửi: " + document.Recipients[0], 28, align: JustificationValues.Center, after: 120));
            }
            else if (document.Recipients.Count > 1)
            {
                body.Append(Para("Kính gửi:", 28, align: JustificationValues.Center));
                foreach (var recipient in document.Recipients)
                {
                    body.Append(Para(recipient, 28, align: JustificationValues.Center));
                }
            }

            AppendBlocks(body, document.Body, measure, keepLastWithNext: true);
            body.Append(ClosingBlock(document));
            if (document.Verification is { } verification)
            {
                // The Word copy carries the code and address in text; the QR code is on the PDF.
                body.Append(Para($"Mã xác thực: {verification.DisplayCode} — kiểm tra văn bản tại: {verification.Url}", 18, align: JustificationValues.Left, before: 240));
            }

            var inAnnex = false;
            foreach (var annex in document.Annexes)
            {
                // End the running section (the body, or the previous annex, which numbers its own pages) and start this annex's.
                body.Append(Hairline(SectionProperties(headerId, restartNumbering: inAnnex, inAnnex ? null : draftId)));
                inAnnex = true;
                body.Append(Para(annex.Label, 28, bold: true, align: JustificationValues.Center));
                body.Append(Para(annex.Title, 28, bold: true, align: JustificationValues.Center));
                body.Append(Para(annex.Note, 26, italic: true, align: JustificationValues.Center, after: 160));
                AppendBlocks(body, annex.Body, measure);
            }

            // A last annex that ends with a table is closed by a hairline paragraph: a document's body ends with a paragraph.
            if (body.LastChild is W.Table)
            {
                body.Append(Hairline(null));
            }

            body.Append(SectionProperties(headerId, restartNumbering: document.Annexes.Count > 0, document.Annexes.Count > 0 ? null : draftId));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <param name="keepLastWithNext">Keep the last paragraph on the page of what follows (the signature block).</param>
    private static void AppendBlocks(Body body, IReadOnlyList<DocumentBlock> blocks, TextMeasure measure, bool keepLastWithNext = false)
    {
        foreach (var block in blocks)
        {
            if (keepLastWithNext && ReferenceEquals(block, blocks[^1]) && block is Paragraph closing)
            {
                foreach (var part in PdfRenderer.Nfc(closing.Text).Split('\n'))
                {
                    var paragraph = Para(part, 28, italic: closing.Italic, align: JustificationValues.Both, firstLine: 567, after: 120, keepNext: true);
                    paragraph.ParagraphProperties!.Append(new KeepLines());
                    if (closing.Lead is not null && part == PdfRenderer.Nfc(closing.Text).Split('\n')[0])
                    {
                        paragraph.InsertAfter(LeadRun(closing.Lead), paragraph.ParagraphProperties);
                    }

                    body.Append(paragraph);
                }

                continue;
            }

            switch (block)
            {
                case Heading h:
                    body.Append(Para(h.Text, 28, bold: true, firstLine: 567, keepNext: true, after: 120));
                    break;
                case Paragraph p:
                    var parts = PdfRenderer.Nfc(p.Text).Split('\n');
                    for (var i = 0; i < parts.Length; i++)
                    {
                        var paragraph = Para(parts[i], 28, italic: p.Italic, align: JustificationValues.Both, firstLine: 567, after: 120);
                        if (i == 0 && p.Lead is not null)
                        {
                            paragraph.InsertAfter(LeadRun(p.Lead), paragraph.ParagraphProperties);
                        }

                        body.Append(paragraph);
                    }

                    break;
                case Centered c:
                    body.Append(Para(c.Text, 28, bold: true, align: JustificationValues.Center, keepNext: true, after: 120));
                    break;
                case Table t:
                    body.Append(TableOf(t, measure));

                    // A little space before what follows; none after the last table, where it could only start an empty page.
                    if (!ReferenceEquals(block, blocks[^1]))
                    {
                        body.Append(Para(string.Empty, 20));
                    }

                    break;
            }
        }
    }

    private static Run LeadRun(string lead) =>
        TextRun(new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new Bold(), new FontSize { Val = "28" }), lead + " ");

    /// <summary>
    /// The header block as the PDF draws it (<see cref="HeaderLayout"/>): one paragraph per row,
    /// each column's line on a centred tab stop at the column's axis, sizes and squeeze as
    /// measured with Times' widths, so a word processor keeps every line on one line.
    /// </summary>
    private static IEnumerable<OpenXmlElement> HeaderBlock(OfficialDocument document, TextMeasure measure)
    {
        var width = TextWidth / 20.0;
        var placed = HeaderLayout.Place(document, measure, width);
        var left = Twips(placed.First(p => p.LeftColumn).Center);
        var right = Twips(placed.First(p => !p.LeftColumn).Center);
        var numberRow = placed.Max(p => p.Row);
        for (var row = 0; row <= numberRow; row++)
        {
            var paragraph = TabbedRow(left, right, row == numberRow ? 120 : 0);
            foreach (var column in new[] { true, false })
            {
                paragraph.Append(new Run(new TabChar()));
                if (placed.FirstOrDefault(p => p.Row == row && p.LeftColumn == column) is { } line)
                {
                    paragraph.Append(HeaderRun(line));
                }
            }

            yield return paragraph;
            if (row == numberRow - 1)
            {
                // The short rule under the issuer's name and the rule under the motto, as runs of em dashes.
                var issuer = placed.Where(p => p.LeftColumn && p.Row == numberRow - 1).Select(p => p.Width * 0.4).DefaultIfEmpty(0).First();
                var motto = placed.Single(p => p.Text == HeaderLayout.Motto).Width;
                var dash = measure.Width("—", 10);
                var rules = TabbedRow(left, right, 60);
                rules.Append(new Run(new TabChar()), Dashes(issuer, dash), new Run(new TabChar()), Dashes(motto, dash));
                yield return rules;
            }
        }
    }

    private static W.Paragraph TabbedRow(int left, int right, int after) => new(new ParagraphProperties(
        new Tabs(new TabStop { Val = TabStopValues.Center, Position = left }, new TabStop { Val = TabStopValues.Center, Position = right }),
        new SpacingBetweenLines { Before = "0", After = after.ToString(System.Globalization.CultureInfo.InvariantCulture), Line = "240", LineRule = LineSpacingRuleValues.Auto },
        new KeepNext()));

    private static Run HeaderRun(PlacedLine line)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (line.Bold)
        {
            properties.Append(new Bold());
        }

        if (line.Italic)
        {
            properties.Append(new Italic());
        }

        if (line.Scale < 0.999)
        {
            properties.Append(new CharacterScale { Val = (int)Math.Floor(line.Scale * 100) });
        }

        properties.Append(new FontSize { Val = ((int)Math.Round(line.Size * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return TextRun(properties, line.Text);
    }

    private static Run Dashes(double width, double dash) => new(
        new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new FontSize { Val = "20" }),
        new Text(new string('—', Math.Max(1, (int)Math.Round(width / dash)))));

    private static int Twips(double points) => (int)Math.Round(points * 20);

    private static W.Table ClosingBlock(OfficialDocument document)
    {
        var left = document.LeftSignature is { } second ? SignatureBlock(second.Authority, second.Note, second.Name) : Distribution(document);
        var table = TwoColumns(left, SignatureBlock(document.SignerAuthority, document.SignerNote, document.SignerName), 4300, 5050);

        // Rows that never split: the signer's position, space and name stay together, and
        // with the verification line under them when there is one.
        var first = table.GetFirstChild<TableRow>()!;
        first.PrependChild(new TableRowProperties(new CantSplit()));
        if (document.LowerSignature is not null || document.DistributionBelow)
        {
            // The second row ("Nơi nhận", the third signer) stays on the first row's page.
            foreach (var properties in first.Descendants<ParagraphProperties>())
            {
                properties.Append(new KeepNext());
            }

            var lower = document.LowerSignature is { } third ? SignatureBlock(third.Authority, third.Note, third.Name) : [];
            lower.Insert(0, Para(string.Empty, 24));
            List<OpenXmlElement> below = [Para(string.Empty, 24), .. document.DistributionBelow ? Distribution(document) : []];
            table.Append(new TableRow(new TableRowProperties(new CantSplit()), Cell(below, 4300), Cell(lower, 5050)));
        }

        if (document.Verification is not null)
        {
            foreach (var properties in table.Descendants<ParagraphProperties>())
            {
                properties.Append(new KeepNext());
            }
        }

        return table;
    }

    private static List<OpenXmlElement> Distribution(OfficialDocument document) =>
        [Para("Nơi nhận:", 24, bold: true, italic: true), .. document.Distribution.Select(d => Para(d, 22))];

    private static List<OpenXmlElement> SignatureBlock(IEnumerable<string> authority, string? note, string name)
    {
        var block = authority.Select(a => (OpenXmlElement)Para(a, 28, bold: true, align: JustificationValues.Center)).ToList();
        if (note is not null)
        {
            block.Add(Para(note, 28, italic: true, align: JustificationValues.Center));
        }

        block.Add(Para(string.Empty, 28, after: 1400));
        block.Add(Para(name, 28, bold: true, align: JustificationValues.Center));
        return block;
    }

    private static W.Table TwoColumns(IEnumerable<OpenXmlElement> left, IEnumerable<OpenXmlElement> right, int leftWidth, int rightWidth)
    {
        var table = new W.Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = (leftWidth + rightWidth).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })));
        table.Append(new TableRow(Cell(left, leftWidth), Cell(right, rightWidth)));
        return table;
    }

    private static TableCell Cell(IEnumerable<OpenXmlElement> content, int width)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        cell.Append(content);
        return cell;
    }

    private static W.Table TableOf(Table source, TextMeasure measure)
    {
        const int full = TextWidth;
        var widths = TableLayout.Widths(source, measure, full / 20.0).Select(w => (int)Math.Floor(w * 20)).ToArray();
        var border = new Func<BorderType>[] { () => new TopBorder(), () => new BottomBorder(), () => new LeftBorder(), () => new RightBorder(), () => new InsideHorizontalBorder(), () => new InsideVerticalBorder() };
        var borders = new TableBorders();
        foreach (var make in border)
        {
            var b = make();
            b.Val = BorderValues.Single;
            b.Size = 4;
            borders.Append(b);
        }

        var table = new W.Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = full.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            borders,
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = (short)Twips(TableLayout.CellPadding), Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = (short)Twips(TableLayout.CellPadding), Type = TableWidthValues.Dxa })));

        var header = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < source.Columns.Count; i++)
        {
            header.Append(Cell([Para(source.Columns[i].Header, 24, bold: true, align: JustificationValues.Center)], widths[i]));
        }

        table.Append(header);
        foreach (var row in source.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < source.Columns.Count; i++)
            {
                var align = source.Columns[i].Align switch
                {
                    CellAlign.Right => JustificationValues.Right,
                    CellAlign.Center => JustificationValues.Center,
                    _ => JustificationValues.Left,
                };
                tr.Append(Cell([Para(row[i], 24, align: align)], widths[i]));
            }

            table.Append(tr);
        }

        return table;
    }

    private static W.Paragraph Para(string text, int halfPoints, bool bold = false, bool italic = false, JustificationValues? align = null,
        int firstLine = 0, int before = 0, int after = 0, bool keepNext = false)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines
        {
            Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        if (align is { } a)
        {
            properties.Append(new Justification { Val = a });
        }

        if (firstLine > 0)
        {
            properties.Append(new Indentation { FirstLine = firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var runProperties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (italic)
        {
            runProperties.Append(new Italic());
        }

        return new W.Paragraph(properties, TextRun(runProperties, text));
    }

    /// <summary>
    /// A run of text in which a hyphen inside a word ("01/TTr-VHXH", "2025-2030") is Word's
    /// non-breaking hyphen: a number or notation never breaks over two lines.
    /// </summary>
    private static Run TextRun(RunProperties properties, string text)
    {
        var run = new Run(properties);
        var normalized = PdfRenderer.Nfc(text);
        var start = 0;
        for (var i = 1; i < normalized.Length - 1; i++)
        {
            if (normalized[i] == '-' && !char.IsWhiteSpace(normalized[i - 1]) && !char.IsWhiteSpace(normalized[i + 1]))
            {
                run.Append(new Text(normalized[start..i]) { Space = SpaceProcessingModeValues.Preserve }, new NoBreakHyphen());
                start = i + 1;
            }
        }

        run.Append(new Text(normalized[start..]) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static string AddPageNumberHeader(MainDocumentPart main)
    {
        var part = main.AddNewPart<HeaderPart>();
        var run = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font }, new FontSize { Val = "26" });
        part.Header = new Header(new W.Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(run.CloneNode(true), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(run.CloneNode(true), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(run.CloneNode(true), new FieldChar { FieldCharType = FieldCharValues.End })));
        part.Header.Save();
        return main.GetIdOfPart(part);
    }

    /// <summary>"DỰ THẢO", boxed, in the top margin of a draft's first page (where no page number goes).</summary>
    private static string AddDraftHeader(MainDocumentPart main)
    {
        var part = main.AddNewPart<HeaderPart>();
        var border = new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6 }, new BottomBorder { Val = BorderValues.Single, Size = 6 },
            new LeftBorder { Val = BorderValues.Single, Size = 6 }, new RightBorder { Val = BorderValues.Single, Size = 6 });
        part.Header = new Header(new W.Paragraph(
            new ParagraphProperties(border, new Indentation { Right = "7800" }, new Justification { Val = JustificationValues.Center }),
            new Run(new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new Bold(), new FontSize { Val = "26" }), new Text(PdfRenderer.DraftMark))));
        part.Header.Save();
        return main.GetIdOfPart(part);
    }

    /// <summary>
    /// A paragraph a hairline high: the one that ends a section (with its properties), or the one
    /// that closes a body ending with a table — never a page of its own after a table that fills the last one.
    /// </summary>
    private static W.Paragraph Hairline(SectionProperties? section)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
            new ParagraphMarkRunProperties(new FontSize { Val = "2" }));
        if (section is not null)
        {
            properties.Append(section);
        }

        return new W.Paragraph(properties);
    }

    /// <summary>A4 portrait, the decree's margins, page numbers from the second page of the section.</summary>
    private static SectionProperties SectionProperties(string headerId, bool restartNumbering, string? firstPageHeaderId = null)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            new W.PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 567, Footer = 567 },
            new TitlePage());
        if (firstPageHeaderId is not null)
        {
            section.InsertAfter(new HeaderReference { Type = HeaderFooterValues.First, Id = firstPageHeaderId }, section.GetFirstChild<HeaderReference>());
        }

        if (restartNumbering)
        {
            section.Append(new PageNumberType { Start = 1 });
        }

        return section;
    }
}

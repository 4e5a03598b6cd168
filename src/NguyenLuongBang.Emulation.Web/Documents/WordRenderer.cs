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

    public static byte[] Render(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body());
            var body = main.Document.Body!;
            var headerId = AddPageNumberHeader(main);

            body.Append(HeaderBlock(document));
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

            AppendBlocks(body, document.Body);
            body.Append(ClosingBlock(document));

            var inAnnex = false;
            foreach (var annex in document.Annexes)
            {
                // End the running section (the body, or the previous annex, which numbers its own pages) and start this annex's.
                body.Append(new W.Paragraph(new ParagraphProperties(SectionProperties(headerId, restartNumbering: inAnnex))));
                inAnnex = true;
                body.Append(Para(annex.Label, 28, bold: true, align: JustificationValues.Center));
                body.Append(Para(annex.Title, 28, bold: true, align: JustificationValues.Center));
                body.Append(Para(annex.Note, 26, italic: true, align: JustificationValues.Center, after: 160));
                AppendBlocks(body, annex.Body);
            }

            body.Append(SectionProperties(headerId, restartNumbering: document.Annexes.Count > 0));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void AppendBlocks(Body body, IEnumerable<DocumentBlock> blocks)
    {
        foreach (var block in blocks)
        {
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
                            var lead = new Run(new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new Bold(), new FontSize { Val = "28" }),
                                new Text(PdfRenderer.Nfc(p.Lead) + " ") { Space = SpaceProcessingModeValues.Preserve });
                            paragraph.InsertAfter(lead, paragraph.ParagraphProperties);
                        }

                        body.Append(paragraph);
                    }

                    break;
                case Centered c:
                    body.Append(Para(c.Text, 28, bold: true, align: JustificationValues.Center, keepNext: true, after: 120));
                    break;
                case Table t:
                    body.Append(TableOf(t));
                    body.Append(Para(string.Empty, 20));
                    break;
            }
        }
    }

    private static W.Table HeaderBlock(OfficialDocument document)
    {
        var left = new List<OpenXmlElement>();
        for (var i = 0; i < document.IssuerLines.Count; i++)
        {
            left.Add(Para(document.IssuerLines[i], 26, bold: i == document.IssuerLines.Count - 1, align: JustificationValues.Center));
        }

        left.Add(Para("———", 20, align: JustificationValues.Center));
        left.Add(Para(document.NumberLine, 26, align: JustificationValues.Center));
        var right = new OpenXmlElement[]
        {
            Para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 24, bold: true, align: JustificationValues.Center),
            Para("Độc lập - Tự do - Hạnh phúc", 26, bold: true, align: JustificationValues.Center),
            Para("———————————", 20, align: JustificationValues.Center),
            Para(document.PlaceDateLine, 26, italic: true, align: JustificationValues.Center),
        };
        return TwoColumns(left, right, 3600, 5750);
    }

    private static W.Table ClosingBlock(OfficialDocument document)
    {
        List<OpenXmlElement> left;
        if (document.LeftSignature is { } second)
        {
            left = SignatureBlock(second.Authority, second.Name);
        }
        else
        {
            left = [Para("Nơi nhận:", 24, bold: true, italic: true)];
            left.AddRange(document.Distribution.Select(d => Para(d, 22)));
        }

        return TwoColumns(left, SignatureBlock(document.SignerAuthority, document.SignerName), 4300, 5050);
    }

    private static List<OpenXmlElement> SignatureBlock(IEnumerable<string> authority, string name)
    {
        var block = authority.Select(a => (OpenXmlElement)Para(a, 28, bold: true, align: JustificationValues.Center)).ToList();
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

    private static W.Table TableOf(Table source)
    {
        const int full = 9350;
        var total = source.Columns.Sum(c => c.Width);
        var widths = source.Columns.Select(c => (int)(c.Width / total * full)).ToArray();
        var border = new Func<BorderType>[] { () => new TopBorder(), () => new BottomBorder(), () => new LeftBorder(), () => new RightBorder(), () => new InsideHorizontalBorder(), () => new InsideVerticalBorder() };
        var borders = new TableBorders();
        foreach (var make in border)
        {
            var b = make();
            b.Val = BorderValues.Single;
            b.Size = 4;
            borders.Append(b);
        }

        var table = new W.Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Dxa, Width = full.ToString(System.Globalization.CultureInfo.InvariantCulture) }, borders));
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

        return new W.Paragraph(properties, new Run(runProperties, new Text(PdfRenderer.Nfc(text)) { Space = SpaceProcessingModeValues.Preserve }));
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

    /// <summary>A4 portrait, the decree's margins, page numbers from the second page of the section.</summary>
    private static SectionProperties SectionProperties(string headerId, bool restartNumbering)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            new W.PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 567, Footer = 567 },
            new TitlePage());
        if (restartNumbering)
        {
            section.Append(new PageNumberType { Start = 1 });
        }

        return section;
    }
}

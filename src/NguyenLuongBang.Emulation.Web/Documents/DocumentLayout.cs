using System.Text;
using PdfSharp.Drawing;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>Text widths in points for one document family, measured with the family's own font files.</summary>
public sealed class TextMeasure
{
    private readonly XGraphics _context = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(double Size, bool Bold, bool Italic), XFont> _fonts = [];
    private readonly Dictionary<(string Text, double Size, bool Bold, bool Italic), double> _widths = [];

    private readonly XPdfFontOptions _options;

    public TextMeasure(string family)
    {
        PortalFontResolver.Install();
        Family = family;

        // DejaVu builds its Vietnamese letters from parts that PDFsharp's subsetting leaves out
        // (the marks vanish on the page while the text layer is right): embed its whole files.
        _options = PortalFontResolver.For(family).TimesMetrics
            ? new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode)
            : new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode, PdfSharp.Pdf.PdfFontEmbedding.EmbedCompleteFontFile);
    }

    public string Family { get; }

    public XFont Font(double size, bool bold, bool italic)
    {
        if (!_fonts.TryGetValue((size, bold, italic), out var font))
        {
            var style = (bold, italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(Family, size, style, _options);
            _fonts[(size, bold, italic)] = font;
        }

        return font;
    }

    public double Width(string text, double size, bool bold = false, bool italic = false)
    {
        text = text.Normalize(NormalizationForm.FormC);
        var key = (text, size, bold, italic);
        if (!_widths.TryGetValue(key, out var width))
        {
            width = _context.MeasureString(text, Font(size, bold, italic)).Width;
            _widths[key] = width;
        }

        return width;
    }
}

/// <summary>One line of the header block as placed: its size, its horizontal squeeze, the column centre it sits on.</summary>
public sealed record PlacedLine(string Text, int Row, bool LeftColumn, double Size, bool Bold, bool Italic, double Scale, double Center, double Width);

/// <summary>
/// The header block of Nghị định 30 (issuer and number on the left; national name, motto, place
/// and date on the right) placed so that no line wraps. Each column is centred on its own axis;
/// the axes sit as far apart as the text width allows, and each row's two lines must keep a gap.
/// When a face is wider than Times, the lines step down within the decree's sizes (issuer and
/// national name 13 → 12, motto and place-date 14 → 13); only if that is not enough are all header
/// lines squeezed horizontally by the same factor. Shared by the PDF and Word renderers, so a
/// word processor shows the same lines as the PDF.
/// </summary>
public static class HeaderLayout
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>Space kept between a left and a right line on the same row (points).</summary>
    public const double Gap = 6;

    private sealed record Spec(string Text, int Row, bool Left, double Preferred, double Minimum, bool Bold, bool Italic);

    /// <param name="width">The text width of the page in points; centres are measured from its left edge.</param>
    public static IReadOnlyList<PlacedLine> Place(OfficialDocument document, TextMeasure measure, double width)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(measure);
        var issuers = document.IssuerLines;
        var numberRow = Math.Max(issuers.Count, 2);
        var specs = new List<Spec>();
        for (var i = 0; i < issuers.Count; i++)
        {
            specs.Add(new Spec(issuers[i], i, true, 13, 12, i == issuers.Count - 1, false));
        }

        specs.Add(new Spec(document.NumberLine, numberRow, true, 13, 13, false, false));
        specs.Add(new Spec(NationalName, 0, false, 13, 12, true, false));
        specs.Add(new Spec(Motto, 1, false, 14, 13, true, false));
        specs.Add(new Spec(document.PlaceDateLine, numberRow, false, 14, 13, false, true));

        for (var step = 0; ; step++)
        {
            var sizes = specs.Select(s => Math.Max(s.Minimum, s.Preferred - (0.5 * step))).ToArray();
            var widths = specs.Select((s, i) => measure.Width(s.Text, sizes[i], s.Bold, s.Italic)).ToArray();
            var atMinimum = specs.Select((s, i) => sizes[i] <= s.Minimum).All(x => x);
            var scale = Scale(specs, widths, width);
            if (scale >= 1 || atMinimum)
            {
                scale = Math.Min(1, scale);
                var leftHalf = specs.Select((s, i) => s.Left ? widths[i] * scale / 2 : 0).Max();
                var rightHalf = specs.Select((s, i) => s.Left ? 0 : widths[i] * scale / 2).Max();

                // Leave spare room to the left column's axis, up to a fifth of the width: the usual look.
                var spare = Slack(specs, widths, width, scale);
                var leftCenter = Math.Max(leftHalf, Math.Min(width * 0.2, leftHalf + spare));
                var rightCenter = width - rightHalf;
                return specs.Select((s, i) => new PlacedLine(s.Text, s.Row, s.Left, sizes[i], s.Bold, s.Italic, scale,
                    s.Left ? leftCenter : rightCenter, widths[i] * scale)).ToList();
            }
        }
    }

    /// <summary>The largest squeeze (at most 1) with which every row keeps its gap inside the width.</summary>
    private static double Scale(List<Spec> specs, double[] widths, double width)
    {
        var leftHalf = specs.Select((s, i) => s.Left ? widths[i] / 2 : 0).Max();
        var rightHalf = specs.Select((s, i) => s.Left ? 0 : widths[i] / 2).Max();
        var scale = width / (2 * Math.Max(leftHalf, rightHalf));
        foreach (var row in specs.Select(s => s.Row).Distinct())
        {
            var left = specs.Select((s, i) => s.Row == row && s.Left ? widths[i] / 2 : 0).Max();
            var right = specs.Select((s, i) => s.Row == row && !s.Left ? widths[i] / 2 : 0).Max();
            scale = Math.Min(scale, (width - Gap) / (leftHalf + left + right + rightHalf));
        }

        return scale;
    }

    private static double Slack(List<Spec> specs, double[] widths, double width, double scale)
    {
        var leftHalf = specs.Select((s, i) => s.Left ? widths[i] * scale / 2 : 0).Max();
        var rightHalf = specs.Select((s, i) => s.Left ? 0 : widths[i] * scale / 2).Max();
        var slack = double.MaxValue;
        foreach (var row in specs.Select(s => s.Row).Distinct())
        {
            var left = specs.Select((s, i) => s.Row == row && s.Left ? widths[i] * scale / 2 : 0).Max();
            var right = specs.Select((s, i) => s.Row == row && !s.Left ? widths[i] * scale / 2 : 0).Max();
            slack = Math.Min(slack, width - rightHalf - right - leftHalf - left - Gap);
        }

        return Math.Max(0, slack);
    }
}

/// <summary>
/// Table column widths that fit their headers: no column is narrower than its longest header word
/// (so "STT" never breaks) or its longest number; the others share the rest in their proportions.
/// </summary>
public static class TableLayout
{
    public const double HeaderSize = 12;
    public const double CellPadding = 3;

    public static double[] Widths(Table table, TextMeasure measure, double width)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(measure);
        var total = table.Columns.Sum(c => c.Width);
        var widths = table.Columns.Select(c => c.Width / total * width).ToArray();
        var minimum = table.Columns.Select((c, i) =>
        {
            var header = c.Header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => measure.Width(w, HeaderSize, bold: true)).DefaultIfEmpty(0).Max();
            var numbers = c.Align == CellAlign.Left ? 0 : table.Rows.Select(r => i < r.Count ? r[i] : string.Empty)
                .Where(text => text.Length is > 0 and <= 20 && !text.Contains(' ', StringComparison.Ordinal))
                .Select(text => measure.Width(text, HeaderSize)).DefaultIfEmpty(0).Max();
            return Math.Max(header, numbers) + (2 * CellPadding) + 1;
        }).ToArray();

        // Raise the narrow columns to their minimum and take the difference from the others, in proportion.
        for (var round = 0; round < table.Columns.Count; round++)
        {
            var fixedColumns = widths.Select((w, i) => w <= minimum[i]).ToArray();
            var needed = widths.Select((w, i) => Math.Max(0, minimum[i] - w)).Sum();
            if (needed <= 0.001)
            {
                break;
            }

            var flexible = widths.Select((w, i) => fixedColumns[i] ? 0 : w - minimum[i]).Sum();
            if (flexible <= 0)
            {
                break;
            }

            var take = Math.Min(1, needed / flexible);
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = fixedColumns[i] ? minimum[i] : widths[i] - ((widths[i] - minimum[i]) * take);
            }
        }

        return widths;
    }
}

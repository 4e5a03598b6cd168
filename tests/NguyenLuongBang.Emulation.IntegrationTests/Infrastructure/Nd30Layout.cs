using System.Globalization;
using System.Text;
using NguyenLuongBang.Emulation.Web.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>
/// Checks a PDF against the layout of Nghị định 30/2020 (docs/document-format.md) from the text
/// positions PdfPig reads: A4 portrait, text inside the margins (top 20, bottom 20, left 30,
/// right 15 mm), each header line on one line, page numbers centred in the top margin from page 2,
/// annexes numbered on their own. Returns what is wrong, in words a reader can act on.
/// </summary>
public static class Nd30Layout
{
    private const double Mm = 72 / 25.4;
    private const double Tolerance = 1.5;

    /// <summary>The header lines the document must show, each on a single line.</summary>
    public static IEnumerable<string> HeaderLines(OfficialDocument document) =>
        document.IssuerLines.Append(document.NumberLine).Append(HeaderLayout.NationalName).Append(HeaderLayout.Motto).Append(document.PlaceDateLine);

    /// <summary>The header lines of <paramref name="document"/> that do not stand on one line at the top of page 1.</summary>
    public static IReadOnlyList<string> BrokenHeaderLines(byte[] pdf, OfficialDocument document)
    {
        // Compared without spaces: a squeezed line (character scaling) may read back without them;
        // a wrapped line still fails, its words being on two baselines.
        using var file = PdfDocument.Open(pdf);
        var lines = Lines(file.GetPage(1)).Where(l => l.Top < 75 * Mm).Select(l => Squash(l.Text)).ToList();
        return HeaderLines(document).Where(expected => !lines.Any(l => l.Contains(Squash(expected), StringComparison.Ordinal))).ToList();
    }

    public static IReadOnlyList<string> Problems(byte[] pdf, OfficialDocument document)
    {
        var problems = BrokenHeaderLines(pdf, document).Select(l => $"header line not on one line: \"{l}\"").ToList();
        using var file = PdfDocument.Open(pdf);
        var annexLabels = new Queue<string>(document.Annexes.Select(a => Flat(a.Label)));
        var sectionPage = 0;
        foreach (var page in file.GetPages())
        {
            if ((int)Math.Round(page.Width) != 595 || (int)Math.Round(page.Height) != 842)
            {
                problems.Add($"page {page.Number}: not A4 portrait ({page.Width:0} × {page.Height:0} pt)");
            }

            var lines = Lines(page);
            var body = lines.Where(l => l.Top > 20 * Mm - Tolerance).ToList();
            var margin = lines.Where(l => l.Top <= 20 * Mm - Tolerance).ToList();
            if (annexLabels.Count > 0 && body.FirstOrDefault() is { } first && first.Text == annexLabels.Peek())
            {
                annexLabels.Dequeue();
                sectionPage = 0;
            }

            sectionPage++;
            foreach (var line in body)
            {
                if (line.Left < (30 * Mm) - Tolerance || line.Right > ((210 - 15) * Mm) + Tolerance || line.Bottom > ((297 - 20) * Mm) + Tolerance)
                {
                    problems.Add($"page {page.Number}: \"{line.Text}\" outside the margins ({line.Left / Mm:0.0}–{line.Right / Mm:0.0} mm across, {line.Bottom / Mm:0.0} mm down)");
                }
            }

            var numbers = margin.Where(l => l.Text != PdfRenderer.DraftMark).ToList();
            var expected = sectionPage.ToString(CultureInfo.InvariantCulture);
            if (sectionPage == 1 && numbers.Count > 0)
            {
                problems.Add($"page {page.Number}: a number (\"{numbers[0].Text}\") in the top margin of a section's first page");
            }
            else if (sectionPage > 1)
            {
                var number = numbers.FirstOrDefault(l => l.Text == expected);
                var centre = ((30 + 195) / 2.0) * Mm;
                if (number is null)
                {
                    problems.Add($"page {page.Number}: page number {expected} missing from the top margin (found: {string.Join(", ", numbers.Select(n => n.Text))})");
                }
                else if (Math.Abs(((number.Left + number.Right) / 2) - centre) > 3 * Mm)
                {
                    problems.Add($"page {page.Number}: page number not centred");
                }
            }
        }

        if (annexLabels.Count > 0)
        {
            problems.Add($"annex \"{annexLabels.Peek()}\" does not start a page");
        }

        return problems;
    }

    /// <summary>A run of text on one baseline, with its extent in points from the page's top-left corner.</summary>
    /// <summary>
    /// What a printed copy gets wrong, wherever the pages end: the closing (the last paragraph, the
    /// signer's position and name, "Nơi nhận" or the second signer, and a third signer under them)
    /// torn across pages; a number or
    /// notation broken at its hyphen ("01/TTr-" at a line's end); a table header word broken
    /// ("ST" / "T"); a page that holds nothing but the QR code and its caption or a page number.
    /// </summary>
    public static IReadOnlyList<string> PrintProblems(byte[] pdf, OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var file = PdfDocument.Open(pdf);
        var pages = file.GetPages().Select(p => (p.Number, Lines: Lines(p).Select(l => l.Text).ToList())).ToList();
        var problems = new List<string>();

        // The closing is on the main section's pages, before the first annex.
        var annexStart = document.Annexes.Count == 0 ? 0 : pages.FirstOrDefault(p => p.Lines.Contains(Flat(document.Annexes[0].Label))).Number;
        var main = pages.Where(p => annexStart == 0 || p.Number < annexStart).Select(p => (p.Number, Text: Squash(string.Concat(p.Lines)))).ToList();
        int LastPageWith(string text) => main.LastOrDefault(p => p.Text.Contains(Squash(text), StringComparison.Ordinal)).Number;
        var closing = new List<(string What, int Page)> { ("người ký " + document.SignerName, LastPageWith(document.SignerName)) };
        closing.AddRange(document.SignerAuthority.Select(a => ("chức vụ " + a, LastPageWith(a))));
        closing.Add(document.LeftSignature is { } second ? ("người ký thứ hai " + second.Name, LastPageWith(second.Name)) : ("Nơi nhận", LastPageWith("Nơi nhận:")));
        if (document.DistributionBelow)
        {
            closing.Add(("Nơi nhận", LastPageWith("Nơi nhận:")));
        }

        if (document.LowerSignature is { } third)
        {
            closing.AddRange(third.Authority.Select(a => ("chức vụ người ký thứ ba " + a, LastPageWith(a))));
            closing.Add(("người ký thứ ba " + third.Name, LastPageWith(third.Name)));
        }
        if (document.Body.Count > 0 && document.Body[^1] is Paragraph last)
        {
            closing.Add(("cuối đoạn cuối", LastPageWith(string.Join(' ', last.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).TakeLast(4)))));
        }

        if (closing.Any(c => c.Page == 0))
        {
            problems.Add("closing not found: " + string.Join(", ", closing.Where(c => c.Page == 0).Select(c => c.What)));
        }
        else if (closing.Select(c => c.Page).Distinct().Count() > 1)
        {
            problems.Add("closing torn across pages: " + string.Join(", ", closing.Select(c => $"{c.What} on page {c.Page}")));
        }

        foreach (var (number, lines) in pages)
        {
            foreach (var line in lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"[\p{L}\p{N}]-$")))
            {
                problems.Add($"page {number}: a line breaks at a hyphen: \"{line}\"");
            }

            var verification = document.Verification;
            if (!lines.Any(l => !l.All(c => char.IsDigit(c) || c == ' ')
                                && (verification is null || (!l.Contains(verification.DisplayCode, StringComparison.Ordinal) && !l.Contains("/Xac-thuc", StringComparison.Ordinal) && !l.Contains("http", StringComparison.Ordinal)))))
            {
                problems.Add($"page {number} holds no text of the document (only {string.Join(" | ", lines)})");
            }
        }

        var tables = document.Body.Concat(document.Annexes.SelectMany(a => a.Body)).OfType<Table>();
        var words = pages.SelectMany(p => p.Lines).SelectMany(l => l.Split(' ')).ToHashSet(StringComparer.Ordinal);
        foreach (var header in tables.SelectMany(t => t.Columns).SelectMany(c => c.Header.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct())
        {
            if (header.Length > 1 && !words.Contains(Flat(header)))
            {
                problems.Add($"table header word broken: \"{header}\"");
            }
        }

        return problems;
    }

    public sealed record TextLine(string Text, double Left, double Right, double Top, double Bottom);

    /// <summary>
    /// The page's letters grouped by baseline and read left to right; a gap wider than a fifth of
    /// the letter size reads as a space (columns of one row stay apart).
    /// </summary>
    public static IReadOnlyList<TextLine> Lines(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var height = page.Height;
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var rows = new List<List<Letter>>();
        foreach (var letter in letters.OrderBy(l => -l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var row = rows.FirstOrDefault(r => Math.Abs(r[0].StartBaseLine.Y - letter.StartBaseLine.Y) < 1.0);
            if (row is null)
            {
                rows.Add([letter]);
            }
            else
            {
                row.Add(letter);
            }
        }

        var result = new List<TextLine>();
        foreach (var row in rows)
        {
            var ordered = row.OrderBy(l => l.StartBaseLine.X).ToList();

            // A row can hold several runs far apart (the two header columns): split where the gap is wide.
            var runs = new List<List<Letter>> { new() };
            for (var i = 0; i < ordered.Count; i++)
            {
                if (i > 0)
                {
                    var gap = ordered[i].StartBaseLine.X - ordered[i - 1].EndBaseLine.X;
                    if (gap > 3 * Math.Max(ordered[i].PointSize, 6))
                    {
                        runs.Add([]);
                    }
                }

                runs[^1].Add(ordered[i]);
            }

            foreach (var run in runs.Where(r => r.Count > 0))
            {
                var text = new StringBuilder();
                for (var i = 0; i < run.Count; i++)
                {
                    if (i > 0 && run[i].StartBaseLine.X - run[i - 1].EndBaseLine.X > 0.2 * Math.Max(run[i].PointSize, 4) && text.Length > 0 && text[^1] != ' ')
                    {
                        text.Append(' ');
                    }

                    text.Append(run[i].Value);
                }

                var flat = Flat(text.ToString());
                if (flat.Length == 0)
                {
                    continue;
                }

                result.Add(new TextLine(flat,
                    run.Min(l => l.BoundingBox.Left), run.Max(l => l.BoundingBox.Right),
                    height - run.Max(l => l.BoundingBox.Top), height - run.Min(l => l.BoundingBox.Bottom)));
            }
        }

        return result.OrderBy(l => l.Top).ThenBy(l => l.Left).ToList();
    }

    private static string Squash(string text) => Flat(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>NFC with runs of white space as one space: how a line compares whatever drew it.</summary>
    public static string Flat(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>What an issued document prints for the public check: its code and the page's address (also as a QR code).</summary>
public sealed record DocumentVerification(string Code, string Url)
{
    public string DisplayCode => Domain.Documents.VerificationCode.Display(Code);

    /// <summary>The QR code's modules (true: dark), quiet zone included.</summary>
    public IReadOnlyList<bool[]> Modules()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Url, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToList();
    }

    /// <summary>Draws the QR code as vector squares in <paramref name="size"/> points from (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void DrawQr(XGraphics g, double x, double y, double size)
    {
        ArgumentNullException.ThrowIfNull(g);
        var modules = Modules();
        var cell = size / modules.Count;
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (modules[row][column])
                {
                    // A hair wider than the cell so that neighbouring squares leave no seam when printed.
                    g.DrawRectangle(XBrushes.Black, x + (column * cell), y + (row * cell), cell + 0.05, cell + 0.05);
                }
            }
        }
    }
}

/// <summary>Signs a rendered PDF: incremental updates appended to the saved file, placed in the signer's space.</summary>
public interface IPdfSigner
{
    /// <summary>The certificates' subjects, recorded with the document.</summary>
    string Subject { get; }

    /// <summary>The demo's own certificates, trusted by no one.</summary>
    bool IsDemo { get; }

    byte[] Sign(byte[] pdf, SignerSpace space);
}

/// <summary>
/// Where the signer signs, in PDF points with the origin at the page's bottom left: <paramref name="Area"/>,
/// the column's width between the position (above) and the name (below); <paramref name="BelowName"/>,
/// the height just under the name.
/// </summary>
public sealed record SignerSpace(int PageIndex, XRect Area, double BelowName)
{
    /// <summary>The second signer's space (on the left: the minutes' secretary), when the document has one.</summary>
    public SignerSpace? Second { get; init; }

    /// <summary>From the renderer's coordinates (origin top left) on a page <paramref name="pageHeight"/> points high.</summary>
    public static SignerSpace FromTop(int pageIndex, XRect area, double belowName, double pageHeight) =>
        new(pageIndex, new XRect(area.X, pageHeight - area.Y - area.Height, area.Width, area.Height), pageHeight - belowName);
}

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

/// <summary>Signs a rendered PDF as it is saved, with a visible signature in <c>area</c> of page <c>pageIndex</c>.</summary>
public interface IPdfSigner
{
    /// <summary>The certificate's subject, recorded with the document.</summary>
    string Subject { get; }

    /// <summary>The demo's own certificate, trusted by no one.</summary>
    bool IsDemo { get; }

    void Apply(PdfDocument pdf, int pageIndex, XRect area);
}

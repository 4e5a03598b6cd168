using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using System.Text;
using NguyenLuongBang.Emulation.Web.Documents.Incremental;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.Signatures;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

/// <summary>
/// Files and keys made in the test: a PDF as the portal issues it (PDFsharp, signed by the
/// organisation), certificates, a PNG, hostile updates. Shared with the integration tests (linked there).
/// </summary>
internal static class SamplePdfs
{
    public static readonly DateTimeOffset SignedAt = new(2026, 12, 7, 9, 30, 12, TimeSpan.FromHours(7));

    public static readonly XRect SignatureBox = new(320, 120, 160, 60);

    /// <summary>A self-made certificate with its private key (re-loaded from PKCS#12, as signing needs).</summary>
    public static X509Certificate2 Certificate(string name, DateTimeOffset? from = null, DateTimeOffset? until = null,
        X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={name}, O={name}, C=VN"), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var made = request.CreateSelfSigned(from ?? SignedAt.AddDays(-1), until ?? SignedAt.AddYears(2));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12, "t"), "t", X509KeyStorageFlags.Exportable);
    }

    public static NamedSigner BoundTo(string name, params X509Certificate2[] certificates) =>
        new(name, [.. certificates.Select(c => Convert.ToHexString(SHA256.HashData(c.RawData)))]);

    /// <summary>Two pages drawn by PDFsharp and, as the portal issues them, signed by the organisation.</summary>
    public static byte[] Issued(X509Certificate2? organisation)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        for (var i = 0; i < 2; i++)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawRectangle(XBrushes.DarkBlue, 72, 72 + (i * 50), 300, 40);
        }

        if (organisation is not null)
        {
            DigitalSignatureHandler.ForDocument(document, new PdfSharpDefaultSigner(organisation, PdfMessageDigestType.SHA256, null), new DigitalSignatureOptions
            {
                Reason = "Ban hành văn bản",
                Rectangle = new XRect(72, 600, 150, 50),
                PageIndex = 0,
                AppearanceHandler = new Box(),
            });
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    public static byte[] Sign(byte[] pdf, X509Certificate2 certificate, byte[]? png = null, int page = 0) =>
        PdfIncrementalSignature.Append(pdf, certificate, page, SignatureBox, png, "Ký duyệt", SignedAt);

    /// <summary>An update that redefines page 1's content stream: it now paints a forged text over the page.</summary>
    public static byte[] PaintOverFirstPage(byte[] pdf)
    {
        var update = new PdfIncrementalUpdate(pdf);
        var page = (PdfDict)update.File.Resolve(update.File.Pages(-1)[0], -1)!;
        var contents = page["Contents"] is PdfArray array ? (PdfReference)array.Items[0] : (PdfReference)page["Contents"]!;
        update.AddStream(contents.Number, [], "q 1 1 1 rg 0 0 612 792 re f Q BT /F1 24 Tf 72 700 Td (thuong 500.000.000 dong cho ong KE GIAN) Tj ET"u8.ToArray(), compress: false);
        return update.Finish();
    }

    /// <summary>
    /// An update that adds a signature value no signature field holds: a real CMS whose byte range covers
    /// the whole file but its own value, as the finding's forgery had (the portal's former check accepted it).
    /// </summary>
    public static byte[] BareCms(byte[] pdf, X509Certificate2 certificate)
    {
        var update = new PdfIncrementalUpdate(pdf);
        update.Add(update.Allocate().Number, PdfIncrementalSignature.Placeholder("Ký duyệt", certificate, SignedAt));
        return PdfIncrementalSignature.Fill(update.Finish(), pdf.Length, certificate, SignedAt);
    }

    /// <summary>An RGBA PNG of one colour, half transparent (written here: no image library in the tests).</summary>
    public static byte[] Png(int width, int height)
    {
        var raw = new byte[(1 + (width * 4)) * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = (y * (1 + (width * 4))) + 1 + (x * 4);
                (raw[at], raw[at + 1], raw[at + 2], raw[at + 3]) = (20, 40, 200, 128);
            }
        }

        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = (8, 6);
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", packed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream to, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        to.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        to.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        to.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private sealed class Box : IAnnotationAppearanceHandler
    {
        public void DrawAppearance(XGraphics gfx, XRect rect) => gfx.DrawRectangle(XPens.Red, new XRect(1, 1, rect.Width - 2, rect.Height - 2));
    }
}

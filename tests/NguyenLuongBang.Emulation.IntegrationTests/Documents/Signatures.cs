using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>Certificates made in the test, poppler's independent check, and signing "elsewhere" (as a chairman's own software would).</summary>
public static class Signatures
{
    public const string Password = "mat-khau-chung-thu-thu";

    /// <summary>A PKCS#12 file protected by <see cref="Password"/>.</summary>
    public static byte[] Pkcs12(string name, DateTimeOffset from, DateTimeOffset until, X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation,
        bool withKey = true)
    {
        using var certificate = Certificate(name, from, until, usage);
        if (withKey)
        {
            return certificate.Export(X509ContentType.Pkcs12, Password);
        }

        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
        return publicOnly.Export(X509ContentType.Pkcs12, Password);
    }

    /// <summary>A certificate with its private key, usable for signing (re-loaded from PKCS#12, as PDFsharp needs).</summary>
    public static X509Certificate2 Certificate(string name, DateTimeOffset from, DateTimeOffset until, X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation) =>
        UnitTests.Documents.SamplePdfs.Certificate(name, from, until, usage);

    /// <summary>What poppler's pdfsig says about a file (installed by tests/run-all.sh).</summary>
    public static string PdfSig(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nlb-sig-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdfsig", [path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The file signed by another program: PDFsharp opens it, adds a signature on page 1 and saves it whole.</summary>
    public static byte[] SignElsewhere(byte[] pdf, X509Certificate2 certificate)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        DigitalSignatureHandler.ForDocument(document, new PdfSharpDefaultSigner(certificate, PdfMessageDigestType.SHA256, null), new DigitalSignatureOptions
        {
            Reason = "Ký duyệt",
            Location = "Hải Phòng",
            ContactInfo = "Chủ tịch",
            Rectangle = new XRect(300, 700, 150, 40),
            PageIndex = 0,
        });
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    /// <summary>The same file with one byte of its content changed (not inside a signature's value).</summary>
    public static byte[] OneByteChanged(byte[] pdf)
    {
        var changed = (byte[])pdf.Clone();
        var text = System.Text.Encoding.Latin1.GetString(changed);
        var at = text.IndexOf("stream", text.Length / 4, StringComparison.Ordinal) + 20;
        changed[at] ^= 0x01;
        return changed;
    }
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using NguyenLuongBang.Emulation.Domain.Documents;

namespace NguyenLuongBang.Emulation.Web.Features.PersonalCertificates;

/// <summary>
/// Reads a person's certificate as exported from their token (.cer/.crt, DER or PEM), judged by its
/// content, not its name. A file that carries or may carry a private key (PEM key blocks, PKCS#12) is
/// refused: the portal never takes a person's key.
/// </summary>
public static class CertificateFile
{
    /// <summary>A PEM is about a third larger than its DER.</summary>
    public const int MaxFileBytes = 32 * 1024;

    public static (X509Certificate2? Certificate, string? Problem) Read(byte[]? file, DateTimeOffset now)
    {
        if (file is null || file.Length is 0 or > MaxFileBytes)
        {
            return (null, "Chọn tệp chứng thư số (.cer hoặc .crt, dạng DER hoặc PEM, tối đa 32 KB).");
        }

        var text = Encoding.ASCII.GetString(file);
        if (text.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return (null, "Tệp có chứa khóa bí mật: chỉ gửi chứng thư số (phần công khai, .cer/.crt), không bao giờ gửi khóa bí mật.");
        }

        byte[] der;
        if (text.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            const string Begin = "-----BEGIN CERTIFICATE-----", End = "-----END CERTIFICATE-----";
            var start = text.IndexOf(Begin, StringComparison.Ordinal);
            var end = text.IndexOf(End, StringComparison.Ordinal);
            if (start < 0 || end < start || text.IndexOf(Begin, start + Begin.Length, StringComparison.Ordinal) >= 0)
            {
                return (null, "Tệp PEM phải chứa đúng một chứng thư số (-----BEGIN CERTIFICATE-----).");
            }

            try
            {
                der = Convert.FromBase64String(text[(start + Begin.Length)..end]);
            }
            catch (FormatException)
            {
                return (null, "Tệp PEM bị hỏng: phần chứng thư không phải Base64.");
            }
        }
        else
        {
            der = file;
        }

        const string NotACertificate = "Tệp không phải chứng thư số X.509 (.cer/.crt). Tệp .p12/.pfx có chứa khóa bí mật và không được nhận.";
        X509Certificate2 certificate;
        try
        {
            // Judged by content: a PKCS#12 (which may carry a key) is refused even when named .cer.
            if (der.Length > PersonalCertificate.MaxDerBytes || X509Certificate2.GetCertContentType(der) != X509ContentType.Cert)
            {
                return (null, NotACertificate);
            }

            certificate = X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException)
        {
            return (null, NotACertificate);
        }

        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        var problem = now.UtcDateTime > certificate.NotAfter.ToUniversalTime() ? "Chứng thư số đã hết hạn."
            : usage is not null && (usage.KeyUsages & (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)) == 0
                ? "Chứng thư số không dùng để ký số (mục đích sử dụng khóa không có chữ ký số)."
            : null;
        if (problem is not null)
        {
            certificate.Dispose();
            return (null, problem);
        }

        return (certificate, null);
    }

    /// <summary>SHA-256 of the DER, as a signature check compares it.</summary>
    public static string Thumbprint(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Convert.ToHexString(SHA256.HashData(certificate.RawData));
    }
}

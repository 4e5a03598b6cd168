using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;

namespace NguyenLuongBang.Emulation.Web.Data.Seeding;

/// <summary>
/// The demo's own organisation certificate: self-signed, for "UBND xã Nguyễn Lương Bằng (DEMO)",
/// made fresh at seeding so that the demo's issued documents are signed and their QR codes resolve.
/// Trusted by no one, and said so wherever it shows; its file carries no password (a real
/// certificate's password is in the server's configuration only).
/// </summary>
public static class DemoCertificate
{
    public const string Name = "UBND xã Nguyễn Lương Bằng (DEMO)";

    public static SigningCertificate Create(Actor by, DateTimeOffset now)
    {
        using var key = RSA.Create(2048);
        var subject = new X500DistinguishedName($"CN={Name}, O={Name}, L=Hải Phòng, C=VN");
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));

        // Valid over the whole plan, so the demo's past rounds (2025) and the current one sign alike.
        var from = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var until = new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.CreateSelfSigned(from, until);
        var pkcs12 = certificate.Export(X509ContentType.Pkcs12);
        return new SigningCertificate(pkcs12, certificate.Subject, certificate.Issuer, certificate.Thumbprint, from, until, isDemo: true, by, now);
    }
}

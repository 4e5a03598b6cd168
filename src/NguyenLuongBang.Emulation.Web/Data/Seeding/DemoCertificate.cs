using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents.Incremental;

namespace NguyenLuongBang.Emulation.Web.Data.Seeding;

/// <summary>
/// The demo's own signing keys: self-signed certificates whose names end in "(DEMO)" — the
/// organisation's, for "UBND xã Nguyễn Lương Bằng (DEMO)" with a drawn seal, and each demo signer's
/// own with a drawn signature (both images say DEMO) — so that the demo's issued documents carry the
/// two signatures NĐ 30 draws and their QR codes resolve. Trusted by no one, and said so wherever they
/// show; their files carry no password (a real certificate's password is in the server's configuration
/// only). A key is made once per process and name: every test database seeds the same ones.
/// </summary>
public static class DemoCertificate
{
    public const string Name = "UBND xã Nguyễn Lương Bằng (DEMO)";

    public const string CityName = "Sở Nội vụ thành phố Hải Phòng (DEMO)";

    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Made = new(StringComparer.Ordinal);

    /// <summary>The organisation's key with its seal.</summary>
    public static SigningCertificate Create(Actor by, DateTimeOffset now, string name = Name) =>
        Install(name, by, now, null, DemoSigningImages.Seal(name));

    /// <summary>A person's own key with their signature image.</summary>
    public static SigningCertificate ForPerson(string accountId, string fullName, Actor by, DateTimeOffset now) =>
        Install($"{fullName} (DEMO)", by, now, accountId, DemoSigningImages.Signature(fullName));

    private static SigningCertificate Install(string name, Actor by, DateTimeOffset now, string? accountId, byte[] image)
    {
        var pkcs12 = Made.GetOrAdd(name, n => new Lazy<byte[]>(() => SelfSigned(n))).Value;
        using var certificate = X509CertificateLoader.LoadPkcs12(pkcs12, null, X509KeyStorageFlags.EphemeralKeySet);
        // A person's key is known by the SHA-256 of its certificate, as signatures are matched to people.
        var thumbprint = accountId is null ? certificate.Thumbprint : Convert.ToHexString(SHA256.HashData(certificate.RawData));
        return new SigningCertificate(pkcs12, certificate.Subject, certificate.Issuer, thumbprint,
            new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), new DateTimeOffset(certificate.NotAfter.ToUniversalTime()), isDemo: true, by, now, accountId, image);
    }

    private static byte[] SelfSigned(string name)
    {
        using var key = RSA.Create(2048);
        var subject = new X500DistinguishedName($"CN={name}, O={name}, L=Hải Phòng, C=VN");
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));

        // Valid over the whole plan, so the demo's past rounds (2025) and the current one sign alike.
        var from = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var until = new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.CreateSelfSigned(from, until);
        return certificate.Export(X509ContentType.Pkcs12);
    }
}

using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Documents;

/// <summary>
/// The organisation's certificate (chứng thư số của cơ quan) that signs issued documents, as the
/// administrator installed it: the PKCS#12 file as uploaded (protected by its password, which lives
/// only in the server's configuration) and what it says about itself. The latest installed one that
/// has not been removed signs.
/// </summary>
public sealed class SigningCertificate
{
    public const int MaxFileBytes = 64 * 1024;

    private SigningCertificate()
    {
        Pkcs12 = [];
        Subject = Issuer = Thumbprint = InstalledByName = string.Empty;
    }

    public SigningCertificate(byte[] pkcs12, string subject, string issuer, string thumbprint, DateTimeOffset notBefore, DateTimeOffset notAfter,
        bool isDemo, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pkcs12);
        ArgumentNullException.ThrowIfNull(by);
        if (pkcs12.Length is 0 or > MaxFileBytes)
        {
            throw new DomainException("Tệp chứng thư số phải khác rỗng và không quá 64 KB.");
        }

        Pkcs12 = pkcs12;
        Subject = Guard.Required(subject, "Chủ thể chứng thư", 500);
        Issuer = Guard.Required(issuer, "Tổ chức cấp chứng thư", 500);
        Thumbprint = Guard.Required(thumbprint, "Dấu vân tay chứng thư", 128);
        NotBefore = notBefore;
        NotAfter = notAfter > notBefore ? notAfter : throw new DomainException("Thời hạn của chứng thư không hợp lệ.");
        IsDemo = isDemo;
        InstalledAt = now;
        InstalledByName = by.Name;
    }

    public int Id { get; private set; }

    public byte[] Pkcs12 { get; private set; }

    public string Subject { get; private set; }

    public string Issuer { get; private set; }

    public string Thumbprint { get; private set; }

    public DateTimeOffset NotBefore { get; private set; }

    public DateTimeOffset NotAfter { get; private set; }

    /// <summary>Made by the demo data: self-signed, trusted by no one; its file has no password.</summary>
    public bool IsDemo { get; private set; }

    public DateTimeOffset InstalledAt { get; private set; }

    public string InstalledByName { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsActive => RemovedAt is null;

    /// <summary>Taken out of use (replaced by another, or signing stopped).</summary>
    public void Remove(DateTimeOffset now) => RemovedAt ??= now;
}

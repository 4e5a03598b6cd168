using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Documents;

/// <summary>
/// A key the portal signs issued documents with, as the administrator installed it: the PKCS#12 file
/// as uploaded (protected by its password, which lives only in the server's configuration) and what
/// it says about itself, with its image. Either the organisation's (chứng thư số của cơ quan,
/// <see cref="AccountId"/> null; its image is the seal) or one person's (their own certificate; its
/// image is their handwritten signature) — the portal signs with a person's key only when that person
/// issues. The latest installed one of each that has not been removed signs.
/// </summary>
public sealed class SigningCertificate
{
    public const int MaxFileBytes = 64 * 1024;

    /// <summary>A seal at 300 dpi or a signature image is far smaller.</summary>
    public const int MaxImageBytes = 512 * 1024;

    private SigningCertificate()
    {
        Pkcs12 = [];
        Subject = Issuer = Thumbprint = InstalledByName = string.Empty;
    }

    public SigningCertificate(byte[] pkcs12, string subject, string issuer, string thumbprint, DateTimeOffset notBefore, DateTimeOffset notAfter,
        bool isDemo, Actor by, DateTimeOffset now, string? accountId = null, byte[]? image = null)
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
        AccountId = accountId is null ? null : Guard.Required(accountId, "Tài khoản", 450);
        SetImage(image);
        InstalledAt = now;
        InstalledByName = by.Name;
    }

    public int Id { get; private set; }

    public byte[] Pkcs12 { get; private set; }

    public string Subject { get; private set; }

    public string Issuer { get; private set; }

    /// <summary>The organisation's: SHA-1 as certificate tools show it; a person's: SHA-256 of the DER, as signatures are matched to people.</summary>
    public string Thumbprint { get; private set; }

    public DateTimeOffset NotBefore { get; private set; }

    public DateTimeOffset NotAfter { get; private set; }

    /// <summary>Made by the demo data: self-signed, trusted by no one; its file has no password.</summary>
    public bool IsDemo { get; private set; }

    public DateTimeOffset InstalledAt { get; private set; }

    public string InstalledByName { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>The person whose key it is (AspNetUsers.Id); null for the organisation's.</summary>
    public string? AccountId { get; private set; }

    /// <summary>The transparent PNG the signature shows: the organisation's red seal at real size, or the person's blue signature.</summary>
    public byte[]? ImagePng { get; private set; }

    /// <summary>A new seal or signature image for the installed key (null: none).</summary>
    public void SetImage(byte[]? png)
    {
        if (png is { Length: 0 or > MaxImageBytes })
        {
            throw new DomainException("Ảnh chữ ký hoặc con dấu phải khác rỗng và không quá 512 KB.");
        }

        ImagePng = png;
    }

    public bool IsActive => RemovedAt is null;

    /// <summary>Taken out of use (replaced by another, or signing stopped).</summary>
    public void Remove(DateTimeOffset now) => RemovedAt ??= now;
}

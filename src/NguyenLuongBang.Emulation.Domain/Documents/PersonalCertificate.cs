using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Documents;

/// <summary>
/// A person's own certificate (chứng thư số cá nhân, usually on their USB token) bound by the
/// administrator to their account: a copy signed elsewhere is accepted only when signed with a
/// certificate bound to the person the document names. Only the public certificate is kept (DER);
/// the private key never reaches the portal.
/// </summary>
public sealed class PersonalCertificate
{
    /// <summary>A certificate with a chain of extensions fits easily; anything larger is not one.</summary>
    public const int MaxDerBytes = 16 * 1024;

    /// <summary>SHA-256 in hexadecimal.</summary>
    public const int ThumbprintLength = 64;

    private PersonalCertificate()
    {
        AccountId = Subject = Issuer = Thumbprint = InstalledById = InstalledByName = string.Empty;
        Der = [];
    }

    public PersonalCertificate(string accountId, byte[] der, string subject, string issuer, string thumbprint, DateTimeOffset notBefore, DateTimeOffset notAfter,
        Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(der);
        ArgumentNullException.ThrowIfNull(by);
        if (der.Length is 0 or > MaxDerBytes)
        {
            throw new DomainException("Chứng thư số phải khác rỗng và không quá 16 KB.");
        }

        AccountId = Guard.Required(accountId, "Tài khoản", 450);
        Der = der;
        Subject = Guard.Required(subject, "Chủ thể chứng thư", 500);
        Issuer = Guard.Required(issuer, "Tổ chức cấp chứng thư", 500);
        Thumbprint = thumbprint is { Length: ThumbprintLength } && thumbprint.All(char.IsAsciiHexDigit)
            ? thumbprint.ToUpperInvariant()
            : throw new DomainException("Dấu vân tay chứng thư phải là SHA-256 (64 chữ số thập lục phân).");
        NotBefore = notBefore;
        NotAfter = notAfter > notBefore ? notAfter : throw new DomainException("Thời hạn của chứng thư không hợp lệ.");
        InstalledAt = now;
        InstalledById = by.UserId;
        InstalledByName = by.Name;
    }

    public int Id { get; private set; }

    /// <summary>The account (AspNetUsers.Id) of the person the certificate belongs to.</summary>
    public string AccountId { get; private set; }

    /// <summary>The certificate as issued (DER), to compare with the one inside a signature.</summary>
    public byte[] Der { get; private set; }

    public string Subject { get; private set; }

    public string Issuer { get; private set; }

    /// <summary>SHA-256 of <see cref="Der"/>, upper-case hexadecimal.</summary>
    public string Thumbprint { get; private set; }

    public DateTimeOffset NotBefore { get; private set; }

    public DateTimeOffset NotAfter { get; private set; }

    public DateTimeOffset InstalledAt { get; private set; }

    public string InstalledById { get; private set; }

    public string InstalledByName { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsActive => RemovedAt is null;

    /// <summary>No longer the person's (lost token, renewed certificate): copies signed with it are refused from now on.</summary>
    public void Remove(DateTimeOffset now)
    {
        if (RemovedAt is not null)
        {
            throw new DomainException("Chứng thư số này đã được gỡ khỏi tài khoản.");
        }

        RemovedAt = now;
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.PersonalCertificates;

/// <summary>
/// The administrator's writes on people's certificates and keys: bind and remove a certificate,
/// install and remove a personal signing key. Each is one unit of work under the commune's one lock
/// for these bindings (rare changes): a key is never installed for two people at once.
/// </summary>
public sealed class PersonalCertificateActions(AppDbContext db, RecordChanges changes, OrganisationSignature keys, TimeProvider clock)
{
    /// <summary>One lock for the commune's bindings (rare changes), never a key built from what a request sends.</summary>
    private const string LockKey = "personal-certificates";

    /// <summary>Binds the certificate in <paramref name="file"/> (its public part) to the account.</summary>
    public async Task<ChangeOutcome> BindAsync(string accountId, byte[]? file, Actor by, CancellationToken cancellationToken)
    {
        var (certificate, problem) = CertificateFile.Read(file, clock.GetUtcNow());
        using (certificate)
        {
            return await changes.ApplyAsync(LockKey,
                ct => db.Users.SingleOrDefaultAsync(u => u.Id == accountId, ct),
                async account =>
                {
                    if (certificate is null)
                    {
                        throw new DomainException("Không gắn được chứng thư số: " + problem);
                    }

                    var thumbprint = CertificateFile.Thumbprint(certificate);
                    if (await db.PersonalCertificates.AnyAsync(c => c.AccountId == account.Id && c.Thumbprint == thumbprint && c.RemovedAt == null, cancellationToken))
                    {
                        return Change.Already($"Chứng thư số này đã được gắn với tài khoản của {account.FullName}.");
                    }

                    var bound = new PersonalCertificate(account.Id, certificate.RawData, certificate.Subject, certificate.Issuer, thumbprint,
                        new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), new DateTimeOffset(certificate.NotAfter.ToUniversalTime()), by, clock.GetUtcNow());
                    db.PersonalCertificates.Add(bound);
                    return new Change("Gắn chứng thư số cá nhân", "Chứng thư số cá nhân", null,
                        $"{account.FullName} ({account.Email}); {certificate.Subject}; cấp bởi {certificate.Issuer}; SHA-256 {thumbprint}",
                        $"Đã gắn chứng thư số «{certificate.Subject}» với tài khoản của {account.FullName}.") { Subject = bound };
                },
                cancellationToken);
        }
    }

    public Task<ChangeOutcome> RemoveAsync(string accountId, int id, CancellationToken cancellationToken) =>
        changes.ApplyAsync(LockKey,
            ct => db.PersonalCertificates.SingleOrDefaultAsync(c => c.Id == id && c.AccountId == accountId, ct),
            certificate =>
            {
                certificate.Remove(clock.GetUtcNow());
                return new Change("Gỡ chứng thư số cá nhân", "Chứng thư số cá nhân", certificate.Id.ToString(CultureInfo.InvariantCulture),
                    $"{certificate.Subject}; SHA-256 {certificate.Thumbprint}", $"Đã gỡ chứng thư số «{certificate.Subject}»: bản ký bằng chứng thư này không còn được nhận.");
            },
            cancellationToken);

    /// <summary>Installs the person's own signing key (PKCS#12) and signature image (PNG), replacing the one before; its certificate is bound as well.</summary>
    public async Task<ChangeOutcome> InstallKeyAsync(string accountId, byte[] pkcs12, byte[]? png, Actor by, CancellationToken cancellationToken)
    {
        var (certificate, problem) = keys.Open(pkcs12);
        using (certificate)
        {
            return await changes.ApplyAsync(LockKey,
                ct => db.Users.SingleOrDefaultAsync(u => u.Id == accountId, ct),
                async account =>
                {
                    if (certificate is null || problem is not null)
                    {
                        throw new DomainException("Không cài được khóa ký số: " + problem);
                    }

                    if (SigningImages.Problem(png, seal: false) is { } imageProblem)
                    {
                        throw new DomainException("Không cài được khóa ký số: " + imageProblem);
                    }

                    // One person's key is nobody else's: not another account's (installed or bound), not the organisation's.
                    var thumbprint = CertificateFile.Thumbprint(certificate);
                    if (await db.SigningCertificates.AnyAsync(c => c.RemovedAt == null && ((c.AccountId != null && c.AccountId != account.Id && c.Thumbprint == thumbprint)
                            || (c.AccountId == null && c.Thumbprint == certificate.Thumbprint)), cancellationToken)
                        || await db.PersonalCertificates.AnyAsync(c => c.RemovedAt == null && c.AccountId != account.Id && c.Thumbprint == thumbprint, cancellationToken))
                    {
                        throw new DomainException($"Không cài được khóa ký số: chứng thư «{certificate.Subject}» đang là của người khác hoặc của cơ quan trên cổng.");
                    }

                    var now = clock.GetUtcNow();
                    foreach (var previous in await db.SigningCertificates.Where(c => c.AccountId == account.Id && c.RemovedAt == null).ToListAsync(cancellationToken))
                    {
                        previous.Remove(now);
                    }

                    var notBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime());
                    var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime());
                    var installed = new SigningCertificate(pkcs12, certificate.Subject, certificate.Issuer, thumbprint, notBefore, notAfter, false, by, now, account.Id, png);
                    db.SigningCertificates.Add(installed);

                    return new Change("Cài khóa ký số cá nhân", "Khóa ký số cá nhân", null,
                        $"{account.FullName} ({account.Email}); {certificate.Subject}; cấp bởi {certificate.Issuer}; hiệu lực đến {notAfter:dd/MM/yyyy}; ảnh chữ ký SHA-256 {DocumentIssuer.Sha256(png!)}",
                        $"Đã cài khóa ký số «{certificate.Subject}» của {account.FullName}: văn bản người này ban hành từ nay mang chữ ký số của chính họ.") { Subject = installed };
                },
                cancellationToken);
        }
    }

    public Task<ChangeOutcome> RemoveKeyAsync(string accountId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(LockKey,
            ct => db.SigningCertificates.Where(c => c.AccountId == accountId && c.RemovedAt == null).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct),
            key =>
            {
                key.Remove(clock.GetUtcNow());
                return new Change("Gỡ khóa ký số cá nhân", "Khóa ký số cá nhân", key.Id.ToString(CultureInfo.InvariantCulture), key.Subject,
                    $"Đã gỡ khóa ký số «{key.Subject}»: người này ký văn bản ngoài cổng rồi tải bản đã ký lên.");
            },
            cancellationToken);
}

using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.PersonalCertificates;

/// <summary>
/// The administrator binds each person's own certificate (the public part, from their token) to
/// their account, sees what is bound, and removes one. A copy signed elsewhere is accepted only with a
/// certificate bound to the person the document names. Where a person signs in the portal itself, the
/// administrator installs their own key (PKCS#12, its password in the server's configuration like the
/// organisation's) with their signature image: documents that person issues carry their signature
/// first. Accounts of another commune answer 404.
/// </summary>
[Authorize(Policy = Policies.InstallKeys)]
public sealed class PersonalCertificatesController(AppDbContext db, RecordChanges changes, OrganisationSignature keys, TimeProvider clock) : Controller
{
    /// <summary>One lock for the commune's bindings (rare changes), never a key built from what a request sends.</summary>
    private const string LockKey = "personal-certificates";

    [HttpGet("/Admin/Certificates")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.FullName)
            .Select(u => new AccountCertificatesLine(u.Id, u.FullName, u.Email, db.PersonalCertificates.Count(c => c.AccountId == u.Id && c.RemovedAt == null)))
            .ToListAsync(cancellationToken);
        return View(accounts);
    }

    [HttpGet("/Admin/Certificates/{accountId}")]
    public async Task<IActionResult> Account(string accountId, CancellationToken cancellationToken) =>
        await PageAsync(accountId, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("/Admin/Certificates/{accountId}/Bind")]
    [RequestSizeLimit(CertificateFile.MaxFileBytes + (16 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = CertificateFile.MaxFileBytes + (16 * 1024))]
    public async Task<IActionResult> Bind(string accountId, IFormFile? file, CancellationToken cancellationToken)
    {
        var bytes = await UploadedFile.ReadAsync(file, CertificateFile.MaxFileBytes, cancellationToken);
        var (certificate, problem) = CertificateFile.Read(bytes, clock.GetUtcNow());
        using (certificate)
        {
            var outcome = await changes.ApplyAsync(LockKey,
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
                        new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), new DateTimeOffset(certificate.NotAfter.ToUniversalTime()), User.ToActor(), clock.GetUtcNow());
                    db.PersonalCertificates.Add(bound);
                    return new Change("Gắn chứng thư số cá nhân", "Chứng thư số cá nhân", null,
                        $"{account.FullName} ({account.Email}); {certificate.Subject}; cấp bởi {certificate.Issuer}; SHA-256 {thumbprint}",
                        $"Đã gắn chứng thư số «{certificate.Subject}» với tài khoản của {account.FullName}.") { Subject = bound };
                },
                cancellationToken);
            return this.Answer(outcome, Redirect($"/Admin/Certificates/{Uri.EscapeDataString(accountId)}"));
        }
    }

    [HttpPost("/Admin/Certificates/{accountId}/Remove/{id:int}")]
    public async Task<IActionResult> Remove(string accountId, int id, CancellationToken cancellationToken)
    {
        var outcome = await changes.ApplyAsync(LockKey,
            ct => db.PersonalCertificates.SingleOrDefaultAsync(c => c.Id == id && c.AccountId == accountId, ct),
            certificate =>
            {
                certificate.Remove(clock.GetUtcNow());
                return new Change("Gỡ chứng thư số cá nhân", "Chứng thư số cá nhân", certificate.Id.ToString(CultureInfo.InvariantCulture),
                    $"{certificate.Subject}; SHA-256 {certificate.Thumbprint}", $"Đã gỡ chứng thư số «{certificate.Subject}»: bản ký bằng chứng thư này không còn được nhận.");
            },
            cancellationToken);
        return this.Answer(outcome, Redirect($"/Admin/Certificates/{Uri.EscapeDataString(accountId)}"));
    }

    /// <summary>Installs the person's own signing key and signature image (replacing the one before); its certificate is bound as well.</summary>
    [HttpPost("/Admin/Certificates/{accountId}/Key")]
    [RequestSizeLimit(2 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 2 * 1024 * 1024)]
    public async Task<IActionResult> InstallKey(string accountId, IFormFile? file, IFormFile? image, CancellationToken cancellationToken)
    {
        var pkcs12 = await UploadedFile.ReadAsync(file, SigningCertificate.MaxFileBytes, cancellationToken) ?? [];
        var png = await UploadedFile.ReadAsync(image, SigningCertificate.MaxImageBytes, cancellationToken);
        var (certificate, problem) = keys.Open(pkcs12);
        using (certificate)
        {
            var outcome = await changes.ApplyAsync(LockKey,
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
                    var installed = new SigningCertificate(pkcs12, certificate.Subject, certificate.Issuer, thumbprint, notBefore, notAfter, false, User.ToActor(), now, account.Id, png);
                    db.SigningCertificates.Add(installed);

                    return new Change("Cài khóa ký số cá nhân", "Khóa ký số cá nhân", null,
                        $"{account.FullName} ({account.Email}); {certificate.Subject}; cấp bởi {certificate.Issuer}; hiệu lực đến {notAfter:dd/MM/yyyy}; ảnh chữ ký SHA-256 {DocumentIssuer.Sha256(png!)}",
                        $"Đã cài khóa ký số «{certificate.Subject}» của {account.FullName}: văn bản người này ban hành từ nay mang chữ ký số của chính họ.") { Subject = installed };
                },
                cancellationToken);
            return this.Answer(outcome, Redirect($"/Admin/Certificates/{Uri.EscapeDataString(accountId)}"));
        }
    }

    [HttpPost("/Admin/Certificates/{accountId}/Key/Remove")]
    public async Task<IActionResult> RemoveKey(string accountId, CancellationToken cancellationToken)
    {
        var outcome = await changes.ApplyAsync(LockKey,
            ct => db.SigningCertificates.Where(c => c.AccountId == accountId && c.RemovedAt == null).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct),
            key =>
            {
                key.Remove(clock.GetUtcNow());
                return new Change("Gỡ khóa ký số cá nhân", "Khóa ký số cá nhân", key.Id.ToString(CultureInfo.InvariantCulture), key.Subject,
                    $"Đã gỡ khóa ký số «{key.Subject}»: người này ký văn bản ngoài cổng rồi tải bản đã ký lên.");
            },
            cancellationToken);
        return this.Answer(outcome, Redirect($"/Admin/Certificates/{Uri.EscapeDataString(accountId)}"));
    }

    private async Task<AccountCertificatesPage?> PageAsync(string accountId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == accountId).Select(u => new { u.Id, u.FullName, u.Email, u.Position }).SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var certificates = await db.PersonalCertificates.AsNoTracking().Where(c => c.AccountId == accountId).OrderByDescending(c => c.Id)
            .Select(c => new BoundCertificateLine(c.Id, c.Subject, c.Issuer, c.Thumbprint, c.NotBefore, c.NotAfter, c.InstalledAt, c.InstalledByName, c.RemovedAt))
            .ToListAsync(cancellationToken);
        var key = await db.SigningCertificates.AsNoTracking().Where(c => c.AccountId == accountId && c.RemovedAt == null).OrderByDescending(c => c.Id)
            .Select(c => new SigningKeyLine(c.Subject, c.Issuer, c.NotAfter, c.IsDemo, c.ImagePng, c.InstalledAt, c.InstalledByName)).FirstOrDefaultAsync(cancellationToken);
        return new AccountCertificatesPage(account.Id, account.FullName, account.Email, account.Position, certificates, now) { Key = key };
    }
}

public sealed record AccountCertificatesLine(string Id, string FullName, string? Email, int ActiveCertificates);

public sealed record AccountCertificatesPage(string AccountId, string FullName, string? Email, string? Position, IReadOnlyList<BoundCertificateLine> Certificates, DateTimeOffset Now)
{
    /// <summary>The person's own key the portal signs with, when one is installed.</summary>
    public SigningKeyLine? Key { get; init; }
}

public sealed record SigningKeyLine(string Subject, string Issuer, DateTimeOffset NotAfter, bool IsDemo, byte[]? ImagePng, DateTimeOffset InstalledAt, string InstalledByName);

public sealed record BoundCertificateLine(int Id, string Subject, string Issuer, string Thumbprint, DateTimeOffset NotBefore, DateTimeOffset NotAfter,
    DateTimeOffset InstalledAt, string InstalledByName, DateTimeOffset? RemovedAt)
{
    public bool IsActive => RemovedAt is null;
}

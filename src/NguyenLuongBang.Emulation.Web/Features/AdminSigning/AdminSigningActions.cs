using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminSigning;

/// <summary>
/// The administrator installs, seals and removes the organisation's certificate. Each is one unit of
/// work under one lock on the organisation's certificate, so a double click installs once and an
/// install and a removal at once apply one after the other.
/// </summary>
public sealed class AdminSigningActions(AppDbContext db, RecordChanges changes, OrganisationSignature signature, AuditLog audit, TimeProvider clock)
{
    private const string LockKey = "signing-certificate";

    /// <summary>Installs the PKCS#12 file in place of the certificate in use; refused with the reason when it cannot sign.</summary>
    public Task<ChangeOutcome> InstallAsync(byte[] bytes, Actor by, CancellationToken cancellationToken) =>
        changes.RunAsync(LockKey, async ct =>
        {
            var (certificate, problem) = signature.Open(bytes);
            using (certificate)
            {
                if (certificate is null || problem is not null)
                {
                    throw new DomainException("Không cài được chứng thư số: " + problem);
                }

                var now = clock.GetUtcNow();
                var active = await ActiveAsync(ct);
                if (active.Any(c => c.Thumbprint == certificate.Thumbprint))
                {
                    // A double click, or the same file again: installed once.
                    return Change.Already("Chứng thư số này đang được dùng.");
                }

                foreach (var previous in active)
                {
                    previous.Remove(now);
                }

                // A renewed certificate keeps the seal the organisation's signature shows.
                var seal = active.OrderByDescending(c => c.Id).Select(c => c.ImagePng).FirstOrDefault(i => i is not null);
                var installed = new SigningCertificate(bytes, certificate.Subject, certificate.Issuer, certificate.Thumbprint,
                    new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), new DateTimeOffset(certificate.NotAfter.ToUniversalTime()), false, by, now, image: seal);
                db.SigningCertificates.Add(installed);
                return new Change("Cài chứng thư số của cơ quan", "Chứng thư số", null, $"{certificate.Subject}; cấp bởi {certificate.Issuer}; hiệu lực đến {certificate.NotAfter:dd/MM/yyyy}; {certificate.Thumbprint}",
                    "Đã cài chứng thư số: các văn bản ban hành từ nay được ký số bằng chứng thư này.") { Subject = installed };
            }
        }, cancellationToken);

    /// <summary>The seal the organisation's signature shows (NĐ 30, Phụ lục I, item 8a), for the certificate in use.</summary>
    public Task<ChangeOutcome> SealAsync(byte[]? bytes, CancellationToken cancellationToken) =>
        changes.RunAsync(LockKey, async ct =>
        {
            if (SigningImages.Problem(bytes, seal: true) is { } problem)
            {
                throw new DomainException("Không dùng được ảnh con dấu: " + problem);
            }

            var active = (await ActiveAsync(ct)).MaxBy(c => c.Id)
                ?? throw new DomainException("Hãy cài chứng thư số của cơ quan trước, rồi mới đặt ảnh con dấu.");
            active.SetImage(bytes);
            return new Change("Đặt ảnh con dấu cho chữ ký số của cơ quan", "Chứng thư số", active.Id.ToString(CultureInfo.InvariantCulture),
                $"{active.Subject}; ảnh PNG {bytes!.Length} byte, SHA-256 {DocumentIssuer.Sha256(bytes)}",
                "Đã đặt ảnh con dấu: chữ ký số của cơ quan trên văn bản ban hành từ nay hiện con dấu này.");
        }, cancellationToken);

    /// <summary>Stops signing with the organisation's certificate; with none in use, nothing changes.</summary>
    public Task<ChangeOutcome> RemoveAsync(CancellationToken cancellationToken) =>
        changes.RunAsync(LockKey, async ct =>
        {
            var active = await ActiveAsync(ct);
            if (active.Count == 0)
            {
                return Change.Already("Không có chứng thư số nào đang dùng.");
            }

            // Normally one; should there be more, each removal has its audit row (the last one is the change's own).
            foreach (var certificate in active)
            {
                certificate.Remove(clock.GetUtcNow());
                if (certificate != active[^1])
                {
                    audit.Add(RemovedAction, "Chứng thư số", certificate.Id.ToString(CultureInfo.InvariantCulture), certificate.Subject);
                }
            }

            return new Change(RemovedAction, "Chứng thư số", active[^1].Id.ToString(CultureInfo.InvariantCulture), active[^1].Subject,
                "Đã gỡ chứng thư số: văn bản ban hành từ nay không kèm chữ ký số của cơ quan.");
        }, cancellationToken);

    private const string RemovedAction = "Gỡ chứng thư số của cơ quan";

    /// <summary>The organisation's certificates in use (not a person's own).</summary>
    private Task<List<SigningCertificate>> ActiveAsync(CancellationToken cancellationToken) =>
        db.SigningCertificates.Where(c => c.RemovedAt == null && c.AccountId == null).ToListAsync(cancellationToken);
}

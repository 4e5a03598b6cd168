using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminSigning;

/// <summary>
/// The organisation's certificate: the administrator installs the PKCS#12 file (its password is in
/// the server's configuration only), sees its subject, issuer and validity, is warned 30 days before
/// it expires, and can stop signing. A file that cannot sign is refused with the reason.
/// </summary>
[Authorize(Policy = Policies.InstallKeys)]
public sealed class AdminSigningController(OrganisationSignature signature, AppDbContext db, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("/Admin/Signing")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(new SigningPage(await signature.StatusAsync(cancellationToken), null));

    [HttpPost("/Admin/Signing/Install")]
    [RequestSizeLimit(1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 1024 * 1024)]
    public async Task<IActionResult> Install(IFormFile? file, CancellationToken cancellationToken)
    {
        var bytes = await UploadedFile.ReadAsync(file, SigningCertificate.MaxFileBytes, cancellationToken) ?? [];

        var (certificate, problem) = signature.Open(bytes);
        using (certificate)
        {
            if (certificate is null || problem is not null)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(nameof(Index), new SigningPage(await signature.StatusAsync(cancellationToken), "Không cài được chứng thư số: " + problem));
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.LockAsync("signing-certificate", cancellationToken);
            var now = clock.GetUtcNow();
            var active = await db.SigningCertificates.Where(c => c.RemovedAt == null && c.AccountId == null).ToListAsync(cancellationToken);
            if (active.Any(c => c.Thumbprint == certificate.Thumbprint))
            {
                // A double click, or the same file again: installed once.
                TempData["Message"] = "Chứng thư số này đang được dùng.";
                return Redirect("/Admin/Signing");
            }

            foreach (var previous in active)
            {
                previous.Remove(now);
            }

            // A renewed certificate keeps the seal the organisation's signature shows.
            var seal = active.OrderByDescending(c => c.Id).Select(c => c.ImagePng).FirstOrDefault(i => i is not null);
            var installed = new SigningCertificate(bytes, certificate.Subject, certificate.Issuer, certificate.Thumbprint,
                new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), new DateTimeOffset(certificate.NotAfter.ToUniversalTime()), false, User.ToActor(), now, image: seal);
            db.SigningCertificates.Add(installed);
            audit.Add("Cài chứng thư số của cơ quan", "Chứng thư số", installed, $"{certificate.Subject}; cấp bởi {certificate.Issuer}; hiệu lực đến {certificate.NotAfter:dd/MM/yyyy}; {certificate.Thumbprint}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        TempData["Message"] = "Đã cài chứng thư số: các văn bản ban hành từ nay được ký số bằng chứng thư này.";
        return Redirect("/Admin/Signing");
    }

    /// <summary>The seal the organisation's signature shows (NĐ 30, Phụ lục I, item 8a), for the certificate in use.</summary>
    [HttpPost("/Admin/Signing/Seal")]
    [RequestSizeLimit(1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 1024 * 1024)]
    public async Task<IActionResult> Seal(IFormFile? file, CancellationToken cancellationToken)
    {
        var bytes = await UploadedFile.ReadAsync(file, SigningCertificate.MaxImageBytes, cancellationToken);
        if (SigningImages.Problem(bytes, seal: true) is { } problem)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new SigningPage(await signature.StatusAsync(cancellationToken), "Không dùng được ảnh con dấu: " + problem));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync("signing-certificate", cancellationToken);
        var active = await db.SigningCertificates.Where(c => c.RemovedAt == null && c.AccountId == null).OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (active is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new SigningPage(await signature.StatusAsync(cancellationToken), "Hãy cài chứng thư số của cơ quan trước, rồi mới đặt ảnh con dấu."));
        }

        active.SetImage(bytes);
        audit.Add("Đặt ảnh con dấu cho chữ ký số của cơ quan", "Chứng thư số", active.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{active.Subject}; ảnh PNG {bytes!.Length} byte, SHA-256 {DocumentIssuer.Sha256(bytes)}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Message"] = "Đã đặt ảnh con dấu: chữ ký số của cơ quan trên văn bản ban hành từ nay hiện con dấu này.";
        return Redirect("/Admin/Signing");
    }

    [HttpPost("/Admin/Signing/Remove")]
    public async Task<IActionResult> Remove(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync("signing-certificate", cancellationToken);
        var active = await db.SigningCertificates.Where(c => c.RemovedAt == null && c.AccountId == null).ToListAsync(cancellationToken);
        if (active.Count == 0)
        {
            TempData["Message"] = "Không có chứng thư số nào đang dùng.";
            return Redirect("/Admin/Signing");
        }

        foreach (var certificate in active)
        {
            certificate.Remove(clock.GetUtcNow());
            audit.Add("Gỡ chứng thư số của cơ quan", "Chứng thư số", certificate.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), certificate.Subject);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Message"] = "Đã gỡ chứng thư số: văn bản ban hành từ nay không kèm chữ ký số của cơ quan.";
        return Redirect("/Admin/Signing");
    }
}

public sealed record SigningPage(SigningStatus Status, string? Error);

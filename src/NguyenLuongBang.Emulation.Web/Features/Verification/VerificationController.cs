using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Verification;

/// <summary>
/// The public check of issued documents (no sign-in): by the code printed on a document (or its QR
/// code), what the register holds about it — what the document itself says, nothing more — and
/// whether a PDF someone holds is byte for byte one the commune issued. Files are hashed, never
/// stored. Rate-limited per address like sign-in.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SecurityHeaders.VerifyPolicy)]
public sealed class VerificationController(AppDbContext db, IServiceScopeFactory scopes, CurrentCommune shown) : Controller
{
    /// <summary>The largest PDF checked (a consolidated report with annexes is a few MB).</summary>
    public const long MaxCheckBytes = 30L * 1024 * 1024;

    [HttpGet("/Xac-thuc")]
    public IActionResult Index(string? code) =>
        VerificationCode.Normalize(code) is { } normalized ? RedirectToAction(nameof(Show), new { code = normalized }) : View(new LookupPage(code, code is null ? null : "Mã xác thực gồm 12 ký tự chữ và số (ví dụ ABCD-EFGH-JKMN), in ở cuối văn bản cạnh mã QR."));

    [HttpGet("/Xac-thuc/{code}")]
    public async Task<IActionResult> Show(string code, CancellationToken cancellationToken)
    {
        var page = await FindAsync(code, cancellationToken);
        return page is null ? NotFoundPage(code) : View(page);
    }

    /// <summary>Whether a PDF is byte for byte a file of this document (or, from the lookup page, of any issued document).</summary>
    [HttpPost("/Xac-thuc/{code?}")]
    [RequestSizeLimit(MaxCheckBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxCheckBytes + (64 * 1024))]
    public async Task<IActionResult> Check(string? code, IFormFile? file, CancellationToken cancellationToken)
    {
        var page = code is null ? null : await FindAsync(code, cancellationToken);
        if (code is not null && page is null)
        {
            return NotFoundPage(code);
        }

        var (hash, problem) = await HashAsync(file, cancellationToken);
        FileCheck result;
        if (problem is not null)
        {
            result = new FileCheck(false, problem, null, null);
        }
        else
        {
            // On a document's page: its own files. From the lookup page: every issued file, also of
            // documents issued before codes, of every commune (the page then names the commune that issued it).
            var matches = from f in db.Set<IssuedFile>().IgnoreQueryFilters()
                          where f.StoredFile!.Sha256 == hash
                          join d in db.IssuedDocuments.IgnoreQueryFilters() on f.IssuedDocumentId equals d.Id
                          select new { d.VerificationCode, d.Number, f.Format, Commune = EF.Property<int>(d, CommuneOwnership.Key) };
            if (page is not null)
            {
                matches = matches.Where(m => m.VerificationCode == page.Code);
            }

            var match = await matches.FirstOrDefaultAsync(cancellationToken);
            if (match is not null)
            {
                shown.Name(match.Commune);
            }

            result = match is null
                ? new FileCheck(false, page is null
                    ? "Tệp này không trùng khớp với bất kỳ văn bản nào đã ban hành trên cổng: có thể đã bị sửa đổi, hoặc không phải văn bản do cổng ban hành."
                    : "Tệp này KHÔNG trùng khớp với văn bản có mã này: có thể đã bị sửa đổi (dù chỉ một ký tự), hoặc là văn bản khác.", hash, null)
                : new FileCheck(true, (match.Format == IssuedFileFormat.SignedPdf
                    ? $"Tệp này trùng khớp từng byte với bản đã ký số của văn bản số {match.Number}."
                    : $"Tệp này trùng khớp từng byte với văn bản số {match.Number} đã ban hành.")
                    + (match.VerificationCode is null ? " (Văn bản ban hành trước khi có mã xác thực.)" : string.Empty), hash, match.VerificationCode);
        }

        if (page is null)
        {
            return View(nameof(Index), new LookupPage(null, null) { Check = result });
        }

        return View(nameof(Show), page with { Check = result });
    }

    private ViewResult NotFoundPage(string code)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("NotFound", new LookupPage(code, null));
    }

    private async Task<VerificationPage?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (VerificationCode.Normalize(code) is not { } normalized)
        {
            return null;
        }

        // Codes are unique across the deployment: the page is the issuing commune's (its name, its register).
        var issuedBy = await db.IssuedDocuments.IgnoreQueryFilters().Where(d => d.VerificationCode == normalized)
            .Select(d => EF.Property<int>(d, CommuneOwnership.Key)).FirstOrDefaultAsync(cancellationToken);
        if (issuedBy == 0)
        {
            return null;
        }

        shown.Name(issuedBy);
        return await scopes.InCommuneAsync(issuedBy, (services, ct) => ReadAsync(services.GetRequiredService<AppDbContext>(), normalized, ct), cancellationToken);
    }

    /// <summary>What the issuing commune's register holds about the document with <paramref name="code"/>, read in that commune's scope.</summary>
    private static async Task<VerificationPage?> ReadAsync(AppDbContext inCommune, string code, CancellationToken cancellationToken)
    {
        // Facts only: no file's content is read for an anonymous page.
        var document = await inCommune.IssuedDocuments.AsNoTracking().Where(d => d.VerificationCode == code)
            .Select(d => new
            {
                d.Id, d.Kind, d.Number, d.IssuedOn, d.SignerName, d.Title, d.Model, d.SignedWith, d.SignedWithDemo,
                ReplacedBy = inCommune.IssuedDocuments.Where(r => r.ReplacesId == d.Id).Select(r => new { r.Number, r.VerificationCode }).FirstOrDefault(),
                Files = d.Files.Where(f => f.Format == IssuedFileFormat.Pdf || f.Format == IssuedFileFormat.SignedPdf)
                    .Select(f => new { f.Id, f.Format, f.AddedAt, f.StoredFile!.Sha256 }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return null;
        }

        var replacedBy = document.ReplacedBy;
        var standing = document.Kind == IssuedDocumentKind.Certificate
            ? (await Awards.CertificateStandings.OfAsync(inCommune, [document.Id], cancellationToken)).GetValueOrDefault(document.Id)
            : null;
        var official = document.Files.Where(f => f.Format == IssuedFileFormat.SignedPdf).OrderByDescending(f => f.AddedAt).ThenByDescending(f => f.Id).FirstOrDefault()
                       ?? document.Files.FirstOrDefault(f => f.Format == IssuedFileFormat.Pdf);
        string? awardee = null, achievement = null;
        IReadOnlyList<string> issuer;
        if (document.Kind == IssuedDocumentKind.Certificate && DocumentIssuer.ReadCertificate(document.Model) is { } certificate)
        {
            awardee = certificate.FieldText(Documents.CertificateField.Awardee);
            achievement = certificate.Achievement;
            issuer = [certificate.Authority];
        }
        else
        {
            issuer = DocumentIssuer.ReadDocument(document.Model)?.IssuerLines ?? [];
        }

        return new VerificationPage(code, document.Kind, document.Number, document.IssuedOn, issuer, document.SignerName, document.Title,
            official?.Sha256, official?.Format == IssuedFileFormat.SignedPdf, official?.AddedAt,
            document.SignedWith, document.SignedWithDemo, replacedBy?.Number ?? standing?.ReplacedBy, replacedBy?.VerificationCode ?? standing?.ReplacedByCode, awardee, achievement)
        {
            // A Giấy khen falls with its decision: replaced by the awardee's new one, or revoked when the correction left the awardee out.
            ByDecision = standing?.Decision,
            Revoked = standing?.Revoked == true,
        };
    }

    private static async Task<(string? Hash, string? Problem)> HashAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, "Chưa chọn tệp PDF để kiểm tra.");
        }

        if (file.Length > MaxCheckBytes)
        {
            return (null, "Tệp quá lớn (tối đa 30 MB).");
        }

        await using var stream = file.OpenReadStream();
        var head = new byte[5];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (read < 5 || !head.AsSpan().SequenceEqual("%PDF-"u8))
        {
            return (null, "Tệp không phải PDF: chỉ kiểm tra được tệp PDF của văn bản.");
        }

        stream.Position = 0;
        var hash = await System.Security.Cryptography.SHA256.HashDataAsync(stream, cancellationToken);
        return (Convert.ToHexStringLower(hash), null);
    }
}

public sealed record FileCheck(bool Matches, string Message, string? Sha256, string? MatchedCode);

public sealed record LookupPage(string? Typed, string? Problem)
{
    public FileCheck? Check { get; init; }
}

/// <summary>What the register holds about an issued document: what the document itself says.</summary>
public sealed record VerificationPage(string Code, IssuedDocumentKind Kind, string Number, DateOnly IssuedOn, IReadOnlyList<string> Issuer,
    string SignerName, string Title, string? OfficialSha256, bool OfficialIsSignedCopy, DateTimeOffset? SignedCopyAt, string? SignedWith, bool SignedWithDemo,
    string? ReplacedByNumber, string? ReplacedByCode, string? Awardee, string? Achievement)
{
    public FileCheck? Check { get; init; }

    /// <summary>Whom the certificate that signed at issue names, in plain words (its common name); the full subject is for the technical details.</summary>
    public string? SignedByName => SignedWith is null ? null : CommonName(SignedWith);

    private static string CommonName(string subject)
    {
        try
        {
            return new System.Security.Cryptography.X509Certificates.X500DistinguishedName(subject).EnumerateRelativeDistinguishedNames()
                .FirstOrDefault(n => n.GetSingleElementType().Value == "2.5.4.3")?.GetSingleElementValue() ?? subject;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return subject;
        }
    }

    /// <summary>For a Giấy khen no longer in force: the decision that replaced its own.</summary>
    public string? ByDecision { get; init; }

    /// <summary>A Giấy khen whose awardee the correcting decision left out.</summary>
    public bool Revoked { get; init; }

    public string KindName => Kind switch
    {
        IssuedDocumentKind.ConsolidatedReport => "Báo cáo",
        IssuedDocumentKind.OfficeSubmission or IssuedDocumentKind.CitySubmission => "Tờ trình",
        IssuedDocumentKind.CouncilMinutes => "Biên bản",
        IssuedDocumentKind.AwardDecision => "Quyết định",
        IssuedDocumentKind.SignedOnPaper => TypeName(Number),
        _ => "Giấy khen",
    };

    /// <summary>A document entered from paper is named by its register's type ("05/QĐ-UBND": a decision).</summary>
    private static string TypeName(string number) => number.Split('/', '-') is [_, var type, ..] ? type switch
    {
        "QĐ" => "Quyết định",
        "BC" => "Báo cáo",
        "TTr" => "Tờ trình",
        "BB" => "Biên bản",
        "GK" => "Giấy khen",
        _ => "Văn bản",
    } : "Văn bản";
}

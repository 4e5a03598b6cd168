using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>
/// The document register: who issued which number, per issuer, type and year — and, for each
/// issued document, its stored files with their SHA-256 and what replaced it.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class DocumentRegisterController(AppDbContext db, TimeProvider clock) : Controller
{
    /// <summary>
    /// A copy of an issued document signed outside the portal (the signer's own token) becomes its
    /// official PDF once <see cref="SignedPdfCheck"/> finds it is the issued file with signatures of
    /// the person it names appended and nothing else; the copy issued by the portal is kept.
    /// </summary>
    [HttpPost("/Admin/Register/SignedCopy/{id:int}")]
    [RequestSizeLimit(Verification.VerificationController.MaxCheckBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = Verification.VerificationController.MaxCheckBytes + (64 * 1024))]
    public async Task<IActionResult> SignedCopy(int id, IFormFile? file, int? year, [FromServices] Infrastructure.RecordChanges changes, CancellationToken cancellationToken)
    {
        var bytes = await UploadedFile.ReadAsync(file, Verification.VerificationController.MaxCheckBytes, cancellationToken);

        // The check reads and hashes up to 30 MB: done before the unit of work, outside its lock.
        var target = await db.IssuedDocuments.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.SignerName, d.Number, Issued = d.Files.Where(f => f.Format == IssuedFileFormat.Pdf).Select(f => f.StoredFile!.Content).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return NotFound();
        }

        // The person the document names; for minutes, the session's chair and secretary by their accounts.
        var session = await db.CouncilSessions.AsNoTracking().Where(s => s.MinutesDocumentId == id).Select(s => new { s.ChairUserId, s.ChairName, s.SecretaryUserId, s.SecretaryName })
            .SingleOrDefaultAsync(cancellationToken);
        var signer = session is null
            ? await PersonalCertificates.NamedSigners.ForAsync(db, target.SignerName, clock.GetUtcNow(), cancellationToken)
            : await PersonalCertificates.NamedSigners.ForAccountsAsync(db, [session.ChairUserId, session.SecretaryUserId], $"{session.ChairName} và {session.SecretaryName}", cancellationToken);
        var check = bytes is null ? null : SignedPdfCheck.Check(bytes, target.Issued ?? [], target.Number, signer);
        var outcome = await changes.ApplyAsync($"issued:{id}",
            ct => db.IssuedDocuments.Include(d => d.Files).ThenInclude(f => f.StoredFile).SingleOrDefaultAsync(d => d.Id == id, ct),
            async document =>
            {
                if (bytes is null || check is null)
                {
                    throw new DomainException("Chọn tệp PDF đã ký số (tối đa 30 MB).");
                }

                if (await db.IssuedDocuments.AnyAsync(r => r.ReplacesId == document.Id, cancellationToken))
                {
                    throw new DomainException($"Văn bản {document.Number} đã được thay thế: không nhận bản ký số của nó.");
                }

                var issued = document.Files.Single(f => f.Format == IssuedFileFormat.Pdf).StoredFile!;
                if (!check.Valid)
                {
                    throw new DomainException("Không nhận tệp đã ký: " + check.Problem);
                }

                // Signed over the official copy as it stands now: signatures already on it (the chair's or the
                // secretary's in the portal, a copy accepted before) stay in the new one.
                var official = document.OfficialPdf!.StoredFile!.Content;
                if (bytes.Length < official.Length || !bytes.AsSpan(0, official.Length).SequenceEqual(official))
                {
                    throw new DomainException($"Không nhận tệp đã ký: bản chính thức của văn bản {document.Number} đã có chữ ký số khác mà tệp này không giữ. Hãy tải bản chính thức mới nhất, ký vào đó rồi nộp lại.");
                }

                // A double click (or the same file sent twice) adds one copy.
                var sha = DocumentIssuer.Sha256(bytes);
                if (document.Files.Any(f => f.Format == IssuedFileFormat.SignedPdf && f.StoredFile!.Sha256 == sha))
                {
                    return Infrastructure.Change.Already($"Bản ký số này của văn bản {document.Number} đã được nhận trước đó.");
                }

                var actor = User.ToActor();
                var stored = new Domain.Files.StoredFile(Path.GetFileNameWithoutExtension(issued.FileName) + "-da-ky.pdf", DocumentIssuer.PdfType, bytes,
                    sha, actor, clock.GetUtcNow());
                db.StoredFiles.Add(stored);
                document.AcceptSignedCopy(stored, actor, clock.GetUtcNow());
                var signers = string.Join(", ", check.Signers);
                return new Infrastructure.Change("Nộp bản đã ký số", "Văn bản", document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"{document.Number}; ký bởi {signers}; SHA-256 {stored.Sha256}", $"Đã nhận bản ký số của văn bản {document.Number} (ký bởi {signers}); từ nay đây là bản chính thức.");
            },
            cancellationToken);
        return this.Answer(outcome, Redirect($"/Admin/Register?year={year ?? VietnamTime.Today(clock).Year}"));
    }

    /// <summary>One stored file of an issued document, exactly as the register lists it (its SHA-256 beside the link).</summary>
    [HttpGet("/Admin/Register/Files/{fileId:int}")]
    public async Task<IActionResult> Download(int fileId, CancellationToken cancellationToken) =>
        await db.IssuedDocuments.AsNoTracking().SelectMany(d => d.Files).Where(f => f.Id == fileId)
            .Select(f => new { f.StoredFile!.FileName, f.StoredFile.ContentType, f.StoredFile.Content }).SingleOrDefaultAsync(cancellationToken) is { } stored
            ? File(stored.Content, stored.ContentType, stored.FileName)
            : NotFound();

    [HttpGet("/Admin/Register")]
    public async Task<IActionResult> Index(int? year, string? type, CancellationToken cancellationToken)
    {
        var chosen = year ?? VietnamTime.Today(clock).Year;
        var query = db.DocumentRegister.AsNoTracking().Where(d => d.Year == chosen);
        if (!string.IsNullOrWhiteSpace(type))
        {
            query = query.Where(d => d.TypeCode == type);
        }

        var rows = await query.OrderBy(d => d.Issuer).ThenBy(d => d.TypeCode).ThenByDescending(d => d.Sequence).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var issued = await db.IssuedDocuments.AsNoTracking().Where(d => ids.Contains(d.RegistrationId))
            .Select(d => new
            {
                d.Id,
                d.RegistrationId,
                d.SignerName,
                d.VerificationCode,
                d.SignedWith,
                ReplacedBy = db.IssuedDocuments.Where(r => r.ReplacesId == d.Id).Select(r => r.Number).FirstOrDefault(),
                Files = d.Files.OrderBy(f => f.Format).Select(f => new IssuedFileLine(f.Id, f.Format, f.StoredFile!.Sha256, f.StoredFile.Size)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var standings = await Awards.CertificateStandings.OfAsync(db, issued.Select(i => i.Id).ToList(), cancellationToken);
        var byRegistration = issued.ToDictionary(i => i.RegistrationId, i => standings.GetValueOrDefault(i.Id) is { } standing
            ? new IssuedLine(i.Id, i.SignerName, standing.ReplacedBy, i.Files, i.VerificationCode, i.SignedWith) { ByDecision = standing.Decision, Revoked = standing.Revoked }
            : new IssuedLine(i.Id, i.SignerName, i.ReplacedBy, i.Files, i.VerificationCode, i.SignedWith));
        return View(new RegisterPage(chosen, type, rows.Select(r => new RegisterLine(r, byRegistration.GetValueOrDefault(r.Id))).ToList()));
    }
}

public sealed record RegisterPage(int Year, string? Type, IReadOnlyList<RegisterLine> Rows);

public sealed record RegisterLine(RegisteredDocument Registration, IssuedLine? Issued);

public sealed record IssuedLine(int Id, string SignerName, string? ReplacedBy, IReadOnlyList<IssuedFileLine> Files, string? VerificationCode, string? SignedWith)
{
    /// <summary>For a Giấy khen no longer in force: the decision that replaced its own.</summary>
    public string? ByDecision { get; init; }

    /// <summary>A Giấy khen whose awardee the correcting decision left out.</summary>
    public bool Revoked { get; init; }
}

public sealed record IssuedFileLine(int Id, IssuedFileFormat Format, string Sha256, long Size);

using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>One document a person signed, as the register holds it.</summary>
public sealed record SignedDocumentLine(int Id, IssuedDocumentKind Kind, string Number, DateOnly IssuedOn, string Title, DateTimeOffset IssuedAt, string? ReplacedBy);

/// <summary>
/// "Văn bản tôi đã ký": the numbered documents a person signed, newest first. A document an office
/// issues is signed by the person issuing it (<see cref="Signatories"/>), whose account stored its
/// files at issue; the council's minutes are signed by the session's chair and secretary, whoever
/// closed it. Giấy khen go with their decision and are not listed one by one; documents signed on
/// paper and entered by the văn thư name no account. Read from what is stored, one query.
/// </summary>
public sealed class SignedDocuments(AppDbContext db)
{
    public async Task<IReadOnlyList<SignedDocumentLine>> ByAsync(string userId, CancellationToken cancellationToken) =>
        await SignedBy(userId).OrderByDescending(d => d.IssuedAt).ThenByDescending(d => d.Id)
            .Select(d => new SignedDocumentLine(d.Id, d.Kind, d.Number, d.IssuedOn, d.Title, d.IssuedAt,
                db.IssuedDocuments.Where(r => r.ReplacesId == d.Id).Select(r => r.Number).FirstOrDefault()))
            .ToListAsync(cancellationToken);

    /// <summary>Whether <paramref name="userId"/> signed the issued document <paramref name="id"/>.</summary>
    public Task<bool> SignedAsync(string userId, int id, CancellationToken cancellationToken) =>
        SignedBy(userId).AnyAsync(d => d.Id == id, cancellationToken);

    private IQueryable<IssuedDocument> SignedBy(string userId) =>
        db.IssuedDocuments.AsNoTracking().Where(d =>
            (d.Kind != IssuedDocumentKind.CouncilMinutes && d.Kind != IssuedDocumentKind.Certificate && d.Kind != IssuedDocumentKind.SignedOnPaper
                && d.Files.Any(f => f.Format == IssuedFileFormat.Pdf && f.StoredFile!.UploadedByUserId == userId))
            || (d.Kind == IssuedDocumentKind.CouncilMinutes
                && db.CouncilSessions.Any(s => s.MinutesDocumentId == d.Id && (s.ChairUserId == userId || s.SecretaryUserId == userId))));
}

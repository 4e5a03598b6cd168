using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>
/// The văn thư's changes to the register: a copy signed outside the portal taken as a document's
/// official PDF, and the number a register goes on from. Each answers with one <see cref="ChangeOutcome"/>.
/// </summary>
public sealed class DocumentRegisterActions(AppDbContext db, RecordChanges changes, DocumentNumbers numbers, TimeProvider clock)
{
    /// <summary>
    /// A copy of an issued document signed outside the portal (the signer's own token) becomes its
    /// official PDF once <see cref="SignedPdfCheck"/> finds it is the issued file with signatures of
    /// the person it names appended and nothing else; the copy issued by the portal is kept.
    /// </summary>
    /// <param name="bytes">The uploaded file; null when none was chosen or it was too large.</param>
    public async Task<ChangeOutcome> AcceptSignedCopyAsync(int id, byte[]? bytes, Actor by, CancellationToken cancellationToken)
    {
        // The check reads and hashes up to 30 MB: done before the unit of work, outside its lock.
        var target = await db.IssuedDocuments.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.SignerName, d.Number, Issued = d.Files.Where(f => f.Format == IssuedFileFormat.Pdf).Select(f => f.StoredFile!.Content).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return ChangeOutcome.NotFound;
        }

        // The person the document names; for minutes, the session's chair and secretary by their accounts.
        var session = await db.CouncilSessions.AsNoTracking().Where(s => s.MinutesDocumentId == id).Select(s => new { s.ChairUserId, s.ChairName, s.SecretaryUserId, s.SecretaryName })
            .SingleOrDefaultAsync(cancellationToken);
        var signer = session is null
            ? await PersonalCertificates.NamedSigners.ForAsync(db, target.SignerName, clock.GetUtcNow(), cancellationToken)
            : await PersonalCertificates.NamedSigners.ForAccountsAsync(db, [session.ChairUserId, session.SecretaryUserId], $"{session.ChairName} và {session.SecretaryName}", cancellationToken);
        var check = bytes is null ? null : SignedPdfCheck.Check(bytes, target.Issued ?? [], target.Number, signer);
        return await changes.ApplyAsync($"issued:{id}",
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
                    return Change.Already($"Bản ký số này của văn bản {document.Number} đã được nhận trước đó.");
                }

                var stored = new Domain.Files.StoredFile(Path.GetFileNameWithoutExtension(issued.FileName) + "-da-ky.pdf", DocumentIssuer.PdfType, bytes,
                    sha, by, clock.GetUtcNow());
                db.StoredFiles.Add(stored);
                document.AcceptSignedCopy(stored, by, clock.GetUtcNow());
                var signers = string.Join(", ", check.Signers);
                return new Change("Nộp bản đã ký số", "Văn bản", document.Id.ToString(CultureInfo.InvariantCulture),
                    $"{document.Number}; ký bởi {signers}; SHA-256 {stored.Sha256}", $"Đã nhận bản ký số của văn bản {document.Number} (ký bởi {signers}); từ nay đây là bản chính thức.");
            },
            cancellationToken);
    }

    /// <summary>
    /// Sets the number a register of <paramref name="year"/> goes on from (typed as <paramref name="next"/>),
    /// as one step of the runner under the register's lock: refused at or below a number already taken.
    /// </summary>
    public async Task<ChangeOutcome> SetNextAsync(int year, string? issuer, string? typeCode, string? next, Actor by, CancellationToken cancellationToken)
    {
        var register = DocumentNumbers.CommuneRegisters.FirstOrDefault(r => r.Issuer == issuer && r.TypeCode == typeCode);
        if (register.Issuer is null)
        {
            return ChangeOutcome.Refused("Sổ văn bản không có trong danh sách.");
        }

        if (year is < 2000 or > 2100)
        {
            return ChangeOutcome.Refused("Năm của sổ văn bản không hợp lệ.");
        }

        if (!int.TryParse(next?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return ChangeOutcome.Refused($"Số tiếp theo của sổ {register.Name} phải là số nguyên dương (ví dụ 385).");
        }

        return await changes.RunAsync(DocumentNumbers.RegisterStartLock(register.Issuer, register.TypeCode, year), async ct =>
        {
            var before = await numbers.SetNextAsync(register.Issuer, register.TypeCode, year, sequence, by, ct);
            return new Change("Đặt số tiếp theo của sổ văn bản", DocumentNumbers.RegisterEntity, $"{register.TypeCode}-{register.Issuer} {year}",
                $"{(before is null ? "—" : before.Value.ToString("00", CultureInfo.InvariantCulture))} → {sequence:00}",
                $"Sổ {register.Name} năm {year}: văn bản tiếp theo nhận số {sequence:00}.");
        }, cancellationToken);
    }
}

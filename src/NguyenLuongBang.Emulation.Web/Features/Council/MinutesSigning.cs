using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Files;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Council;

/// <summary>
/// The minutes are signed by the session's chair and its secretary, each with their own key in the
/// portal, each in their own block (chair right, secretary left), in whichever order they come: each
/// signature is an incremental update of the latest copy, which becomes the official one. Only the
/// chair or the secretary signs, once each; someone without a key in the portal signs elsewhere and the
/// administrator uploads the copy. Whoever of them closed the session signed when the minutes were issued.
/// </summary>
public sealed class MinutesSigning(AppDbContext db, OrganisationSignature keys, RecordChanges changes, TimeProvider clock)
{
    public const string Action = "Ký số biên bản họp Hội đồng";

    /// <summary>Signs the session's minutes as <paramref name="by"/>, under the session's lock.</summary>
    public Task<ChangeOutcome> SignAsync(int sessionId, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        return changes.RunAsync(CouncilActions.LockKey(sessionId), async ct =>
        {
            var session = await db.CouncilSessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null)
            {
                return null;
            }

            var place = by.UserId == session.ChairUserId ? SignerPlace.Main
                : by.UserId == session.SecretaryUserId ? SignerPlace.Second
                : throw new DomainException($"Chỉ chủ tọa ({session.ChairName}) và thư ký ({session.SecretaryName}) của phiên họp ký biên bản.");
            // The same lock as a copy signed elsewhere being uploaded for it: one new copy at a time, each over the latest.
            if (session.MinutesDocumentId is { } locked)
            {
                await db.LockAsync($"issued:{locked}", ct);
            }

            var minutes = session.MinutesDocumentId is { } id
                ? await db.IssuedDocuments.Include(d => d.Files).ThenInclude(f => f.StoredFile).Include(d => d.Registration).SingleAsync(d => d.Id == id, ct)
                : throw new DomainException("Phiên họp chưa kết thúc nên chưa có biên bản để ký.");
            var key = keys.PersonalKey(by.UserId)
                ?? throw new DomainException("Chưa có khóa ký số của ông/bà trên cổng: hãy ký biên bản bằng USB ký số hoặc dịch vụ ký từ xa, rồi nhờ quản trị tải bản đã ký lên.");
            var latest = minutes.OfficialPdf!.StoredFile!.Content;
            if (Contains(latest, key.Certificate.RawData))
            {
                throw new DomainException($"Ông/bà đã ký số biên bản {minutes.Registration!.Number}.");
            }

            var document = DocumentIssuer.ReadDocument(minutes.Model) ?? throw new InvalidOperationException("Minutes without their content.");
            var space = PdfRenderer.SignerSpaces(document);
            var now = clock.GetUtcNow();
            var signed = IssueSigner.Personally(latest, key, place == SignerPlace.Second ? space.Second ?? space : space, "Ký biên bản", now);
            var file = new StoredFile(minutes.OfficialPdf.StoredFile.FileName, DocumentIssuer.PdfType, signed, DocumentIssuer.Sha256(signed), by, now);
            db.StoredFiles.Add(file);
            minutes.AcceptSignedCopy(file, by, now);
            return new Change(Action, "Văn bản đã ban hành", minutes.Id.ToString(CultureInfo.InvariantCulture),
                $"{minutes.Registration!.Number}; {(place == SignerPlace.Main ? "chủ tọa" : "thư ký")} {by.Name}; {key.Certificate.Subject}; SHA-256 {file.Sha256}",
                "Đã ký số biên bản.");
        }, cancellationToken);
    }

    /// <summary>Whether the file already carries a signature with this certificate (its DER is inside the CMS, written in hexadecimal).</summary>
    private static bool Contains(byte[] pdf, byte[] certificate)
    {
        var hex = Convert.ToHexString(certificate);
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return text.Contains(hex, StringComparison.OrdinalIgnoreCase);
    }
}

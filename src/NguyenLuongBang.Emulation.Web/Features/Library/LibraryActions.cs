using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Files;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Notifications;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Library;

/// <summary>
/// Phòng Văn hóa - Xã hội publishes a document in the library (every unit's bell rings, and its
/// e-mail) or withdraws one (it stays listed, marked withdrawn with the reason). Each is one unit of work.
/// </summary>
public sealed class LibraryActions(AppDbContext db, RecordChanges changes, Notifier notifier, TimeProvider clock)
{
    /// <summary>Publishes a checked form with its file, already read (<see cref="Reports.EvidenceFiles.ReadAsync"/>).</summary>
    /// <param name="file">The file read, or null when it could not be: then <paramref name="fileProblem"/> is the refusal.</param>
    public Task<ChangeOutcome> PublishAsync(LibraryForm form, StoredFile? file, string? fileProblem, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return changes.RunAsync("guidance", async ct =>
        {
            if (file is null)
            {
                throw new DomainException(fileProblem ?? "Vui lòng chọn tệp văn bản (PDF, Word, Excel hoặc ảnh).");
            }

            db.StoredFiles.Add(file);
            await db.SaveChangesAsync(ct);
            var document = new GuidanceDocument(form.Title!, form.Number, form.IssuedOn!.Value, form.Issuer!, form.Category!.Value, form.IsPublic, file.Id, by, clock.GetUtcNow());
            db.GuidanceDocuments.Add(document);
            var units = await db.Units.Where(u => u.IsActive).Select(u => u.Id).ToListAsync(ct);
            var text = $"Phòng Văn hóa - Xã hội đăng văn bản mới: {Shorten(document.Title)}";
            await notifier.NotifyUnitsAsync(units.Select(u => (u, text)).ToList(), "/Van-ban", cancellationToken: ct);
            return new Change("Đăng văn bản hướng dẫn", "Văn bản hướng dẫn", null, $"{document.Title} ({(document.IsPublic ? "công khai" : "nội bộ")})",
                $"Đã đăng văn bản \"{document.Title}\"; các đơn vị đã được thông báo.") { Subject = document };
        }, cancellationToken);
    }

    /// <summary>Withdraws a document with the reason; read and changed under the record's lock, so a second click waits, then finds it withdrawn.</summary>
    public Task<ChangeOutcome> WithdrawAsync(int id, string? reason, Actor by, CancellationToken cancellationToken) =>
        changes.ApplyAsync($"guidance:{id}", ct => db.GuidanceDocuments.SingleOrDefaultAsync(d => d.Id == id, ct), document =>
        {
            document.Withdraw(reason, by, clock.GetUtcNow());
            return new Change("Thu hồi văn bản hướng dẫn", "Văn bản hướng dẫn", id.ToString(PortalSetup.Vietnamese), document.WithdrawalReason,
                "Đã thu hồi văn bản; văn bản vẫn được liệt kê với lý do thu hồi.");
        }, cancellationToken);

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..199] + "…";
}

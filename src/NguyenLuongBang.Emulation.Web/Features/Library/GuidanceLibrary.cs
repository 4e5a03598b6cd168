using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Notifications;
using NguyenLuongBang.Emulation.Web.Features.Reports;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Library;

/// <summary>
/// The guidance library: what Phòng Văn hóa - Xã hội publishes (plans, guidance, templates, forms)
/// for everyone or for the portal's users only. Publishing rings every unit's bell (and e-mail);
/// withdrawing keeps the document listed, marked withdrawn with the reason.
/// </summary>
public sealed class GuidanceLibrary(AppDbContext db, EvidenceFiles evidence, Notifier notifier, AuditLog audit, TimeProvider clock)
{
    /// <param name="userId">The signed-in user (sees documents for units too, and what is new since the last visit), or null for the public.</param>
    public async Task<LibraryPage> ListAsync(string? userId, GuidanceCategory? category, CancellationToken cancellationToken)
    {
        DateTimeOffset? lastVisit = null;
        var query = db.GuidanceDocuments.AsNoTracking();
        if (userId is null)
        {
            query = query.Where(d => d.IsPublic);
        }
        else
        {
            lastVisit = await db.Users.Where(u => u.Id == userId).Select(u => u.LibraryVisitedAt).SingleOrDefaultAsync(cancellationToken);
            var now = clock.GetUtcNow();
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LibraryVisitedAt, now), cancellationToken);
        }

        if (category is not null)
        {
            query = query.Where(d => d.Category == category);
        }

        var rows = await query.OrderBy(d => d.WithdrawnAt != null).ThenByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id)
            .Select(d => new LibraryRow(d.Id, d.Title, d.Number, d.IssuedOn, d.Issuer, d.Category, d.IsPublic, d.PublishedAt,
                d.WithdrawnAt, d.WithdrawalReason, db.StoredFiles.Where(f => f.Id == d.FileId).Select(f => f.FileName).First()))
            .ToListAsync(cancellationToken);
        return new LibraryPage(rows.Select(r => r with { IsNew = userId is not null && r.WithdrawnAt is null && (lastVisit is null || r.PublishedAt > lastVisit) }).ToList(),
            category, userId is not null);
    }

    /// <returns>The published document, or the reason (Vietnamese) it was not.</returns>
    public async Task<(GuidanceDocument? Document, string? Error)> PublishAsync(LibraryForm form, IFormFile? file, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (stored, error) = await evidence.ReadAsync(file, by, cancellationToken);
        if (stored is null)
        {
            return (null, file is null ? "Vui lòng chọn tệp văn bản (PDF, Word, Excel hoặc ảnh)." : error);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.StoredFiles.Add(stored);
            await db.SaveChangesAsync(cancellationToken);
            var document = new GuidanceDocument(form.Title!, form.Number, form.IssuedOn!.Value, form.Issuer!, form.Category!.Value, form.IsPublic, stored.Id, by, clock.GetUtcNow());
            db.GuidanceDocuments.Add(document);
            var units = await db.Units.Where(u => u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken);
            var text = $"Phòng Văn hóa - Xã hội đăng văn bản mới: {Shorten(document.Title)}";
            await notifier.NotifyUnitsAsync(units.Select(u => (u, text)).ToList(), "/Van-ban", cancellationToken: cancellationToken);
            audit.Add("Đăng văn bản hướng dẫn", "Văn bản hướng dẫn", document, $"{document.Title} ({(document.IsPublic ? "công khai" : "nội bộ")})");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (document, null);
        }
        catch (DomainException refused)
        {
            return (null, refused.Message);
        }
    }

    /// <returns>Null when withdrawn, or the reason (Vietnamese) it was not.</returns>
    public async Task<ChangeOutcome> WithdrawAsync(int id, string? reason, Actor by, CancellationToken cancellationToken)
    {
        // Read and changed under the record's lock: a second click waits, then finds it withdrawn.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync($"guidance-{id}", cancellationToken);
        var document = await db.GuidanceDocuments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return ChangeOutcome.NotFound;
        }

        try
        {
            document.Withdraw(reason, by, clock.GetUtcNow());
        }
        catch (DomainException refused)
        {
            return new ChangeOutcome(ChangeResult.Refused, refused.Message);
        }

        audit.Add("Thu hồi văn bản hướng dẫn", "Văn bản hướng dẫn", id.ToString(PortalSetup.Vietnamese), document.WithdrawalReason);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ChangeOutcome(ChangeResult.Done, "Đã thu hồi văn bản; văn bản vẫn được liệt kê với lý do thu hồi.");
    }

    /// <summary>The file of a document the caller may see (public ones for everyone), or null.</summary>
    public Task<LibraryFile?> FileAsync(int id, bool signedIn, CancellationToken cancellationToken) =>
        db.GuidanceDocuments.AsNoTracking().Where(d => d.Id == id && (signedIn || d.IsPublic))
            .Join(db.StoredFiles, d => d.FileId, f => f.Id, (d, f) => new LibraryFile(f.FileName, f.ContentType, f.Content))
            .SingleOrDefaultAsync(cancellationToken);

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..199] + "…";
}

public sealed record LibraryFile(string FileName, string ContentType, byte[] Content);

public sealed record LibraryRow(int Id, string Title, string Number, DateOnly IssuedOn, string Issuer, GuidanceCategory Category, bool IsPublic,
    DateTimeOffset PublishedAt, DateTimeOffset? WithdrawnAt, string? WithdrawalReason, string FileName)
{
    public bool IsNew { get; init; }
}

public sealed record LibraryPage(IReadOnlyList<LibraryRow> Rows, GuidanceCategory? Category, bool SignedIn)
{
    public LibraryForm Form { get; init; } = new();

    public bool CanPublish { get; init; }
}

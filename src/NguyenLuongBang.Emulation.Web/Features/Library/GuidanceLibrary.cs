using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Library;

/// <summary>
/// The guidance library as it is read: what Phòng Văn hóa - Xã hội publishes (plans, guidance,
/// templates, forms) for everyone or for the portal's users only, withdrawn documents still listed
/// with the reason. Publishing and withdrawing are <see cref="LibraryActions"/>.
/// </summary>
public sealed class GuidanceLibrary(AppDbContext db, TimeProvider clock)
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

    /// <summary>The file of a document the caller may see (public ones for everyone), or null.</summary>
    public Task<FileDownload?> FileAsync(int id, bool signedIn, CancellationToken cancellationToken) =>
        db.GuidanceDocuments.AsNoTracking().Where(d => d.Id == id && (signedIn || d.IsPublic))
            .Join(db.StoredFiles, d => d.FileId, f => f.Id, (d, f) => new FileDownload(f.FileName, f.ContentType, f.Content))
            .SingleOrDefaultAsync(cancellationToken);
}


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

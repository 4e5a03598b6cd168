using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>
/// A person's own notifications: the latest listed, one or all marked read. Marking read is not a workflow step: nothing is audited and no lock
/// is needed (one row, or one set-based update, of the reader's own), so it does not go through
/// <see cref="Infrastructure.RecordChanges"/>, which would add an audit row to every click on the bell.
/// </summary>
public sealed class NotificationInbox(AppDbContext db, TimeProvider clock)
{
    /// <summary>Marks one of <paramref name="userId"/>'s notifications read.</summary>
    /// <returns>Where it points (null when it points nowhere); not found when it is not theirs.</returns>
    public async Task<(bool Found, string? Url)> OpenAsync(long id, string? userId, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);
        if (notification is null)
        {
            return (false, null);
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return (true, notification.Url);
    }

    public async Task ReadAllAsync(string? userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>The reader's latest notifications, newest first.</summary>
    public async Task<IReadOnlyList<NotificationLine>> ListAsync(string? userId, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt)
            .Take(100)
            .Select(n => new NotificationLine(n.Id, n.Text, n.Url, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
}

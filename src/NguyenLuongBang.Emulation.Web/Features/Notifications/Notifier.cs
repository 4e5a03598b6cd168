using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Notifications;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>
/// Tells a unit's staff something: a notification in the portal's bell and an e-mail in the
/// outbox. Joins the caller's unit of work (nothing is saved here).
/// </summary>
public sealed class Notifier(AppDbContext db, TimeProvider clock)
{
    public Task NotifyUnitAsync(int unitId, string text, string url, string? dedupeKey = null, CancellationToken cancellationToken = default) =>
        NotifyUnitsAsync([(unitId, text)], url, dedupeKey, cancellationToken);

    /// <summary>Several units at once, each with its own text: two queries whatever the number of units.</summary>
    public async Task NotifyUnitsAsync(IReadOnlyCollection<(int UnitId, string Text)> notes, string url, string? dedupeKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var unitIds = notes.Select(n => n.UnitId).Distinct().ToList();
        var staffRoleId = await db.Roles.Where(r => r.Name == Roles.UnitStaff).Select(r => r.Id).SingleAsync(cancellationToken);
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.UnitId != null && unitIds.Contains(u.UnitId.Value) && db.UserRoles.Any(l => l.UserId == u.Id && l.RoleId == staffRoleId))
            .Select(u => new { u.Id, u.Email, UnitId = u.UnitId!.Value })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var (unitId, text) in notes)
        {
            foreach (var user in staff.Where(u => u.UnitId == unitId))
            {
                db.Notifications.Add(new Notification(user.Id, text, url, dedupeKey, now));
                if (!string.IsNullOrEmpty(user.Email))
                {
                    db.OutboxMessages.Add(new OutboxMessage(user.Email, "[Thi đua chuyển đổi số] " + Shorten(text), text + "\n\nXem chi tiết trên Cổng thi đua của xã: " + url, now));
                }
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "…";
}

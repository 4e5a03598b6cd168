using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>How a reminder went: units reminded now, units already reminded under the same key (today), units without an account to tell.</summary>
public sealed record ReminderOutcome(int Reminded, int AlreadyReminded, int WithoutAccounts);

/// <summary>
/// A reviewer's reminder to units, as one user action: a bell and an e-mail to each unit's staff
/// (<see cref="Notifier"/>), one audit row, one save. The key names the reminder and its day: a unit
/// whose staff already hold a notification with that key is not reminded again however often it is
/// clicked (the notification's unique key decides between two clicks at once).
/// </summary>
public sealed class UnitReminders(AppDbContext db, Notifier notifier, AuditLog audit, ILogger<UnitReminders> logger)
{
    /// <param name="notes">Per unit, what it is reminded of.</param>
    /// <param name="key">The reminder and its day, e.g. "launch-plan-2026-11-26".</param>
    /// <param name="auditAction">The audit row's action; its details say how many units and which.</param>
    public async Task<ReminderOutcome> SendAsync(IReadOnlyCollection<(int UnitId, string Text)> notes, string url, string key,
        string auditAction, string auditEntity, string? auditDetails, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var chosen = notes.Select(n => n.UnitId).Distinct().ToList();

        // Those told are the unit's staff (as the notifier tells them), not a council member placed in the unit.
        var staffRoleId = await db.Roles.Where(r => r.Name == Roles.UnitStaff).Select(r => r.Id).SingleAsync(cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Where(u => chosen.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                u.Name,
                HasAccounts = db.Users.Any(s => s.UnitId == u.Id && db.UserRoles.Any(l => l.UserId == s.Id && l.RoleId == staffRoleId)),
                Reminded = db.Users.Any(s => s.UnitId == u.Id && db.Notifications.Any(n => n.UserId == s.Id && n.DedupeKey == key)),
            })
            .ToListAsync(cancellationToken);
        var due = units.Where(u => u.HasAccounts && !u.Reminded).ToDictionary(u => u.Id, u => u.Name);
        var outcome = new ReminderOutcome(due.Count, units.Count(u => u.Reminded), units.Count(u => !u.HasAccounts));
        if (due.Count == 0)
        {
            return outcome;
        }

        await notifier.NotifyUnitsAsync(notes.Where(n => due.ContainsKey(n.UnitId)).ToList(), url, key, cancellationToken);
        var named = string.Join(", ", due.Values.Order(StringComparer.Ordinal).Take(20)) + (due.Count > 20 ? ", …" : string.Empty);
        audit.Add(auditAction, auditEntity, null, $"{auditDetails}{(auditDetails is null ? "" : ": ")}{due.Count} đơn vị ({named})");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two clicks at once: the other one reminded them (the unique key kept it to one).
            if (await db.Notifications.AsNoTracking().AnyAsync(n => n.DedupeKey == key, CancellationToken.None))
            {
                return outcome with { Reminded = 0, AlreadyReminded = outcome.AlreadyReminded + due.Count };
            }

            throw;
        }

        logger.LogInformation("Reminder {Key}: {Count} units", key, due.Count);
        return outcome;
    }
}

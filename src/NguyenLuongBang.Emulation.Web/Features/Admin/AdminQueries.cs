using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Admin;

public sealed class AdminQueries(AppDbContext db, TimeProvider clock, Infrastructure.PortalSettings settings, Notifications.OutboxDelivery delivery)
{
    /// <summary>All accounts with their roles and unit, in two queries.</summary>
    public async Task<IReadOnlyList<UserRow>> UsersAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.FullName, Unit = u.Unit == null ? null : u.Unit.Name, Locked = u.LockoutEnd != null && u.LockoutEnd > now, u.MustChangePassword })
            .ToListAsync(cancellationToken);
        var roles = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           select new { link.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return users.Select(u => new UserRow(u.Id, u.Email ?? string.Empty, u.FullName, byUser[u.Id].ToArray(), u.Unit, u.Locked, u.MustChangePassword)).ToArray();
    }

    public async Task<OutboxPage> OutboxAsync(CancellationToken cancellationToken) =>
        new(await db.OutboxMessages.AsNoTracking()
                .OrderBy(m => m.SentAt != null).ThenBy(m => m.SetAsideAt == null).ThenByDescending(m => m.CreatedAt)
                .Take(200)
                .Select(m => new OutboxRow(m.Id, m.To, m.Subject, m.CreatedAt, m.SentAt, m.Attempts, m.LastError, m.NextAttemptAt, m.SetAsideAt))
                .ToListAsync(cancellationToken),
            !string.IsNullOrEmpty(await settings.GetAsync(Infrastructure.PortalSettings.SmtpHostKey)),
            await delivery.SettingsProblemAsync());
}

/// <summary>The outbox, whether a mail server is configured to send it, and why the settings cannot send (if so).</summary>
public sealed record OutboxPage(IReadOnlyList<OutboxRow> Messages, bool MailServerConfigured, string? SettingsProblem);

public sealed record OutboxRow(long Id, string To, string Subject, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, int Attempts, string? LastError, DateTimeOffset? NextAttemptAt, DateTimeOffset? SetAsideAt);

public sealed record UserRow(string Id, string Email, string FullName, IReadOnlyList<string> Roles, string? Unit, bool Locked, bool MustChangePassword);

using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Admin;

public sealed class AdminQueries(AppDbContext db, TimeProvider clock, Infrastructure.PortalSettings settings, Notifications.OutboxDelivery delivery,
    Notifications.MailLimits limits)
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
            await delivery.SettingsProblemAsync(),
            await BacklogAsync(cancellationToken),
            limits);

    /// <summary>How much of this commune's mail waits and since when, and its last failure (from the messages that failed lately).</summary>
    private async Task<MailBacklog> BacklogAsync(CancellationToken cancellationToken)
    {
        var waiting = db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null && m.SetAsideAt == null);
        var recently = clock.GetUtcNow().AddDays(-30);
        var failed = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.LastError != null && (m.SetAsideAt == null || m.SetAsideAt >= recently))
            .OrderByDescending(m => m.Id).Take(500)
            .ToListAsync(cancellationToken);
        var last = failed.Where(m => m.LastFailedAt is not null).MaxBy(m => m.LastFailedAt);
        return new MailBacklog(
            await waiting.CountAsync(cancellationToken),
            await waiting.MinAsync(m => (DateTimeOffset?)m.CreatedAt, cancellationToken),
            await db.OutboxMessages.CountAsync(m => m.SetAsideAt != null, cancellationToken),
            last?.LastError,
            last?.LastFailedAt,
            await db.OutboxMessages.MaxAsync(m => m.SentAt, cancellationToken));
    }
}

/// <summary>The outbox, whether a mail server is configured to send it, why the settings cannot send (if so), the backlog and the time limits.</summary>
public sealed record OutboxPage(IReadOnlyList<OutboxRow> Messages, bool MailServerConfigured, string? SettingsProblem, MailBacklog Backlog, Notifications.MailLimits Limits);

/// <summary>Messages waiting (neither sent nor set aside), the oldest of them, those set aside, the last failure and the last message sent.</summary>
public sealed record MailBacklog(int Waiting, DateTimeOffset? WaitingSince, int SetAside, string? LastError, DateTimeOffset? LastErrorAt, DateTimeOffset? LastSentAt);

public sealed record OutboxRow(long Id, string To, string Subject, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, int Attempts, string? LastError, DateTimeOffset? NextAttemptAt, DateTimeOffset? SetAsideAt);

public sealed record UserRow(string Id, string Email, string FullName, IReadOnlyList<string> Roles, string? Unit, bool Locked, bool MustChangePassword);

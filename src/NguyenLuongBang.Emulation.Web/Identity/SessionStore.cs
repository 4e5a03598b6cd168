using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Identity;

/// <summary>
/// Keeps sign-in sessions in the database (<see cref="UserSession"/>), so they end on the server:
/// each request reads its session with the account's current security stamp and lockout (and the
/// bell's unread count) in one query, and a session that was ended, idle too long, past its day, or whose account changed or
/// was locked opens nothing. Several instances share the table, so an end is seen by all at once.
/// </summary>
public sealed class SessionStore(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, ILogger<SessionStore> logger) : ITicketStore
{
    /// <summary>The longest a session lasts, however active: one working day.</summary>
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromHours(10);

    /// <summary>How stale "last seen" may get before a request writes it (one write a minute, not one a request).</summary>
    private static readonly TimeSpan SeenResolution = TimeSpan.FromMinutes(1);

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A session needs a user.");
        var stamp = ticket.Principal.FindFirstValue(new IdentityOptions().ClaimsIdentity.SecurityStampClaimType)
                    ?? await db.Users.IgnoreQueryFilters().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync()
                    ?? string.Empty;
        var now = clock.GetUtcNow();
        var key = Guid.NewGuid().ToString("N");
        var request = http.HttpContext;
        db.UserSessions.Add(new UserSession(key, userId, stamp, TicketSerializer.Default.Serialize(ticket), now, now + MaximumLifetime,
            request?.Connection.RemoteIpAddress?.ToString(), request?.Request.Headers.UserAgent.ToString()));
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Key == key);
        if (session is { IsActive: true })
        {
            // A sign-in within a signed-in request (after a password change) renews the session
            // under the same key: it then carries the account's new security stamp.
            var userId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? session.UserId;
            var stamp = ticket.Principal.FindFirstValue(new IdentityOptions().ClaimsIdentity.SecurityStampClaimType) ?? session.SecurityStamp;
            session.Renew(userId, stamp, TicketSerializer.Default.Serialize(ticket), clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        // Read on the request's own unit of work, without tracking: one query that also brings the
        // bell's unread count, so a signed-in page that reads nothing else sends one command.
        var request = http.HttpContext;
        await using var scope = request is null ? scopes.CreateAsyncScope() : (AsyncServiceScope?)null;
        var services = scope?.ServiceProvider ?? request!.RequestServices;
        var db = services.GetRequiredService<AppDbContext>();
        var found = await Lookup(db, key);
        if (found is null || found.EndedAt is not null)
        {
            return null;
        }

        // From here on, everything this request reads or writes (the commune's settings first) is the
        // account's commune's. An account of no commune opens nothing (yet): it would read commune 1.
        if (found.CommuneId is not { } communeId)
        {
            return null;
        }

        services.GetRequiredService<CommuneScope>().Use(communeId);

        var now = clock.GetUtcNow();
        var idle = TimeSpan.FromMinutes((double)await services.GetRequiredService<PortalSettings>().NumberAsync(PortalSettings.IdleMinutesKey));
        var ended = now - found.LastSeenAt > idle ? "Hết thời gian không thao tác"
            : now > found.ExpiresAt ? "Hết thời hạn phiên làm việc"
            : found.LockoutEnd > now ? "Tài khoản bị khóa"
            : found.Current != found.Stamp ? "Tài khoản đã thay đổi (mật khẩu, vai trò hoặc đơn vị)"
            : null;
        if (ended is not null || now - found.LastSeenAt >= SeenResolution)
        {
            // Rare (once a minute, or at the end): the change goes through the entity in its own unit of work.
            await using var writing = scopes.CreateAsyncScope();
            var writer = writing.ServiceProvider.GetRequiredService<AppDbContext>();
            var session = await writer.UserSessions.SingleAsync(s => s.Key == key);
            if (ended is not null)
            {
                session.End(ended, now);
            }
            else
            {
                session.Seen(now);
            }

            await writer.SaveChangesAsync();
            if (ended is not null)
            {
                logger.LogInformation("Session of user {UserId} ended: {Reason}", found.UserId, ended);
                return null;
            }
        }

        if (request is not null)
        {
            request.Items[UnreadNotificationsKey] = found.Unread;
        }


        return TicketSerializer.Default.Deserialize(found.Ticket);
    }

    /// <summary>
    /// The lookup every signed-in request makes, compiled once: EF Core otherwise hashes and compares
    /// the whole query's expression tree on each request to find its cached plan. It runs before the
    /// request knows its commune (it is what tells it), so it reads past the commune filters: the
    /// session's random key names one account, and the count is that account's own.
    /// </summary>
    private static readonly Func<AppDbContext, string, Task<SessionFacts?>> Lookup = EF.CompileAsyncQuery((AppDbContext db, string key) =>
        (from s in db.UserSessions.AsNoTracking()
         where s.Key == key
         join u in db.Users.IgnoreQueryFilters() on s.UserId equals u.Id
         select new SessionFacts(s.Ticket, s.EndedAt, s.LastSeenAt, s.ExpiresAt, s.SecurityStamp, s.UserId, u.SecurityStamp, u.LockoutEnd,
             u.CommuneId, db.Notifications.IgnoreQueryFilters().Count(n => n.UserId == s.UserId && n.ReadAt == null)))
        .SingleOrDefault());

    private sealed record SessionFacts(byte[] Ticket, DateTimeOffset? EndedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt, string Stamp, string UserId,
        string? Current, DateTimeOffset? LockoutEnd, int? CommuneId, int Unread);

    /// <summary>Where the request keeps the unread count read with its session (the bell shows it).</summary>
    public const string UnreadNotificationsKey = "nlb.unread-notifications";

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Key == key);
        session?.End("Đăng xuất", clock.GetUtcNow());
        await db.SaveChangesAsync();
    }
}

/// <summary>The active sessions of an account, for its owner's administrator, and ending them.</summary>
public sealed class UserSessions(AppDbContext db, TimeProvider clock)
{
    public Task<List<UserSession>> ActiveAsync(string userId, CancellationToken cancellationToken) =>
        db.UserSessions.AsNoTracking().Where(s => s.UserId == userId && s.EndedAt == null).OrderByDescending(s => s.LastSeenAt).ToListAsync(cancellationToken);

    /// <summary>Ends one session (or all when <paramref name="key"/> is null) in the caller's unit of work; returns how many.</summary>
    public async Task<int> EndAsync(string userId, string? key, string reason, CancellationToken cancellationToken)
    {
        var sessions = await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null && (key == null || s.Key == key)).ToListAsync(cancellationToken);
        sessions.ForEach(s => s.End(reason, clock.GetUtcNow()));
        return sessions.Count;
    }
}

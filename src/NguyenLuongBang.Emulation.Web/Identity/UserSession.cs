namespace NguyenLuongBang.Emulation.Web.Identity;

/// <summary>
/// One signed-in session, kept on the server: the browser's cookie carries only its key. The
/// session ends — and the cookie stops opening anything, even when replayed — when the user signs
/// out, when an administrator ends it, when the account changes (password, roles, unit: its
/// security stamp), when the account is locked, or after the idle time.
/// </summary>
public sealed class UserSession
{
    private UserSession()
    {
        Key = UserId = SecurityStamp = string.Empty;
        Ticket = [];
    }

    public UserSession(string key, string userId, string securityStamp, byte[] ticket, DateTimeOffset now, DateTimeOffset expiresAt, string? ipAddress, string? userAgent)
    {
        Key = key;
        UserId = userId;
        SecurityStamp = securityStamp;
        Ticket = ticket;
        CreatedAt = LastSeenAt = now;
        ExpiresAt = expiresAt;
        IpAddress = Cut(ipAddress, 64);
        UserAgent = Cut(userAgent, 256);
    }

    public string Key { get; private set; }

    public string UserId { get; private set; }

    /// <summary>The account's security stamp when the session began: a change of the account ends the session.</summary>
    public string SecurityStamp { get; private set; }

    /// <summary>The authentication ticket (claims and properties), serialized.</summary>
    public byte[] Ticket { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    /// <summary>The latest a session may last, idle or not (one working day).</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndedReason { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public bool IsActive => EndedAt is null;

    /// <summary>The same browser signed in again (e.g. after changing the password): the session now holds that sign-in.</summary>
    public void Renew(string userId, string securityStamp, byte[] ticket, DateTimeOffset now)
    {
        UserId = userId;
        SecurityStamp = securityStamp;
        Ticket = ticket;
        LastSeenAt = now;
    }

    public void Seen(DateTimeOffset now) => LastSeenAt = now;

    public void End(string reason, DateTimeOffset now)
    {
        if (EndedAt is null)
        {
            EndedAt = now;
            EndedReason = Cut(reason, 200);
        }
    }

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}

using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Notifications;

/// <summary>A message in a user's bell inside the portal.</summary>
public sealed class Notification
{
    private Notification()
    {
        UserId = Text = string.Empty;
    }

    /// <param name="dedupeKey">When set, the same key is never notified twice to the same user (reminders).</param>
    public Notification(string userId, string text, string? url, string? dedupeKey, DateTimeOffset now)
    {
        UserId = Guard.Required(userId, "Người nhận", 450);
        Text = Guard.Required(text, "Nội dung thông báo", 500);
        Url = Guard.MaxLength(url, "Liên kết", 300);
        DedupeKey = Guard.MaxLength(dedupeKey, "Khóa", 100);
        CreatedAt = now;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; }

    public string Text { get; private set; }

    public string? Url { get; private set; }

    public string? DedupeKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

/// <summary>An e-mail waiting to be sent. Without SMTP settings it stays here, visible to the administrator.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        To = Subject = Body = string.Empty;
    }

    public OutboxMessage(string to, string subject, string body, DateTimeOffset now)
    {
        To = Guard.Required(to, "Người nhận", 256);
        Subject = Guard.Required(subject, "Tiêu đề", 300);
        Body = Guard.Required(body, "Nội dung", 4000);
        CreatedAt = now;
    }

    public long Id { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Not before this time is the message tried again (after a failure: 1, 5, 15, 60 minutes).</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>Set aside: not tried again (an impossible address, or <see cref="MaxAttempts"/> failures); the administrator sees why.</summary>
    public DateTimeOffset? SetAsideAt { get; private set; }

    public const int MaxAttempts = 5;

    private static readonly TimeSpan[] BackOff = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60)];

    /// <summary>
    /// When the last try failed, while the message is not sent: the moment it was set aside, or one
    /// back-off step before it is due again (derived, so the outbox needs no column for it).
    /// </summary>
    public DateTimeOffset? LastFailedAt => SentAt is not null || LastError is null ? null
        : SetAsideAt ?? (Attempts > 0 && NextAttemptAt is { } next ? next - BackOff[Math.Min(Attempts, BackOff.Length) - 1] : null);

    public bool IsDue(DateTimeOffset now) => SentAt is null && SetAsideAt is null && (NextAttemptAt is null || NextAttemptAt <= now);

    public void MarkSent(DateTimeOffset now)
    {
        if (SentAt is not null)
        {
            throw new DomainException("Thư đã được gửi.");
        }

        Attempts++;
        SentAt = now;
        LastError = null;
        NextAttemptAt = null;
    }

    /// <summary>A failed try: tried again later, or set aside after the last allowed try.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = Cut(error);
        if (Attempts >= MaxAttempts)
        {
            SetAsideAt = now;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = now + BackOff[Math.Min(Attempts, BackOff.Length) - 1];
        }
    }

    /// <summary>A message no retry can deliver (e.g. its address is impossible): set aside at once, with the reason.</summary>
    public void SetAside(string reason, DateTimeOffset now)
    {
        LastError = Cut(reason);
        SetAsideAt = now;
        NextAttemptAt = null;
    }

    private static string Cut(string text) => text.Length > 1000 ? text[..1000] : text;
}

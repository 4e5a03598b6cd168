using System.Net;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>
/// One round of the outbox: the messages that are due, at most 50, each tried on its own through
/// the SMTP server of the settings (password from configuration <c>Smtp:Password</c>). A failure is
/// logged with the message's id only, counted, and tried again later (1, 5, 15, 60 minutes); after
/// five tries, or at once for an address no server can take, the message is set aside with the
/// reason, which the administrator sees in the outbox. Settings that cannot work (a malformed
/// sender or host) stop the round, not the portal, and are shown there too.
/// </summary>
public sealed class OutboxDelivery(AppDbContext db, PortalSettings settings, IConfiguration configuration, TimeProvider clock, ILogger<OutboxDelivery> logger)
{
    public const int BatchSize = 50;

    /// <summary>Why the settings cannot send, or null when they can (or no host is set: mail then waits).</summary>
    public async Task<string?> SettingsProblemAsync()
    {
        foreach (var key in new[] { PortalSettings.SmtpHostKey, PortalSettings.SmtpFromKey, PortalSettings.SmtpPortKey })
        {
            var definition = PortalSettings.Find(key)!;
            if (PortalSettings.Check(definition, await settings.GetAsync(key)) is { } problem)
            {
                return $"Cài đặt \"{definition.Label}\" không dùng được: {problem} Thư được giữ lại đến khi sửa (Cài đặt → {definition.Group}).";
            }
        }

        return null;
    }

    /// <returns>How many messages were sent.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var host = (await settings.GetAsync(PortalSettings.SmtpHostKey)).Trim();
        if (host.Length == 0)
        {
            return 0;
        }

        if (await SettingsProblemAsync() is not null)
        {
            logger.LogError("Outbox not sent: the mail settings are not usable (see the outbox page)");
            return 0;
        }

        var now = clock.GetUtcNow();
        var batch = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.SetAsideAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        using var smtp = new SmtpClient(host, (int)await settings.NumberAsync(PortalSettings.SmtpPortKey))
        {
            EnableSsl = configuration.GetValue("Smtp:EnableSsl", true),
            Timeout = 30_000,
        };
        var user = await settings.GetAsync(PortalSettings.SmtpUserKey);
        if (!string.IsNullOrEmpty(user))
        {
            smtp.Credentials = new NetworkCredential(user, configuration["Smtp:Password"]);
        }

        var from = (await settings.GetAsync(PortalSettings.SmtpFromKey)).Trim();
        var sent = 0;
        foreach (var message in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!EmailAddresses.IsValid(message.To))
            {
                message.SetAside("Địa chỉ người nhận không hợp lệ: không máy chủ thư nào nhận được. Sửa địa chỉ của tài khoản; thư này không gửi lại.", clock.GetUtcNow());
                logger.LogWarning("Outbox message {MessageId} set aside: impossible recipient address", message.Id);
            }
            else
            {
                try
                {
                    using var mail = new MailMessage(from.Length == 0 ? "no-reply@localhost" : from, message.To, message.Subject, message.Body);
                    await smtp.SendMailAsync(mail, cancellationToken);
                    message.MarkSent(clock.GetUtcNow());
                    sent++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    message.MarkFailed(ex is SmtpException smtpError ? $"Máy chủ thư từ chối hoặc không trả lời ({smtpError.StatusCode}): {ex.Message}" : ex.Message, clock.GetUtcNow());
                    logger.LogWarning("Outbox message {MessageId} not sent (try {Attempt}, {Kind}{Status})", message.Id, message.Attempts, ex.GetType().Name,
                        ex is SmtpException code ? ", " + code.StatusCode : string.Empty);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}

/// <summary>Runs a round of the outbox every minute (one instance a round: <see cref="BackgroundJobs"/>); nothing a round meets stops the portal.</summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BackgroundJobs>().RunOutboxAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Outbox round failed; the next round runs in a minute");
            }
        }
    }
}

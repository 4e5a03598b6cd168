using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Notifications;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>
/// One pass over one commune's outbox: the messages that are due, at most 50, each tried on its own
/// through the commune's SMTP server (password from configuration <c>Smtp:Password</c>). A failure
/// is logged with the message's id only, counted, and tried again later (1, 5, 15, 60 minutes);
/// after five tries, or at once for an address no server can take, the message is set aside with
/// the reason, which the administrator sees in the outbox. Settings that cannot work (a malformed
/// sender or host) stop the pass, not the portal, and are shown there too. Every wait on the server
/// has a limit (<see cref="MailLimits"/>): a server that takes the connection and never answers
/// costs its own commune one connect limit a pass, and no other commune anything.
/// </summary>
public sealed class OutboxDelivery(AppDbContext db, PortalSettings settings, IConfiguration configuration, MailLimits limits, TimeProvider clock, ILogger<OutboxDelivery> logger)
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
    public Task<int> SendDueAsync(CancellationToken cancellationToken) => SendDueAsync(static _ => Task.FromResult(true), cancellationToken);

    /// <param name="mayGoOn">
    /// Asked before the server is tried and before each message: false once the pass's time is up or
    /// its lease is lost. The rest then waits, untouched (no try spent), for the next pass.
    /// </param>
    /// <returns>How many messages were sent.</returns>
    public async Task<int> SendDueAsync(Func<CancellationToken, Task<bool>> mayGoOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mayGoOn);
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

        // An impossible address needs no server: set aside whatever the server does.
        var deliverable = new List<OutboxMessage>(batch.Count);
        foreach (var message in batch)
        {
            if (EmailAddresses.IsValid(message.To))
            {
                deliverable.Add(message);
                continue;
            }

            message.SetAside("Địa chỉ người nhận không hợp lệ: không máy chủ thư nào nhận được. Sửa địa chỉ của tài khoản; thư này không gửi lại.", clock.GetUtcNow());
            logger.LogWarning("Outbox message {MessageId} set aside: impossible recipient address", message.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (deliverable.Count == 0 || !await mayGoOn(cancellationToken))
        {
            return 0;
        }

        var port = (int)await settings.NumberAsync(PortalSettings.SmtpPortKey);
        if (await GreetingProblemAsync(host, port, cancellationToken) is { } unreachable)
        {
            var failedAt = clock.GetUtcNow();
            foreach (var message in deliverable)
            {
                message.MarkFailed(unreachable, failedAt);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning("Outbox: the mail server did not take the connection in time; {Count} messages wait for their next try", deliverable.Count);
            return 0;
        }

        return await SendAsync(host, port, deliverable, mayGoOn, cancellationToken);
    }

    private async Task<int> SendAsync(string host, int port, List<OutboxMessage> deliverable, Func<CancellationToken, Task<bool>> mayGoOn, CancellationToken cancellationToken)
    {
        using var smtp = new SmtpClient(host, port)
        {
            EnableSsl = configuration.GetValue("Smtp:EnableSsl", true),

            // A backstop only: the send limit below ends a stalled message first, with its own message.
            Timeout = (int)Math.Min(int.MaxValue, (limits.Send + TimeSpan.FromSeconds(5)).TotalMilliseconds),
        };
        var user = await settings.GetAsync(PortalSettings.SmtpUserKey);
        if (!string.IsNullOrEmpty(user))
        {
            smtp.Credentials = new NetworkCredential(user, configuration["Smtp:Password"]);
        }

        var from = (await settings.GetAsync(PortalSettings.SmtpFromKey)).Trim();
        var sent = 0;
        foreach (var message in deliverable)
        {
            if (!await mayGoOn(cancellationToken))
            {
                logger.LogInformation("Outbox pass ends with messages left: its time is up; they wait for the next pass");
                break;
            }

            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(limits.Send);
            try
            {
                using var mail = new MailMessage(from.Length == 0 ? "no-reply@localhost" : from, message.To, message.Subject, message.Body);
                await smtp.SendMailAsync(mail, limit.Token);
                message.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A server that stalls on one message stalls on the next: the rest wait for the next pass without spending a try.
                message.MarkFailed($"Máy chủ thư không trả lời trong {MailLimits.InSeconds(limits.Send)} giây khi nhận thư (thời hạn gửi).", clock.GetUtcNow());
                await db.SaveChangesAsync(CancellationToken.None);
                logger.LogWarning("Outbox message {MessageId} not sent (try {Attempt}): the server did not answer within the send limit; the pass ends", message.Id, message.Attempts);
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.MarkFailed(ex is SmtpException smtpError ? $"Máy chủ thư từ chối hoặc không trả lời ({smtpError.StatusCode}): {ex.Message}" : ex.Message, clock.GetUtcNow());
                logger.LogWarning("Outbox message {MessageId} not sent (try {Attempt}, {Kind}{Status})", message.Id, message.Attempts, ex.GetType().Name,
                    ex is SmtpException code ? ", " + code.StatusCode : string.Empty);
            }

            // Not cancelled with the pass: a message the server took is recorded as sent, or it would go out again.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return sent;
    }

    /// <summary>
    /// Whether the server takes a connection and greets (220) within the connect limit, or why not.
    /// <see cref="SmtpClient"/> has one time-out for the whole exchange, so the connection is tried
    /// on its own first, then closed with QUIT.
    /// </summary>
    private async Task<string?> GreetingProblemAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(limits.Connect);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, limit.Token);
            var stream = client.GetStream();
            var greeting = await ReadReplyAsync(stream, limit.Token);
            if (greeting is null)
            {
                return $"Máy chủ thư {host}:{port} đóng kết nối mà không chào (SMTP 220).";
            }

            if (!greeting.StartsWith("220", StringComparison.Ordinal))
            {
                return $"Máy chủ thư {host}:{port} không nhận kết nối: {Cut(greeting)}";
            }

            await stream.WriteAsync("QUIT\r\n"u8.ToArray(), limit.Token);
            await ReadReplyAsync(stream, limit.Token);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"Máy chủ thư {host}:{port} không trả lời trong {MailLimits.InSeconds(limits.Connect)} giây (thời hạn kết nối).";
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return $"Không kết nối được máy chủ thư {host}:{port}: {ex.Message}";
        }
    }

    /// <summary>The last line of one SMTP reply (several lines "250-…" end with "250 …"), or null when the server closed.</summary>
    private static async Task<string?> ReadReplyAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var buffer = new byte[512];
        while (text.Length < 4096)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return null;
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
            var lines = text.ToString().Split("\r\n");
            var last = lines.Take(lines.Length - 1).LastOrDefault();
            if (last is not null && (last.Length < 4 || last[3] != '-'))
            {
                return last;
            }
        }

        return text.ToString();
    }

    private static string Cut(string text) => text.Length <= 200 ? text : text[..200];
}

/// <summary>
/// Keeps every commune's outbox moving on its own: each minute, a pass starts for each commune
/// whose previous pass on this instance has ended (at most <see cref="MailLimits.ParallelCommunes"/>
/// at once, each under its commune's lease, see <see cref="BackgroundJobs.RunOutboxOfCommuneAsync"/>).
/// A commune whose server hangs holds only its own pass; nothing a pass meets stops the portal.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, MailLimits limits, TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new Dictionary<int, Task>();
        using var slots = new SemaphoreSlim(limits.ParallelCommunes);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var ended in running.Where(r => r.Value.IsCompleted).Select(r => r.Key).ToList())
                {
                    running.Remove(ended);
                }

                try
                {
                    foreach (var communeId in (await scopes.CommuneIdsAsync(stoppingToken)).Where(id => !running.ContainsKey(id)))
                    {
                        running[communeId] = PassAsync(communeId, slots, stoppingToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Outbox round failed to start; the next round runs in a minute");
                }
            }
        }
        finally
        {
            // The passes end with the host's token; wait for them so none writes after the host is gone.
            await Task.WhenAll(running.Values);
        }
    }

    /// <summary>One commune's pass; never throws, so a waiting round never meets a faulted task.</summary>
    private async Task PassAsync(int communeId, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await slots.WaitAsync(stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BackgroundJobs>().RunOutboxOfCommuneAsync(communeId, stoppingToken);
            }
            finally
            {
                slots.Release();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Outbox pass of commune {CommuneId} failed; it runs again in a minute", communeId);
        }
    }
}

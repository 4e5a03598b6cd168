using System.Net;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>
/// Sends the outbox through the SMTP server of the settings every minute, at most 50 a round and
/// 5 tries per message (password from configuration <c>Smtp:Password</c>). Without a host it sends
/// nothing and mail stays in the outbox.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var settings = scope.ServiceProvider.GetRequiredService<PortalSettings>();
            var host = await settings.GetAsync(PortalSettings.SmtpHostKey);
            if (string.IsNullOrEmpty(host))
            {
                continue;
            }

            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var batch = await db.OutboxMessages.Where(m => m.SentAt == null && m.Attempts < 5).OrderBy(m => m.Id).Take(50).ToListAsync(stoppingToken);
            using var smtp = new SmtpClient(host, (int)await settings.NumberAsync(PortalSettings.SmtpPortKey)) { EnableSsl = configuration.GetValue("Smtp:EnableSsl", true) };
            var user = await settings.GetAsync(PortalSettings.SmtpUserKey);
            if (!string.IsNullOrEmpty(user))
            {
                smtp.Credentials = new NetworkCredential(user, configuration["Smtp:Password"]);
            }

            var from = await settings.GetAsync(PortalSettings.SmtpFromKey);

            foreach (var message in batch)
            {
                try
                {
                    using var mail = new MailMessage(string.IsNullOrEmpty(from) ? "no-reply@localhost" : from, message.To, message.Subject, message.Body);
                    await smtp.SendMailAsync(mail, stoppingToken);
                    message.MarkSent(clock.GetUtcNow());
                }
                catch (SmtpException ex)
                {
                    logger.LogWarning("Outbox message {MessageId} not sent: {Error}", message.Id, ex.Message);
                    message.MarkFailed(ex.Message);
                }
            }

            await db.SaveChangesAsync(stoppingToken);
        }
    }
}

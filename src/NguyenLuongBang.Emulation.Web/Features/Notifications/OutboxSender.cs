using System.Net;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>
/// Sends the outbox through the SMTP server in <c>Smtp:*</c> every minute, at most 50 a round and
/// 5 tries per message. Without <c>Smtp:Host</c> it sends nothing and mail stays in the outbox.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var host = configuration["Smtp:Host"];
            if (string.IsNullOrEmpty(host))
            {
                continue;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var batch = await db.OutboxMessages.Where(m => m.SentAt == null && m.Attempts < 5).OrderBy(m => m.Id).Take(50).ToListAsync(stoppingToken);
            using var smtp = new SmtpClient(host, configuration.GetValue("Smtp:Port", 587)) { EnableSsl = configuration.GetValue("Smtp:EnableSsl", true) };
            if (!string.IsNullOrEmpty(configuration["Smtp:User"]))
            {
                smtp.Credentials = new NetworkCredential(configuration["Smtp:User"], configuration["Smtp:Password"]);
            }

            foreach (var message in batch)
            {
                try
                {
                    using var mail = new MailMessage(configuration["Smtp:From"] ?? "no-reply@localhost", message.To, message.Subject, message.Body);
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

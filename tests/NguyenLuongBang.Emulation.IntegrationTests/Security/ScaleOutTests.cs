using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

/// <summary>Two portal instances on one database, both running the background jobs: each reminder and each e-mail goes out once.</summary>
public class ScaleOutTests
{
    private static async Task<bool> RunAsync(PortalFactory instance, Func<BackgroundJobs, Task<bool>> job)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return await job(scope.ServiceProvider.GetRequiredService<BackgroundJobs>());
    }

    /// <summary>A run over many communes outlasts one lease (5 minutes): it is renewed between communes, so the other instance never starts the same job meanwhile.</summary>
    [Fact]
    public async Task A_run_longer_than_its_lease_keeps_it_and_the_other_instance_waits()
    {
        using var first = new PortalFactory();
        first.CreatePortalClient();
        using var second = new SecondInstanceFactory(first);
        second.CreatePortalClient();
        await first.WithDatabaseAsync(async db =>
        {
            db.Communes.AddRange(new Domain.Communes.Commune("le-chan", "Lê Chân", Domain.Communes.CommuneKind.Phuong), new Domain.Communes.Commune("ngo-quyen", "Ngô Quyền", Domain.Communes.CommuneKind.Phuong));
            return await db.SaveChangesAsync();
        });
        var communes = await first.WithDatabaseAsync(db => db.Communes.CountAsync(c => c.IsActive));

        var passes = 0;
        var othersRan = new List<bool>();
        var ran = await RunAsync(first, jobs => jobs.RunForEachCommuneAsync("long-run", async (_, _) =>
        {
            passes++;
            first.Clock.Advance(TimeSpan.FromMinutes(3));   // each commune's pass takes 3 minutes
            othersRan.Add(await RunAsync(second, other => other.RunForEachCommuneAsync("long-run", (_, _) => Task.FromResult(0), CancellationToken.None)));
            return 1;
        }, CancellationToken.None));

        Assert.True(ran);
        Assert.Equal(communes, passes);
        Assert.True(communes * 3 > 5, "the run outlasts one lease");
        Assert.All(othersRan, Assert.False);

        // Released at the end: the other instance runs it next time.
        Assert.True(await RunAsync(second, other => other.RunForEachCommuneAsync("long-run", (_, _) => Task.FromResult(0), CancellationToken.None)));
    }

    [Fact]
    public async Task Two_instances_running_the_jobs_send_each_reminder_and_each_mail_once()
    {
        using var smtp = new SmtpSink();
        using var first = new PortalFactory();
        first.ExtraSettings["Smtp:EnableSsl"] = "false";
        first.CreatePortalClient();
        using var second = new SecondInstanceFactory(first);
        second.ExtraSettings["Smtp:EnableSsl"] = "false";
        second.CreatePortalClient();

        // A mail server, and the reminder day (14 days before the deadline of 15/12).
        var admin = first.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        foreach (var (key, value) in new[] { ("Smtp.Host", "127.0.0.1"), ("Smtp.Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Smtp.From", "thidua@nlb.example") })
        {
            await admin.PostFormAsync("/Admin/Settings", "/Admin/Settings/Save", new Dictionary<string, string> { ["key"] = key, ["value"] = value });
        }

        second.Services.GetRequiredService<ReferenceCache>().Invalidate(ReferenceCache.Settings);
        first.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        var mailBefore = await first.WithDatabaseAsync(db => db.OutboxMessages.CountAsync());

        // Both instances run the reminders at the same moment, twice.
        var reminders = await Task.WhenAll(RunAsync(first, j => j.RunDeadlineRemindersAsync(CancellationToken.None)), RunAsync(second, j => j.RunDeadlineRemindersAsync(CancellationToken.None)),
            RunAsync(first, j => j.RunDeadlineRemindersAsync(CancellationToken.None)), RunAsync(second, j => j.RunDeadlineRemindersAsync(CancellationToken.None)));
        Assert.Contains(true, reminders);
        var reminded = await first.WithDatabaseAsync(db => db.Notifications.Where(n => n.DedupeKey == "deadline-2026-14").GroupBy(n => n.UserId).Select(g => g.Count()).ToListAsync());
        Assert.NotEmpty(reminded);
        Assert.All(reminded, count => Assert.Equal(1, count));
        var mails = await first.WithDatabaseAsync(db => db.OutboxMessages.CountAsync()) - mailBefore;
        Assert.Equal(reminded.Count, mails);

        // Both instances run the outbox at the same moment, several rounds: each message is delivered once.
        var due = await first.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null && m.SetAsideAt == null));
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(RunAsync(first, j => j.RunOutboxAsync(CancellationToken.None)), RunAsync(second, j => j.RunOutboxAsync(CancellationToken.None)));
        }

        Assert.Equal(0, await first.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null && m.SetAsideAt == null)));
        Assert.Equal(due, smtp.Delivered.Count);
        var expected = await first.WithDatabaseAsync(db => db.OutboxMessages.Where(m => m.SentAt != null).GroupBy(m => m.To).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (e.Key, e.Count)), smtp.Delivered.GroupBy(to => to).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.Equal(due, await first.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt != null && m.Attempts == 1)));
    }
}

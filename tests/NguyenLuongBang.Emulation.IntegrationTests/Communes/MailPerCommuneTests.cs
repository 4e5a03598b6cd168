using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Domain.Notifications;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>
/// Each commune's mail goes through its own server, on its own: xã Nguyễn Lương Bằng's server takes
/// connections and never answers, phường Hồng Bàng's works. The limits are set to 2 seconds so a
/// hanging server costs the test seconds, as 10 and 30 seconds cost a deployment.
/// </summary>
public sealed class MailPerCommuneTests
{
    private const string QueuedSubject = "Thư thử gửi riêng";

    /// <summary>The demo with two communes and short mail limits; <paramref name="first"/> puts it on another instance's database.</summary>
    private static PortalFactory Portal(PortalFactory? first = null)
    {
        PortalFactory portal = first is null ? new TwoCommuneDemoPortalFactory() : new SecondInstanceFactory(first);
        portal.ExtraSettings["Smtp:EnableSsl"] = "false";
        portal.ExtraSettings["Smtp:ConnectTimeoutSeconds"] = "2";
        portal.ExtraSettings["Smtp:SendTimeoutSeconds"] = "2";
        portal.CreatePortalClient();
        return portal;
    }

    /// <summary>Hồng Bàng's id; each commune gets its mail server and three messages of its own.</summary>
    private static async Task<int> ServersAndMailAsync(PortalFactory portal, int hangingPort, int workingPort)
    {
        var hongBang = await portal.WithDatabaseAsync(db => db.Communes.Where(c => c.Slug == "hong-bang").Select(c => c.Id).SingleAsync());
        foreach (var (communeId, port, domain) in new[] { (Commune.FirstId, hangingPort, "nlb.example"), (hongBang, workingPort, "hongbang.example") })
        {
            await using var scope = portal.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(communeId);
            var settings = scope.ServiceProvider.GetRequiredService<PortalSettings>();
            await settings.SetAsync(PortalSettings.SmtpHostKey, "127.0.0.1", Actor.System);
            await settings.SetAsync(PortalSettings.SmtpPortKey, port.ToString(CultureInfo.InvariantCulture), Actor.System);
            await settings.SetAsync(PortalSettings.SmtpFromKey, "thidua@" + domain, Actor.System);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 1; i <= 3; i++)
            {
                db.OutboxMessages.Add(new OutboxMessage($"nguoinhan{i}@{domain}", $"{QueuedSubject} {i}", "Nội dung thử.", portal.Clock.GetUtcNow()));
            }

            await db.SaveChangesAsync();
            settings.Refresh();
        }

        return hongBang;
    }

    private static async Task<List<OutboxMessage>> DueAsync(PortalFactory portal, int communeId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(communeId);
        var now = portal.Clock.GetUtcNow();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.SetAsideAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now)).ToListAsync();
    }

    private static async Task<List<OutboxMessage>> MessagesAsync(PortalFactory portal, int communeId, IEnumerable<long> ids)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(communeId);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync();
    }

    private static async Task<bool> RunOutboxAsync(PortalFactory instance, CancellationToken cancellationToken)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BackgroundJobs>().RunOutboxAsync(cancellationToken);
    }

    [Fact]
    public async Task A_hanging_mail_server_holds_up_only_its_own_commune_and_two_instances_send_each_message_once()
    {
        using var hanging = new SilentMailServer();
        using var working = new SmtpSink();
        using var first = Portal();
        var hongBang = await ServersAndMailAsync(first, hanging.Port, working.Port);
        using var second = Portal(first);
        var dueInA = (await DueAsync(first, Commune.FirstId)).Select(m => m.Id).ToList();
        var dueInB = await DueAsync(first, hongBang);
        Assert.True(dueInA.Count >= 3);
        Assert.True(dueInB.Count >= 3);

        // Both instances run the outbox at once: Hồng Bàng's mail is out within seconds, whatever Nguyễn Lương Bằng's server does.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var clock = Stopwatch.StartNew();
        var rounds = Task.WhenAll(RunOutboxAsync(first, stop.Token), RunOutboxAsync(second, stop.Token));
        while (working.Delivered.Count < dueInB.Count && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        var sentWithin = clock.Elapsed;
        Assert.True(working.Delivered.Count >= dueInB.Count, $"Hồng Bàng: {working.Delivered.Count} of {dueInB.Count} messages sent after {sentWithin.TotalSeconds:0.0} s");
        Assert.True(sentWithin < TimeSpan.FromSeconds(10));
        await rounds.WaitAsync(TimeSpan.FromSeconds(30));

        // The hanging server cost its own commune one connect limit: each due message has one try counted and the time-out as its error.
        Assert.True(hanging.Connections >= 1);
        var inA = await MessagesAsync(first, Commune.FirstId, dueInA);
        Assert.All(inA, m =>
        {
            Assert.Null(m.SentAt);
            Assert.Equal(1, m.Attempts);
            Assert.Contains("không trả lời trong 2 giây (thời hạn kết nối)", m.LastError, StringComparison.Ordinal);
        });

        // More rounds on both instances, also once A's messages are due again: nothing goes out twice.
        for (var round = 0; round < 2; round++)
        {
            await Task.WhenAll(RunOutboxAsync(first, stop.Token), RunOutboxAsync(second, stop.Token)).WaitAsync(TimeSpan.FromSeconds(30));
            first.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var inB = await MessagesAsync(first, hongBang, dueInB.Select(m => m.Id));
        Assert.All(inB, m => Assert.Equal((1, true), (m.Attempts, m.SentAt is not null)));
        Assert.Equal(dueInB.Select(m => m.To).Order(StringComparer.Ordinal), working.Delivered.Order(StringComparer.Ordinal));
        Assert.All(await MessagesAsync(first, Commune.FirstId, dueInA), m => Assert.Equal((2, false), (m.Attempts, m.SentAt is not null)));
    }

    [Fact]
    public async Task Each_administrator_sees_the_backlog_and_the_last_error_of_the_own_commune()
    {
        using var hanging = new SilentMailServer();
        using var working = new SmtpSink();
        using var portal = Portal();
        await ServersAndMailAsync(portal, hanging.Port, working.Port);
        await RunOutboxAsync(portal, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var waitingSince = await portal.WithDatabaseAsync(db => db.OutboxMessages.Where(m => m.SentAt == null && m.SetAsideAt == null).MinAsync(m => m.CreatedAt));
        var waiting = await portal.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null && m.SetAsideAt == null));
        var adminA = portal.CreatePortalClient();
        await adminA.SignInAsync("quantri@nlb.example");
        var page = WebUtility.HtmlDecode(await adminA.GetStringAsync("/Admin/Outbox"));
        Assert.Contains($"{waiting} thư, chờ lâu nhất từ {VietnamTime.ToLocal(waitingSince):HH:mm dd/MM/yyyy}", page, StringComparison.Ordinal);
        Assert.Contains($"Máy chủ thư 127.0.0.1:{hanging.Port} không trả lời trong 2 giây (thời hạn kết nối).", page, StringComparison.Ordinal);
        Assert.Contains("Chưa gửi được thư nào", page, StringComparison.Ordinal);

        // Hồng Bàng's administrator: nothing waits, the mail went out, and the other commune's failure is not shown.
        var adminB = portal.CreatePortalClient();
        await adminB.SignInAsync("quantri@hongbang.example");
        var pageB = WebUtility.HtmlDecode(await adminB.GetStringAsync("/Admin/Outbox"));
        Assert.Contains("id=\"mail-waiting\">0 thư</dd>", pageB, StringComparison.Ordinal);
        Assert.DoesNotContain("thời hạn kết nối", pageB, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa gửi được thư nào", pageB, StringComparison.Ordinal);
        Assert.NotEmpty(working.Delivered);

        // The page is the administrator's: a reviewer of the commune is refused.
        var reviewer = portal.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@hongbang.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/Admin/Outbox")).StatusCode);
    }
}

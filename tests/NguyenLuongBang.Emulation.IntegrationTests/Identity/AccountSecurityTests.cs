using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Features.Account;
using NguyenLuongBang.Emulation.Web.Features.Notifications;

namespace NguyenLuongBang.Emulation.IntegrationTests.Identity;

/// <summary>Sign-in that reveals nothing, the password policy, and mail that cannot stop the portal.</summary>
public partial class AccountSecurityTests(ProductionHashingPortalFactory factory) : IClassFixture<ProductionHashingPortalFactory>
{
    /// <summary>The sign-in page as answered, without its antiforgery token (which differs every time).</summary>
    private static string Comparable(string html) => Token().Replace(html, "TOKEN");

    [Fact]
    public async Task Unknown_address_wrong_password_and_locked_account_get_the_same_answer_in_about_the_same_time()
    {
        // A locked account (five wrong passwords earlier).
        var client = factory.CreatePortalClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync("hoidong1@nlb.example", $"Sai-{i}-mat-khau");
        }

        var cases = new[] { ("khongco@nlb.example", "Mot-mat-khau-bat-ky"), ("tieuhoc@nlb.example", "Sai-mat-khau-nhe"), ("hoidong1@nlb.example", PortalClient.DemoPassword) };
        // The three kinds take turns, so that a busy moment of the machine falls on all of them alike.
        var times = cases.Select(_ => new List<double>()).ToArray();
        var pages = new string[cases.Length];
        for (var i = 0; i < 20; i++)
        {
            for (var c = 0; c < cases.Length; c++)
            {
                var (email, password) = cases[c];
                var fresh = factory.CreatePortalClient();
                var token = await fresh.AntiforgeryTokenAsync("/Account/Login");
                using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token });
                var watch = Stopwatch.StartNew();
                var response = await fresh.PostAsync("/Account/Login", form);
                watch.Stop();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                times[c].Add(watch.Elapsed.TotalMilliseconds);
                pages[c] = Comparable(await response.Content.ReadAsStringAsync()).Replace(email, "EMAIL", StringComparison.Ordinal);
            }
        }

        // "tieuhoc" locks after its fifth wrong try here: the answer does not change.
        var answers = pages.ToList();
        // The lower quartile of each kind: a systematic difference (a password check one kind skips)
        // moves it as it moves the median, while a busy moment of the machine (three test processes
        // share two cores) lifts the upper half of the samples, not their lower quarter.
        var medians = times.Select(t =>
        {
            t.Sort();
            return (t[4] + t[5]) / 2;
        }).ToList();

        Assert.All(answers, a => Assert.Contains(AccountController.SignInRefused, a));
        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(answers[0], answers[2]);
        Assert.True(medians.Max() <= 2 * medians.Min(), $"median times (ms): {string.Join(", ", medians.Select(m => m.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Theory]
    [InlineData("ngan-qua-11", "ít nhất 12 ký tự")]
    [InlineData("Password2026!", "quá phổ biến")]
    [InlineData("matkhau@123456", "quá phổ biến")]
    [InlineData("123456789012", "quá phổ biến")]
    [InlineData("aaaaaaaaaaaaaa", "ký tự lặp lại")]
    [InlineData("abcdefghijklmn", "dãy liền nhau")]
    [InlineData("Bùi Thị Thu 1975", "họ tên")]
    [InlineData("hoidong2-2026-ok", "họ tên hay tên thư điện tử")]
    public async Task Weak_passwords_are_refused_with_the_reason(string password, string reason)
    {
        var user = factory.CreatePortalClient();
        await user.SignInAsync("hoidong2@nlb.example");

        var response = await HtmlForm.Parse(await user.GetStringAsync("/Account/ChangePassword"), "change-password-form")
            .Set("CurrentPassword", PortalClient.DemoPassword).Set("NewPassword", password).Set("ConfirmPassword", password).PostAsync(user);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().SignInAsync("hoidong2@nlb.example")).StatusCode);
    }

    [Fact]
    public async Task Settings_that_cannot_send_mail_are_refused_where_they_are_typed()
    {
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        foreach (var (key, value, message) in new[]
        {
            ("Smtp.From", "a..b@nlb.example", "Địa chỉ thư điện tử không hợp lệ"),
            ("Smtp.From", "thi đua@xa.gov.vn", "Địa chỉ thư điện tử không hợp lệ"),
            ("Smtp.Host", "smtp server.local", "Tên máy chủ không hợp lệ"),
            ("Smtp.Host", "http://smtp.example", "Tên máy chủ không hợp lệ"),
            ("Smtp.Port", "70000", "Phải từ 1 đến 65.535"),
        })
        {
            var response = await admin.PostFormAsync("/Admin/Settings", "/Admin/Settings/Save", new Dictionary<string, string> { ["key"] = key, ["value"] = value });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains(message, await response.Content.ReadAsStringAsync());
            Assert.False(await factory.WithDatabaseAsync(db => db.Settings.AnyAsync(s => s.Key == key && s.Value == value)));
        }
    }

    [Fact]
    public async Task Bad_mail_values_in_place_never_stop_the_portal_and_bad_messages_are_set_aside_with_the_reason()
    {
        // Values that got in before they were checked: a malformed sender, and a message to an impossible address.
        var now = factory.Clock.GetUtcNow();
        await factory.WithDatabaseAsync(async db =>
        {
            db.Settings.Add(new Domain.Settings.PortalSetting("Smtp.Host", "127.0.0.1", Domain.Common.Actor.System, now));
            db.Settings.Add(new Domain.Settings.PortalSetting("Smtp.Port", "9", Domain.Common.Actor.System, now));
            db.Settings.Add(new Domain.Settings.PortalSetting("Smtp.From", "a..b@nlb.example", Domain.Common.Actor.System, now));
            db.OutboxMessages.Add(new Domain.Notifications.OutboxMessage("a..b@nlb.example", "Thử", "Nội dung", now));
            db.OutboxMessages.Add(new Domain.Notifications.OutboxMessage("tieuhoc@nlb.example", "Thử 2", "Nội dung", now));
            return await db.SaveChangesAsync();
        });
        factory.Services.GetRequiredService<Web.Infrastructure.ReferenceCache>().Invalidate(Web.Infrastructure.ReferenceCache.Settings);

        async Task<int> RoundAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().SendDueAsync(CancellationToken.None);
        }

        // The malformed sender: the round sends nothing, consumes no try, and the portal serves on.
        Assert.Equal(0, await RoundAsync());
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("Thử")).SumAsync(m => m.Attempts)));
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var outbox = await admin.GetStringAsync("/Admin/Outbox");
        Assert.Contains("Cài đặt &quot;Địa chỉ gửi&quot; không dùng được", outbox);

        // A usable sender, a server that does not answer: the impossible address is set aside at
        // once; the other is tried again later, and set aside after its fifth try.
        await admin.PostFormAsync("/Admin/Settings", "/Admin/Settings/Save", new Dictionary<string, string> { ["key"] = "Smtp.From", ["value"] = "thidua@nlb.example" });
        for (var round = 0; round < 5; round++)
        {
            Assert.Equal(0, await RoundAsync());
            factory.Clock.Advance(TimeSpan.FromMinutes(61));
            await admin.SignInAsync("quantri@nlb.example");
        }

        var messages = await factory.WithDatabaseAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("Thử")).OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(0, messages[0].Attempts); // never handed to a server
        Assert.NotNull(messages[0].SetAsideAt);
        Assert.Contains("Địa chỉ người nhận không hợp lệ", messages[0].LastError);
        Assert.Equal(5, messages[1].Attempts);
        Assert.NotNull(messages[1].SetAsideAt);
        Assert.Equal(0, await RoundAsync());

        outbox = await admin.GetStringAsync("/Admin/Outbox");
        Assert.Contains("Để riêng, không gửi lại", outbox);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode);
    }

    [GeneratedRegex("value=\"[^\"]{40,}\"")]
    private static partial Regex Token();
}

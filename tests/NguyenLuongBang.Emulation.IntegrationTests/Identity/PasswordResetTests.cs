using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Identity;

/// <summary>"Quên mật khẩu?": a link by e-mail through the outbox, the same answer for every address, once and for two hours, old sessions ended.</summary>
public sealed partial class PasswordResetTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    internal const string Sent = "Nếu địa chỉ này có tài khoản, một thư hướng dẫn đặt lại mật khẩu đã được gửi.";

    private const string NewPassword = "Mùa lúa chín trên cánh đồng làng";

    internal static Task<HttpResponseMessage> RequestResetAsync(HttpClient client, string email) =>
        client.PostFormAsync("/Account/ForgotPassword", "/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = email });

    private Task<int> MailsToAsync(string email) => factory.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.To == email && m.Subject.Contains("Đặt lại mật khẩu")));

    /// <summary>The path and query of the newest reset link mailed to <paramref name="email"/>.</summary>
    private async Task<string> LinkAsync(string email)
    {
        var body = await factory.WithDatabaseAsync(db => db.OutboxMessages.Where(m => m.To == email && m.Subject.Contains("Đặt lại mật khẩu"))
            .OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync());
        var link = new Uri(ResetLink().Match(body).Value);
        Assert.Equal(new Uri(PortalFactory.PublicUrl).Host, link.Host);
        return link.PathAndQuery;
    }

    private static bool SignedOut(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal);

    [Fact]
    public async Task The_sign_in_page_links_to_the_reset_and_every_address_gets_the_same_answer()
    {
        var visitor = factory.CreatePortalClient();
        Assert.Contains("/Account/ForgotPassword", await visitor.GetStringAsync("/Account/Login"), StringComparison.Ordinal);
        var mailsBefore = await factory.WithDatabaseAsync(db => db.OutboxMessages.CountAsync());

        var known = await RequestResetAsync(visitor, "vanphong@nlb.example");
        var knownPage = await visitor.GetStringAsync(known.Headers.Location!.OriginalString);
        var unknown = await RequestResetAsync(visitor, "khongco@nlb.example");
        var unknownPage = await visitor.GetStringAsync(unknown.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Contains(Sent, knownPage, StringComparison.Ordinal);
        Assert.Contains(Sent, unknownPage, StringComparison.Ordinal);
        Assert.Equal(mailsBefore + 1, await factory.WithDatabaseAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(1, await MailsToAsync("vanphong@nlb.example"));

        // Both requests are audited; the token is in neither the audit rows nor anything but the mail.
        var token = System.Web.HttpUtility.ParseQueryString(new Uri("https://x" + await LinkAsync("vanphong@nlb.example")).Query)["token"]!;
        var audit = await factory.WithDatabaseAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("Yêu cầu đặt lại mật khẩu") || a.Action == "Gửi thư đặt lại mật khẩu")
            .Select(a => a.Action + " " + a.Details).ToListAsync());
        Assert.Contains(audit, a => a.Contains("khongco@nlb.example", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Contains("vanphong@nlb.example", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, a => a.Contains(token[..20], StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_link_sets_a_new_password_once_ends_the_old_sessions_and_the_new_password_signs_in()
    {
        var elsewhere = factory.CreatePortalClient();
        await elsewhere.SignInAsync("hoidong3@nlb.example");
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/")).StatusCode);

        var visitor = factory.CreatePortalClient();
        await RequestResetAsync(visitor, "hoidong3@nlb.example");
        var link = await LinkAsync("hoidong3@nlb.example");

        // A weak password is refused with the portal's message; the link still works.
        var weak = await HtmlForm.Parse(await visitor.GetStringAsync(link), "reset-password-form").Set("NewPassword", "ngắn").Set("ConfirmPassword", "ngắn").PostAsync(visitor);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("ít nhất 12 ký tự", WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var form = HtmlForm.Parse(await visitor.GetStringAsync(link), "reset-password-form");
        var reset = await form.Set("NewPassword", NewPassword).Set("ConfirmPassword", NewPassword).PostAsync(visitor);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("/Account/Login", reset.Headers.Location!.OriginalString, StringComparison.Ordinal);

        Assert.True(SignedOut(await elsewhere.GetAsync("/")));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreatePortalClient().SignInAsync("hoidong3@nlb.example")).StatusCode); // the old password: refused
        var signedIn = await factory.CreatePortalClient().SignInAsync("hoidong3@nlb.example", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);

        // Used once: the same link, and the same form sent again, are refused.
        Assert.Contains("không còn dùng được", WebUtility.HtmlDecode(await visitor.GetStringAsync(link)), StringComparison.Ordinal);
        var again = await form.Set("NewPassword", "Một mật khẩu khác hẳn lúc trước").Set("ConfirmPassword", "Một mật khẩu khác hẳn lúc trước").PostAsync(visitor);
        Assert.Contains("không còn dùng được", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Đặt lại mật khẩu qua thư điện tử")));
        Assert.False(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Details != null && a.Details.Contains(NewPassword))));
    }

    [Fact]
    public async Task A_link_older_than_two_hours_is_refused()
    {
        var visitor = factory.CreatePortalClient();
        await RequestResetAsync(visitor, "htx@nlb.example");
        var link = await LinkAsync("htx@nlb.example");
        var form = HtmlForm.Parse(await visitor.GetStringAsync(link), "reset-password-form");

        factory.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));

        Assert.Contains("không còn dùng được", WebUtility.HtmlDecode(await visitor.GetStringAsync(link)), StringComparison.Ordinal);
        var late = await form.Set("NewPassword", NewPassword).Set("ConfirmPassword", NewPassword).PostAsync(visitor);
        Assert.Contains("không còn dùng được", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().SignInAsync("htx@nlb.example")).StatusCode);
    }

    [Fact]
    public async Task A_locked_account_gets_the_same_answer_and_no_mail()
    {
        await factory.WithDatabaseAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "hoidong1@nlb.example");
            user.LockoutEnd = DateTimeOffset.MaxValue;
            return await db.SaveChangesAsync();
        });

        var answer = await RequestResetAsync(factory.CreatePortalClient(), "hoidong1@nlb.example");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(0, await MailsToAsync("hoidong1@nlb.example"));
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Yêu cầu đặt lại mật khẩu bị từ chối (tài khoản bị khóa)")));
    }

    [Fact]
    public async Task One_account_gets_at_most_three_mails_an_hour_and_the_same_answer_after()
    {
        var visitor = factory.CreatePortalClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await RequestResetAsync(visitor, "chutich@nlb.example"));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Equal(3, await MailsToAsync("chutich@nlb.example"));
    }

    [GeneratedRegex(@"https?://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex ResetLink();
}

public sealed class StrictPasswordResetPortalFactory : PortalFactory
{
    protected override string SeedKind => SeedsAs<PortalFactory>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:PasswordResetPermitsPerHour", "3");
    }
}

/// <summary>The reset requests of one client address are limited, as sign-ins are: beyond the limit the portal's Vietnamese 429.</summary>
public sealed class PasswordResetLimitTests(StrictPasswordResetPortalFactory factory) : IClassFixture<StrictPasswordResetPortalFactory>
{
    [Fact]
    public async Task Reset_requests_beyond_the_limit_of_an_address_get_a_vietnamese_429()
    {
        var client = factory.CreatePortalClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await PasswordResetTests.RequestResetAsync(client, $"nguoi{i}@nlb.example")).StatusCode);
        }

        Assert.Equal(new[] { HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests }, answers);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }
}
